import type { MemoryMatch } from '../../../server/domain/api';
import { textAttributes } from '../text-direction';
import { DiffView } from './DiffView';

const REVIEWED: Readonly<Record<string, string>> = {
  approved: 'approved',
  corrected: 'corrected',
  no_error: 'passed as no error',
};

/**
 * What the team translated before for sentences like this one, under the editor: each match with how
 * alike its source is (and where it differs), its translation, who reviewed it and where; Use (or
 * Ctrl+Shift+its number in the editor) puts the translation in the editor to adapt.
 */
export function MemoryMatches({
  matches,
  source,
  languages,
  onUse,
}: {
  matches: readonly MemoryMatch[];
  source: string;
  languages: { source: string; target: string };
  onUse: (translation: string) => void;
}) {
  if (matches.length === 0) return null;
  return (
    <section className="memory-matches" aria-label="translation memory">
      <h3 className="small">Translation memory</h3>
      <ol>
        {matches.map((match, k) => (
          <li key={match.unitId}>
            <span
              className={`match-rate ${match.similarity === 1 ? 'match-exact' : ''}`}
              title="how alike the sources are"
            >
              {Math.floor(match.similarity * 100)}%
            </span>
            <div className="match-texts">
              {match.similarity < 1 && (
                <DiffView
                  before={match.source}
                  after={source}
                  lang={languages.source}
                  label="how this unit's source differs from the match's"
                />
              )}
              <div className="match-target" {...textAttributes(languages.target)}>
                {match.target}
              </div>
              <div className="muted small">
                {REVIEWED[match.status] ?? match.status}
                {match.updatedBy && ` by ${match.updatedBy}`} · {match.documentTitle}, unit {match.unit}
              </div>
            </div>
            <button
              type="button"
              onClick={() => onUse(match.target)}
              title={`Ctrl+Shift+${k + 1} in the editor`}
            >
              Use
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
