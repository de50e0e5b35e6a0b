import type { Flag } from '../domain/types';
import { PLACEHOLDER_KINDS, unmatchedProtected } from './markup';
import type { UnitCheck } from './types';

export const placeholders = {
  scope: 'unit',
  id: 'placeholders',
  name: 'Placeholder differs',
  category: 'Locale convention',
  // A lost or renamed variable breaks the program that fills it in, or shows the user "{count}".
  severity: 'critical',
  description:
    'A variable of the source ("%d", "%1$s", "{count}", "{0}", "{{name}}", "${name}") is missing, renamed or added in the target. One renamed where none is lost or added beside it carries the source\'s as its fix.',
  run: (unit): Flag[] => unmatchedProtected(unit, PLACEHOLDER_KINDS, placeholders),
} satisfies UnitCheck;
