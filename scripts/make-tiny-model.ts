/**
 * Writes a tiny sentence-embedding model in the transformers.js layout, for tests and the bench:
 *   npx tsx scripts/make-tiny-model.ts [folder]     (default tests/.tmp/tiny-model)
 */
import { resolve } from 'node:path';
import { writeTinyModel } from '../server/model/tiny/write';

const folder = resolve(process.argv[2] ?? 'tests/.tmp/tiny-model');
writeTinyModel(folder);
console.log(`tiny model written to ${folder}`);
