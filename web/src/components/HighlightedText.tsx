import type { Severity } from '../../../server/domain/types';

export interface Highlight {
  start: number;
  end: number;
  severity: Severity;
  title: string;
}

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/** Cuts the text at every highlight boundary; each piece takes the most severe highlight covering it. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort(
    (a, b) => a - b,
  );
  const pieces = cuts.slice(0, -1).map((start, k) => {
    const end = cuts[k + 1] ?? text.length;
    const covering = valid.filter((h) => h.start <= start && h.end >= end);
    const strongest = covering.sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];
    return { start, end, strongest, titles: covering.map((h) => h.title) };
  });
  return (
    <>
      {pieces.map((piece) =>
        piece.strongest ? (
          <mark
            key={piece.start}
            className={`span-${piece.strongest.severity}`}
            title={piece.titles.join('\n')}
          >
            {text.slice(piece.start, piece.end)}
          </mark>
        ) : (
          <span key={piece.start}>{text.slice(piece.start, piece.end)}</span>
        ),
      )}
    </>
  );
}
