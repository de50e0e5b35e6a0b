-- The team's translations searched across documents: a concordance of words, and the translation memory
-- that finds a sentence translated before. Trigram tokens, so that any script (Chinese, Thai) and any
-- part of a word ("Kijow" in "Kijowie") is found. The application indexes each unit's text folded (case and
-- accents aside), by the version it indexed, when it next searches: a unit written by any path is found.
CREATE VIRTUAL TABLE unit_search USING fts5(source, target, version UNINDEXED, tokenize = 'trigram');

-- The units changed since the last search are found by this, not by reading every unit.
CREATE INDEX units_updated ON units(updated_at);

-- A unit that goes (a re-alignment, a document deleted) leaves the index with it, so that its id, if
-- taken again, never shows the old text.
CREATE TRIGGER units_leave_search AFTER DELETE ON units BEGIN
  DELETE FROM unit_search WHERE rowid = old.id;
END;

-- Each unit's source folded (case, accents and spacing aside), indexed: the translation-memory check
-- asks for the approved translations of exactly a unit's sentence, once per unit of a document.
CREATE TABLE unit_source_keys (
  unit_id INTEGER PRIMARY KEY REFERENCES units(id) ON DELETE CASCADE,
  source_key TEXT NOT NULL
);
CREATE INDEX unit_source_keys_key ON unit_source_keys(source_key);
