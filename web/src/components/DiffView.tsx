import { diffWords } from 'diff';
import { textAttributes } from '../text-direction';

/** Word-level changes from one text to another: by default, from the machine translation to the corrected text. */
export function DiffView({
  before,
  after,
  lang,
  label = 'changes from the machine translation',
}: {
  before: string;
  after: string;
  lang: string;
  label?: string;
}) {
  const parts = diffWords(before, after);
  return (
    <div className="diff" aria-label={label} {...textAttributes(lang)}>
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
