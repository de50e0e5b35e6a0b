/**
 * The tiny test model's vocabulary: words grouped by meaning across English, Polish and German.
 * Words of one group share an embedding, so a faithful translation scores a high similarity and an
 * unrelated sentence a low one — enough to test the pipeline end to end without real weights.
 */
export const CONCEPTS: readonly (readonly string[])[] = [
  ['russia', 'rosja', 'rosji', 'russland'],
  ['ukraine', 'ukraina', 'ukrainie', 'ukrainy'],
  ['nato', 'sojusz', 'sojuszu', 'alliance', 'bündnis'],
  ['talks', 'rozmowy', 'rozmów', 'gespräche'],
  ['meeting', 'spotkanie', 'spotkania', 'treffen'],
  ['security', 'bezpieczeństwa', 'sicherheit'],
  ['official', 'urzędnik', 'beamte'],
  ['house', 'dom', 'haus'],
  ['white', 'biały', 'weiße'],
  ['january', 'stycznia', 'januar'],
  ['month', 'miesiąc', 'miesiącu', 'monat'],
  ['agenda', 'porządku', 'obrad', 'tagesordnung'],
  ['still', 'wciąż', 'noch'],
  ['hammering', 'ustalają', 'aushandeln'],
  ['hesitating', 'wahają', 'zögern'],
  ['united', 'zjednoczone'],
  ['states', 'stany'],
  ['will', 'będą', 'będzie', 'werden'],
  ['not', 'nie', 'nicht'],
  ['join', 'przyłączyć', 'przystąpić', 'beitreten'],
  ['allowed', 'pozwoli', 'zostanie', 'dürfen'],
  ['story', 'historia', 'geschichte'],
  ['updated', 'zaktualizowana', 'aktualisiert'],
  ['world', 'świat', 'welt'],
  ['music', 'muzyki', 'musik'],
  ['travel', 'podróży', 'reise'],
  ['problems', 'problemy', 'probleme'],
  ['the', 'der', 'die', 'das'],
  ['and', 'i', 'und', 'oraz'],
  ['are', 'są', 'sind'],
  ['out', 'aus'],
  ['says', 'powiedział', 'sagte', 'said'],
];

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const HIDDEN_SIZE = 16;
