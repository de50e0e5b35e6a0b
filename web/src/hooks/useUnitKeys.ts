import { useEffect, useRef } from 'react';

/** Whether a key press belongs to a field the user is typing in, not to the page. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null
  );
}

/**
 * The buttons of the focused unit a key presses: its editor, its first fix, marking an error, a comment,
 * the first open flag's confirm and dismiss, and the statuses.
 */
const KEY_ACTIONS: Readonly<Record<string, string>> = {
  e: 'edit',
  f: 'fix',
  m: 'mark',
  t: 'comment',
  c: 'confirm',
  d: 'dismiss',
  a: 'status-approved',
  r: 'status-rejected',
  n: 'status-no_error',
};

/**
 * Reviewers go through a document from the keyboard: j and k move to the next and previous unit on
 * the page (in the order shown), e opens the focused unit's editor, f applies its first fix (a
 * doubled word once, a quotation in the language's marks), m marks an error (the words selected
 * first), t opens a comment, c and d confirm or dismiss its first open
 * flag, a approves it, r rejects it, n says it has no error (each when the reviewer's role may), / goes
 * to the search box. The last unit moved to is
 * remembered by its id, so that after a save (which re-renders the card and drops its focus) j goes on
 * from there rather than from the top.
 */
export function useUnitKeys(): void {
  const lastUnitId = useRef<string | null>(null);
  useEffect(() => {
    const cards = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('article.unit')];
    const current = (all: HTMLElement[]): number => {
      const focused =
        document.activeElement instanceof HTMLElement ? document.activeElement.closest('article.unit') : null;
      const byFocus = focused instanceof HTMLElement ? all.indexOf(focused) : -1;
      if (byFocus >= 0) return byFocus;
      return all.findIndex((card) => card.dataset.unitId === lastUnitId.current);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '/') {
        const find = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!find) return;
        // Without this the "/" would be typed into the box it focuses.
        event.preventDefault();
        find.focus();
        return;
      }
      const all = cards();
      if (all.length === 0) return;
      const at = current(all);
      if (event.key === 'j' || event.key === 'k') {
        const next = at < 0 ? 0 : Math.max(0, Math.min(all.length - 1, at + (event.key === 'j' ? 1 : -1)));
        const card = all[next];
        if (!card) return;
        event.preventDefault();
        lastUnitId.current = card.dataset.unitId ?? null;
        card.focus();
        card.scrollIntoView({ block: 'nearest' });
      } else if (event.key in KEY_ACTIONS && at >= 0) {
        const action = KEY_ACTIONS[event.key] ?? '';
        const button = all[at]?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
        if (!button) return;
        // Without this the "e" would be typed into the editor that opens and takes the focus.
        event.preventDefault();
        button.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
