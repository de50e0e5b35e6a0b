import type { Flag } from '../domain/types';
import { type CountryMention, countriesNamed, namedOtherwise } from '../text/countries';
import { placesIn } from '../text/places';
import { gazetteerPlaces } from '../text/place-mentions';
import { type UnitCheck, flagFrom } from './types';

/**
 * The countries one side names that the other does not name in any form: not exactly, not inflected
 * or by an adjective (the places anchors' looser matching), not by an acronym ("the US").
 */
function unmatched(named: readonly CountryMention[], other: string, otherLang: string): CountryMention[] {
  const exact = new Set(countriesNamed(other, otherLang).map((c) => c.region));
  let loose: Set<string> | null = null;
  return named.filter((country) => {
    if (exact.has(country.region) || namedOtherwise(other, country.region)) return false;
    loose ??= new Set(placesIn(other, otherLang));
    return !loose.has(`r:${country.region}`);
  });
}

/** The names as the message lists them: each once, in quotation marks. */
const quoted = (names: readonly string[]): string =>
  [...new Set(names.map((name) => `“${name}”`))].join(', ');

function changedCountries(
  unit: { source: string; target: string },
  ctx: { sourceLang: string; targetLang: string },
): Flag[] {
  const inTarget = countriesNamed(unit.target, ctx.targetLang);
  if (inTarget.length === 0) return [];
  const inSource = countriesNamed(unit.source, ctx.sourceLang);
  if (inSource.length === 0) return [];
  const lost = unmatched(inSource, unit.target, ctx.targetLang);
  if (lost.length === 0) return [];
  return unmatched(inTarget, unit.source, ctx.sourceLang).map((country) =>
    flagFrom(countryChanged, {
      side: 'target',
      span: { start: country.start, end: country.end },
      message: `“${country.name}” where the source has ${quoted(lost.map((c) => c.name))}`,
    }),
  );
}

/**
 * The same for the gazetteer's cities, regions and seas ("Wien" for "Geneva", "上海" for "Beijing"): a
 * place of one side that the other does not name in any form, beside one the other side names instead.
 */
function changedPlaces(
  unit: { source: string; target: string },
  ctx: { sourceLang: string; targetLang: string },
): Flag[] {
  // The source's names are read by the other name checks already; the translation's only when needed.
  const inSource = gazetteerPlaces(unit.source, ctx.sourceLang);
  if (inSource.length === 0) return [];
  const inTarget = gazetteerPlaces(unit.target, ctx.targetLang);
  if (inTarget.length === 0) return [];
  // Named on the other side strictly or loosely ("w Wiedniu" is Vienna).
  const targetPlaces = new Set([...placesIn(unit.target, ctx.targetLang), ...inTarget.map((m) => m.place)]);
  const sourcePlaces = new Set([...placesIn(unit.source, ctx.sourceLang), ...inSource.map((m) => m.place)]);
  const lost = inSource.filter((m) => !targetPlaces.has(m.place));
  if (lost.length === 0) return [];
  return inTarget
    .filter((m) => !sourcePlaces.has(m.place))
    .map((place) =>
      flagFrom(countryChanged, {
        side: 'target',
        span: { start: place.start, end: place.end },
        message: `“${place.text}” where the source has ${quoted(lost.map((m) => m.text))}`,
      }),
    );
}

export const countryChanged = {
  scope: 'unit',
  id: 'country-changed',
  name: 'Country or place changed',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'The translation names a country the source does not, and the source names one the translation does not ("Austria and Germany" where the source has "Austria and Poland"; "Γερμανία" for "Austria"). Countries are found by the names Intl.DisplayNames gives them in each language, exactly; a country counts as named on the other side in any form, inflected, as an adjective or by acronym ("w Niemczech", "Austrian", "the US"), so that only a name put in place of another is reported. The same for the cities, regions and seas of the exonym gazetteer ("Wien" for "Geneva", "Shanghai" for 北京), named exactly as the gazetteer writes them on the side that has them, in any form on the other.',
  run(unit, ctx): Flag[] {
    return [...changedCountries(unit, ctx), ...changedPlaces(unit, ctx)];
  },
} satisfies UnitCheck;
