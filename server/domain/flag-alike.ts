import type { Side, Span } from './types';

/**
 * What makes two flags alike, for one decision on all of them (_Dismiss all N_): the same check on
 * the same side marking the same words — or, without a span, saying the same thing. The server
 * decides by it and the review page counts by it; this module imports nothing, so both can.
 */
export function alikeKey(
  flag: { check: string; side: Side; span: Span | null; message: string },
  texts: { source: string; target: string },
): string {
  const words = flag.span
    ? texts[flag.side].slice(flag.span.start, flag.span.end)
    : `message:${flag.message}`;
  return `${flag.check}\u0000${flag.side}\u0000${words}`;
}
