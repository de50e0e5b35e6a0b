-- A team's glossary: for each language pair, the approved translations of terms and the renderings to
-- avoid. The terminology check holds every document of the pair to it.
CREATE TABLE glossary (
  id INTEGER PRIMARY KEY,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source_term TEXT NOT NULL CHECK (trim(source_term) <> ''),
  target_term TEXT NOT NULL CHECK (trim(target_term) <> ''),
  -- 1: the target term is a rendering not to be used ("Kiev" where the newsroom writes "Kyiv").
  forbidden INTEGER NOT NULL DEFAULT 0 CHECK (forbidden IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (source_lang, target_lang, source_term, target_term)
);
CREATE INDEX glossary_pair ON glossary(source_lang, target_lang);
