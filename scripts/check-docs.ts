/** `npm run docs:checks`: writes the check reference in README.md from the registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withCheckReference } from '../server/checks/reference';

writeFileSync('README.md', withCheckReference(readFileSync('README.md', 'utf8')));
console.log('README.md: check reference updated');
