import { diffWords } from 'diff';
import { textAttributes } from '../text-direction';

/** Word-level changes from the machine translation to the corrected text. */
export function DiffView({ before, after, lang }: { before: string; after: string; lang: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="diff" aria-label="changes from the machine translation" {...textAttributes(lang)}>
      {parts.map((part, k) =>
        part.added ? (
          <ins key={k}>{part.value}</ins>
        ) : part.removed ? (
          <del key={k}>{part.value}</del>
        ) : (
          <span key={k}>{part.value}</span>
        ),
      )}
    </div>
  );
}
