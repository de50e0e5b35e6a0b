import type { Flag } from '../domain/types';
import {
  findInsultToKeep,
  findOffensive,
  hasEverydayInsult,
  hasOffensiveList,
  rendersInsult,
  rendersInsults,
} from './lang/offensive';
import { type UnitCheck, flagFrom } from './types';

/** Tokenised text spaces out a masked word ("f * * k", "assh * le"): joined again, it is the word kept. */
const MASK_SPACING = /\s+(?=[*$@#])|(?<=[*$@#])\s+/gu;
const withMaskedWordsJoined = (text: string): string => text.replace(MASK_SPACING, '');

export const offensive = {
  scope: 'unit',
  id: 'offensive',
  name: 'Offensive word on one side only',
  category: 'Accuracy/Mistranslation',
  severity: 'critical',
  description:
    'The target contains a word from the naughty-words list for its language and the source has none (publishing profanity), or the source is offensive and the target is not (an insult softened or dropped). Insults disguised to slip past filters count too: stars for letters (“f**k”), digits and signs for letters (“sh1t”, “a$$hole”), letters drawn out (“fuuuck”); so do entries declined as Czech, Polish or Russian decline them (“v prdeli”, “бляди”) and words that start with a profane root (“fucked”, “Arschgesicht”). An everyday insult the list lacks (“idiot”, “stupid”, “loser”, “jerk”) is dropped when the translation has no insulting word at all — none of its list, and none of the words its language renders such insults with (“Trottel”, “hloupý”, “imbécile”, “敗者”, “白痴”; English, German, Czech, Polish, Russian, French, Spanish, Italian, Portuguese, Japanese and Chinese). Read in English sources, and in German, French, Spanish, Russian, Chinese and Japanese ones (“Du Idiot”, “白痴”).',
  appliesTo: (ctx) => hasOffensiveList(ctx.targetLang) && hasOffensiveList(ctx.sourceLang),
  run(unit, ctx): Flag[] {
    const source = findOffensive(unit.source, ctx.sourceLang);
    const target = findOffensive(unit.target, ctx.targetLang);
    // An insult the source's list lacks ("arse", "stupid") is rendered with one the target's list has.
    if (target && !source && !hasEverydayInsult(unit.source, ctx.sourceLang)) {
      return [
        flagFrom(offensive, {
          side: 'target',
          span: { start: target.start, end: target.end },
          message: `“${target.text}” is offensive and the source has nothing like it`,
        }),
      ];
    }
    // A title or quotation left in the source language keeps its word ("Titties and Beer").
    if (
      source &&
      !target &&
      !hasEverydayInsult(unit.target, ctx.targetLang) &&
      !withMaskedWordsJoined(unit.target).toLowerCase().includes(source.text.toLowerCase())
    ) {
      return [
        flagFrom(offensive, {
          side: 'source',
          span: { start: source.start, end: source.end },
          severity: 'major',
          message: `The source's “${source.text}” is offensive; the translation has softened or dropped it`,
        }),
      ];
    }
    // An everyday insult the list lacks ("You idiot", "this stupid rule"), gone from a translation that
    // has no insult of any kind, nor the source's word kept.
    const insult = source || target ? null : findInsultToKeep(unit.source, ctx.sourceLang);
    if (
      insult &&
      rendersInsults(ctx.targetLang) &&
      !rendersInsult(unit.target, ctx.targetLang) &&
      !unit.target.toLowerCase().includes(insult.text.toLowerCase())
    ) {
      return [
        flagFrom(offensive, {
          side: 'source',
          span: { start: insult.start, end: insult.end },
          severity: 'major',
          message: `The source's “${insult.text}” is an insult; the translation has dropped or softened it`,
        }),
      ];
    }
    return [];
  },
} satisfies UnitCheck;
