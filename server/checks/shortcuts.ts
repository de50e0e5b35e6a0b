import type { Flag } from '../domain/types';
import { findShortcuts } from '../text/shortcuts';
import { type UnitCheck, flagFrom } from './types';

export const shortcuts = {
  scope: 'unit',
  id: 'shortcuts',
  name: 'Keyboard shortcut differs',
  category: 'Locale convention',
  severity: 'major',
  description:
    'The translation names a keyboard shortcut the source does not ("Ctrl+S" as "Strg+Z", "Alt+F4" as "Alt+F5"). Modifier names count as the same key in every language (Ctrl = Strg, Shift = Umschalt = Maj, Cmd = ⌘); a shortcut written out in words is not compared.',
  run(unit): Flag[] {
    const source = findShortcuts(unit.source);
    if (source.length === 0) return [];
    const expected = new Set(source.map((s) => s.key));
    return findShortcuts(unit.target)
      .filter((shortcut) => !expected.has(shortcut.key))
      .map((shortcut) =>
        flagFrom(shortcuts, {
          side: 'target',
          span: { start: shortcut.start, end: shortcut.end },
          message: `“${unit.target.slice(shortcut.start, shortcut.end)}” is not a shortcut of the source (${source
            .map((s) => `“${unit.source.slice(s.start, s.end)}”`)
            .join(', ')})`,
        }),
      );
  },
} satisfies UnitCheck;
