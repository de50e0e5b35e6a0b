#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
// V8 first runs a regular expression in its interpreter and compiles it to machine code on the second
// run, compiling twice; the checks run each of their expressions over every sentence, and compiling
// them once, straight to machine code, saves 0.5–0.8 s of a 7,900-pair `check` (bench/RESULTS.md).
setFlagsFromString('--no-regexp-tier-up');

// The CLI is TypeScript: load-cli compiles it once (or runs it through tsx), so that `npx mt-review`
// works straight from the repo.
const { loadCli } = await import('./load-cli.js');

const { main } = await loadCli();
process.exitCode = await main(process.argv);
