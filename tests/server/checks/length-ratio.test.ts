import { describe, expect, it } from 'vitest';
import { lengthRatio, lengthZ } from '../../../server/checks/length-ratio';
import { computeLengthStats } from '../../../server/checks/length-ratio';

const unit = (sourceLength: number, targetLength: number) => ({
  source: 'a'.repeat(sourceLength),
  target: 'b'.repeat(targetLength),
});

describe('length ratio against the document', () => {
  it('allows a short sentence more spread than a long one with the same ratio', () => {
    const document = Array.from({ length: 30 }, (_, k) => unit(60 + k, 66 + k));
    const stats = computeLengthStats(document);
    const short = lengthZ('a'.repeat(25), 'b'.repeat(38), stats) ?? 0;
    const long = lengthZ('a'.repeat(250), 'b'.repeat(380), stats) ?? 0;
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThan(long);
  });

  it('lets a document of a dozen tightly translated sentences spread wider than its own spread, and a large file keep its own', () => {
    // Ratios between 0.95 and 1.05 of the source: a spread of about 0.03, floored at 0.12.
    const tight = (count: number) => Array.from({ length: count }, (_, k) => unit(100, 95 + (k % 11)));
    expect(computeLengthStats(tight(12)).sdLogRatio).toBeGreaterThan(0.17);
    expect(computeLengthStats(tight(2000)).sdLogRatio).toBeLessThan(0.125);
    // "Schools … will remain closed until further notice" two thirds as long as the rest: a note in a
    // file of thousands, none in an article of twelve; half as long is still one.
    expect(
      Math.abs(lengthZ('a'.repeat(100), 'b'.repeat(66), computeLengthStats(tight(2000))) ?? 0),
    ).toBeGreaterThan(2.5);
    expect(
      Math.abs(lengthZ('a'.repeat(100), 'b'.repeat(66), computeLengthStats(tight(12))) ?? 99),
    ).toBeLessThan(2.5);
    expect(lengthZ('a'.repeat(100), 'b'.repeat(50), computeLengthStats(tight(12))) ?? 0).toBeLessThan(-2.5);
  });

  it('never narrows a wide spread: Chinese into English varies more than that', () => {
    const loose = Array.from({ length: 12 }, (_, k) => unit(100, 70 + 6 * k));
    expect(computeLengthStats(loose).sdLogRatio).toBeGreaterThan(0.25);
  });

  it('keeps a short document’s own ratio: a Chinese article is about a third as long as its English source', () => {
    const article = [unit(90, 30), unit(120, 41), unit(75, 24), unit(60, 21), unit(100, 33)];
    const stats = computeLengthStats(article);
    expect(stats.count).toBe(5);
    expect(Math.abs(lengthZ('a'.repeat(80), 'b'.repeat(27), stats) ?? 99)).toBeLessThan(1);
    // Half of the usual length is still an outlier.
    expect(lengthZ('a'.repeat(80), 'b'.repeat(12), stats) ?? 0).toBeLessThan(-2);
  });
});

/** The check as a document of these pairs in `targetLang` runs it on one more pair. */
function checkIn(document: readonly { source: string; target: string }[], targetLang: string) {
  const ctx = {
    sourceLang: 'en',
    targetLang,
    lengthStats: computeLengthStats(document),
    similarityStats: null,
  };
  return (source: string, target: string) =>
    lengthRatio.run(
      { index: 0, source, target, sourceSentences: [source], targetSentences: [target], similarity: null },
      ctx,
    );
}

describe('length ratio of a headline', () => {
  // Japanese runs at about two fifths of the English length in characters.
  const run = checkIn(
    Array.from({ length: 30 }, (_, k) => unit(60 + k, Math.round((60 + k) * (0.38 + (k % 5) * 0.02)))),
    'ja',
  );

  it('lets a headline be compressed where a sentence of the same lengths is flagged', () => {
    const headline = 'Floods force thousands from their homes in central Europe';
    expect(run(headline, '洪水で数千人が避難')).toEqual([]);
    expect(run(`${headline}.`, '洪水で数千人が避難。')).toHaveLength(1);
  });

  it('still flags a headline that lost nearly everything', () => {
    expect(run('Floods force thousands from their homes in central Europe', '洪水')).toHaveLength(1);
  });
});

describe('length ratio of Chinese with a name kept in Latin letters', () => {
  // Chinese runs at about three eighths of the English length in characters.
  const run = checkIn(
    Array.from({ length: 30 }, (_, k) => ({
      source: 'a'.repeat(60 + k),
      target: '字'.repeat(Math.round((60 + k) * (0.3 + (k % 5) * 0.04))),
    })),
    'zh',
  );

  it('does not call a sentence padded because it keeps the original spelling of a name', () => {
    const flags = run(
      'Randolph’s real name is Charles Satterfield, and he is a very clear psychopath.',
      '蘭道夫 的 真實 名字 是 查爾斯 · 薩特菲爾德 ( Charles Satterfield ) , 他 顯然 是 個 精神病 患者 。',
    );
    expect(flags).toEqual([]);
  });

  it('still finds a Chinese sentence padded with Chinese', () => {
    const flags = run(
      'Randolph’s real name is Charles Satterfield.',
      '蘭道夫 的 真實 名字 是 查爾斯 · 薩特菲爾德 , 他 是 一個 很 明顯 的 精神病 患者 , 大家 都 知道 這 件 事 , 而且 他 還 住 在 城市 的 北邊 。',
    );
    expect(flags.map((f) => f.category)).toEqual(['Accuracy/Addition']);
  });
});

describe('length ratio of short strings', () => {
  it('lets a short UI string run as long as its source in a document of strings that usually grow', () => {
    const strings = [
      ['Are you sure you want to delete "{name}"?', 'Möchten Sie „{name}“ wirklich löschen?'],
      [
        'Press Ctrl+C to copy and Ctrl+V to paste.',
        'Drücken Sie Strg+C zum Kopieren und Strg+V zum Einfügen.',
      ],
      ['Your session will expire in %d minutes.', 'Ihre Sitzung läuft in %d Minuten ab.'],
      [
        'Upload failed: the file is larger than 10 MB.',
        'Hochladen fehlgeschlagen: Die Datei ist größer als 10 MB.',
      ],
      ['Passwords must contain at least one number.', 'Passwörter müssen mindestens eine Zahl enthalten.'],
      ['Click <b>Next</b> to continue.', 'Klicken Sie auf <b>Weiter</b>, um fortzufahren.'],
      ['No results found for "{query}".', 'Keine Ergebnisse für „{query}“ gefunden.'],
      ['You have 1 new message.', 'Sie haben 1 neue Nachricht.'],
      ['Settings saved.', 'Einstellungen gespeichert.'],
      [
        'Unable to connect to the server. Please try again later.',
        'Verbindung zum Server nicht möglich. Bitte versuchen Sie es später erneut.',
      ],
      ["Don't show this again", 'Nicht mehr anzeigen'],
      ['Sign in with Google', 'Mit Google anmelden'],
      ['Version 2.4.1 is available.', 'Version 2.4.1 ist verfügbar.'],
      ['Use up to 20 characters.', 'Verwenden Sie bis zu 20 Zeichen.'],
      ['Free up at least 500 MB of disk space.', 'Geben Sie mindestens 500 MB Speicherplatz frei.'],
    ].map(([source = '', target = '']) => ({ source, target }));
    const run = checkIn(strings, 'de');
    expect(run('Your session will expire in %d minutes.', 'Ihre Sitzung läuft in %d Minuten ab.')).toEqual(
      [],
    );
    // Half of it is still missing something.
    expect(run('Your session will expire in %d minutes.', 'Ihre Sitzung läuft ab.')).toHaveLength(1);
  });
});
