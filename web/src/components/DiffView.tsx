import { diffWords } from 'diff';

/** Word-level changes from the machine translation to the corrected text. */
export function DiffView({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="diff" aria-label="changes from the machine translation">
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
