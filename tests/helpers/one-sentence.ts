import type { CheckContext, CheckUnit } from '../../server/checks/types';
import type { Flag } from '../../server/domain/types';

/** A unit of one sentence on each side, as a check sees a pre-aligned pair. */
export function oneSentenceUnit(source: string, target: string): CheckUnit {
  return { index: 0, source, target, sourceSentences: [source], targetSentences: [target], similarity: null };
}

/** What a check is told of a pair from English with no document around it: a neutral length ratio. */
export function contextInto(targetLang: string): CheckContext {
  return {
    sourceLang: 'en',
    targetLang,
    lengthStats: { meanLogRatio: 0, sdLogRatio: 0.2, count: 0 },
    similarityStats: null,
  };
}

/** The target with a flag's fix in place of its span, as the review page's Fix button writes it. */
export function withFix(target: string, flag: Flag | undefined): string {
  if (!flag?.span || flag.fix === undefined) throw new Error('the flag carries no fix');
  return target.slice(0, flag.span.start) + flag.fix + target.slice(flag.span.end);
}
