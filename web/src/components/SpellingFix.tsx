import { useState } from 'react';
import type { ApiFlag } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

/**
 * Hunspell's corrections for the word a spelling flag marks, fetched when the reviewer asks for them;
 * picking one puts it in place of the word and saves the unit.
 */
export function SpellingFix({
  flag,
  onReplace,
}: {
  flag: ApiFlag;
  onReplace: (flag: ApiFlag, replacement: string) => void;
}) {
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [message, setMessage] = useState('');
  const [asking, setAsking] = useState(false);

  const ask = (): void => {
    setAsking(true);
    setMessage('');
    api('GET /api/flags/:id/suggestions', { params: { id: flag.id } })
      .then((found) => {
        setSuggestions(found.suggestions);
        if (found.suggestions.length === 0) setMessage('no suggestions');
      })
      .catch((failure: unknown) => setMessage(failureMessage(failure, 'could not get suggestions')))
      .finally(() => setAsking(false));
  };

  if (suggestions === null || suggestions.length === 0)
    return (
      <span className="spelling-fix">
        <button type="button" className="small-button" onClick={ask} disabled={asking}>
          {asking ? 'Looking…' : 'Suggest'}
        </button>
        {message && <span className="muted small"> {message}</span>}
      </span>
    );
  return (
    <span className="spelling-fix" role="group" aria-label="spelling suggestions">
      <span className="muted small">replace with</span>
      {suggestions.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          className="small-button suggestion"
          onClick={() => onReplace(flag, suggestion)}
          title={`Replace with “${suggestion}” and save`}
        >
          {suggestion}
        </button>
      ))}
    </span>
  );
}
