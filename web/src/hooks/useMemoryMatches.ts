import { useEffect, useState } from 'react';
import type { MemoryMatch } from '../../../server/domain/api';
import { api } from '../api/client';

/** The translation memory's matches for a unit's source while `asked`; none until they arrive. */
export function useMemoryMatches(unitId: number, asked: boolean): MemoryMatch[] {
  const [matches, setMatches] = useState<MemoryMatch[]>([]);
  useEffect(() => {
    if (!asked) return;
    let current = true;
    api('GET /api/units/:id/memory', { params: { id: unitId } })
      .then((result) => current && setMatches(result.matches))
      // The memory is a help: without it the editor works as before.
      .catch(() => current && setMatches([]));
    return () => {
      current = false;
    };
  }, [unitId, asked]);
  return matches;
}
