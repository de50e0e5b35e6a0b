#!/usr/bin/env -S node --no-regexp-tier-up
// --no-regexp-tier-up: V8 first runs a regular expression in its interpreter and compiles it to
// machine code on the second run, compiling it twice; the checks run each of their expressions over
// every sentence, and compiling once, straight to machine code, saves 0.5–0.8 s of a 7,900-pair
// `check` (bench/RESULTS.md). It is a command-line flag: set from inside the process, after Node's own
// start-up had run expressions, it crashed one run in forty.

// The CLI is TypeScript: load-cli compiles it once (or runs it through tsx), so that `npx mt-review`
// works straight from the repo.
import { loadCli } from './load-cli.js';

const { main } = await loadCli();
process.exitCode = await main(process.argv);
