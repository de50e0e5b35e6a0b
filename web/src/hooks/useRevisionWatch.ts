import { useEffect } from 'react';
import { api } from '../api/client';

/** How often an open document asks whether it moved on. */
const EVERY_MS = 10_000;

/**
 * Asks now and then, and whenever the page comes back into view, whether the document moved on since
 * `revision` — a colleague approved a unit, the same reviewer edited it in another tab, an approval in
 * another document or a glossary change re-checked it — and calls `refresh` when it has. A hidden tab
 * does not ask; it asks as soon as it is shown again.
 */
export function useRevisionWatch(
  documentId: number,
  revision: number | undefined,
  refresh: () => void,
): void {
  useEffect(() => {
    if (revision === undefined) return;
    let current = true;
    const ask = (): void => {
      if (document.visibilityState === 'hidden') return;
      api('GET /api/documents/:id/revision', { params: { id: documentId } })
        .then((now) => {
          if (current && now.revision !== revision) refresh();
        })
        // Offline for a moment, or signed out: the next turn asks again, and the page's own requests say why.
        .catch(() => undefined);
    };
    const timer = window.setInterval(ask, EVERY_MS);
    document.addEventListener('visibilitychange', ask);
    window.addEventListener('focus', ask);
    return () => {
      current = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', ask);
      window.removeEventListener('focus', ask);
    };
  }, [documentId, revision, refresh]);
}
