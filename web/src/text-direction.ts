import { directionOf } from '../../server/domain/direction';

/** `lang` and `dir` for an element holding text in this language. */
export function textAttributes(lang: string): { lang: string | undefined; dir: 'ltr' | 'rtl' | 'auto' } {
  return { lang: lang === '' || lang === 'und' ? undefined : lang, dir: directionOf(lang) };
}
