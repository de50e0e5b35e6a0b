import { useState } from 'react';
import type { ApiUnit, DocumentDetail, RealignRequest } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

/** Split a unit, merge it with the next, or move a sentence to a neighbour. */
export function AlignmentMenu({
  unit,
  isFirst,
  isLast,
  onDocument,
  onError,
}: {
  unit: ApiUnit;
  isFirst: boolean;
  isLast: boolean;
  onDocument: (doc: DocumentDetail) => void;
  onError: (message: string) => void;
}) {
  const sourceCount = unit.sourceSentences.length;
  const targetCount = unit.targetSentences.length;
  const [sourceKeep, setSourceKeep] = useState(Math.min(1, sourceCount));
  const [targetKeep, setTargetKeep] = useState(Math.min(1, targetCount));
  const run = (body: RealignRequest): void => {
    api('POST /api/units/:id/alignment', { params: { id: unit.id }, body })
      .then(onDocument)
      .catch((failure: unknown) => onError(failureMessage(failure, 'the alignment was not changed')));
  };
  return (
    <details className="alignment-menu">
      <summary>Alignment</summary>
      <div className="alignment-actions">
        {!isLast && (
          <button type="button" onClick={() => run({ action: 'merge-next' })}>
            Merge with next unit
          </button>
        )}
        {(['source', 'target'] as const).map((side) => (
          <span key={side} className="move-group">
            {!isFirst && unit[`${side}Sentences`].length > 0 && (
              <button type="button" onClick={() => run({ action: 'move', side, to: 'previous' })}>
                ↑ first {side} sentence to previous
              </button>
            )}
            {!isLast && unit[`${side}Sentences`].length > 0 && (
              <button type="button" onClick={() => run({ action: 'move', side, to: 'next' })}>
                ↓ last {side} sentence to next
              </button>
            )}
          </span>
        ))}
        {sourceCount + targetCount > 1 && (
          <span className="split-group">
            Split, keeping
            <input
              aria-label="source sentences to keep"
              type="number"
              min={0}
              max={sourceCount}
              value={sourceKeep}
              onChange={(e) => setSourceKeep(Number(e.target.value))}
            />
            of {sourceCount} source and
            <input
              aria-label="target sentences to keep"
              type="number"
              min={0}
              max={targetCount}
              value={targetKeep}
              onChange={(e) => setTargetKeep(Number(e.target.value))}
            />
            of {targetCount} target sentences here
            <button type="button" onClick={() => run({ action: 'split', sourceKeep, targetKeep })}>
              Split
            </button>
          </span>
        )}
      </div>
    </details>
  );
}
