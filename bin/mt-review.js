#!/usr/bin/env node
// The CLI is TypeScript: load-cli compiles it once (or runs it through tsx), so that `npx mt-review`
// works straight from the repo.
import { loadCli } from './load-cli.js';

const { main } = await loadCli();
process.exitCode = await main(process.argv);
