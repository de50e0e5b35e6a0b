-- The bilingual file a document was imported from (an XLIFF from a CAT tool), kept as it came, so that
-- the reviewed translation can be written back into it and returned to the tool.
CREATE TABLE original_files (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  content TEXT NOT NULL
);
