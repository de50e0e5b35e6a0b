/**
 * Real articles perturbed as MT output drifts: the clean human translations in fixtures/ with one
 * translated sentence or paragraph removed, or with an unrelated line ("Read also: …") slipped in
 * after one sentence. What a reviewer must be told each time: which source sentence lost its translation, and
 * which target line has no source.
 */
import { readFileSync } from 'node:fs';
import { type DocumentAnalysis, analyze } from '../server/analysis/analyze';

const READ_ALSO: Readonly<Record<string, string>> = {
  de: 'Lesen Sie auch: Die besten Rezepte für den Herbst.',
  cs: 'Přečtěte si také: Nejlepší recepty na podzim.',
  fr: 'À lire aussi : les meilleures recettes pour l’automne.',
  pl: 'Przeczytaj także: Najlepsze przepisy na jesień.',
  es: 'Lea también: Las mejores recetas para el otoño.',
  it: 'Leggi anche: Le migliori ricette per l’autunno.',
  pt: 'Leia também: As melhores receitas para o outono.',
  nl: 'Lees ook: De beste recepten voor de herfst.',
  ru: 'Читайте также: Лучшие рецепты для осени.',
  zh: '另请阅读：秋季最佳食谱。',
  ja: 'こちらもお読みください：秋のおすすめレシピ。',
};

export interface PerturbationScore {
  document: string;
  droppedFound: number;
  dropped: number;
  insertedFound: number;
  inserted: number;
  paragraphsFound: number;
  paragraphs: number;
  /** Omission or addition reports on units that hold neither the dropped sentence nor the inserted line. */
  falseReports: number;
}

const reports = (doc: DocumentAnalysis, category: string) =>
  doc.units.filter((u) => u.flags.some((f) => f.category === category));

/** Drops each translated sentence in turn, then slips a line in after each one. */
export async function perturbArticle(name: string, targetLang: string): Promise<PerturbationScore> {
  const source = readFileSync(`fixtures/${name}.en.txt`, 'utf8');
  const target = readFileSync(`fixtures/${name}.${targetLang}.txt`, 'utf8');
  const line = READ_ALSO[targetLang] ?? READ_ALSO.de ?? '';
  const languages = { sourceLang: 'en', targetLang };
  const clean = await analyze({ source, target, ...languages });
  const score: PerturbationScore = {
    document: `${name}.${targetLang}`,
    droppedFound: 0,
    dropped: 0,
    insertedFound: 0,
    inserted: 0,
    paragraphsFound: 0,
    paragraphs: 0,
    falseReports: 0,
  };
  for (const unit of clean.units) {
    if (unit.targetSentences.length !== 1 || unit.sourceSentences.length !== 1) continue;
    const without = await analyze({
      source,
      target: target.replace(unit.target, '').replace(/ {2}/, ' '),
      ...languages,
    });
    const omitted = reports(without, 'Accuracy/Omission');
    score.dropped++;
    if (omitted.some((u) => u.source.includes(unit.source))) score.droppedFound++;
    score.falseReports += omitted.filter((u) => !u.source.includes(unit.source)).length;
    // A sentence with a full stop is followed by the line in its paragraph; a headline by a new line.
    const separator = /[.!?。」”"]$/.test(unit.target) ? ' ' : '\n';
    const withLine = await analyze({
      source,
      target: target.replace(unit.target, `${unit.target}${separator}${line}`),
      ...languages,
    });
    const added = reports(withLine, 'Accuracy/Addition');
    score.inserted++;
    const onLine = added.some((u) =>
      u.flags.some(
        (f) =>
          f.category === 'Accuracy/Addition' &&
          (f.span ? u.target.slice(f.span.start, f.span.end) : u.target).includes(line),
      ),
    );
    if (onLine) score.insertedFound++;
    score.falseReports += added.filter((u) => !u.target.includes(line)).length;
  }
  // Whole paragraphs (lines) dropped: the omission must be exactly that paragraph's source.
  const sourceLines = source.split('\n');
  const targetLines = target.split('\n');
  if (sourceLines.length === targetLines.length)
    for (let k = 0; k < targetLines.length; k++) {
      const paragraph = sourceLines[k]?.trim() ?? '';
      if (paragraph === '') continue;
      const without = await analyze({
        source,
        target: targetLines.filter((_, i) => i !== k).join('\n'),
        ...languages,
      });
      const omitted = reports(without, 'Accuracy/Omission');
      score.paragraphs++;
      if (omitted.map((u) => u.source).join(' ') === paragraph) score.paragraphsFound++;
    }
  return score;
}

export const PERTURBED_ARTICLES: readonly [string, string][] = [
  ...['de', 'cs', 'fr', 'pl', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ja'].map((lang): [string, string] => [
    'clean-article',
    lang,
  ]),
  ['release-notes', 'de'],
  ['release-notes', 'fr'],
];
