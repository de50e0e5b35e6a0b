#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so that `npx mt-review` works straight from the repo.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv);
