-- The Word file a document's translation came in (an MT service's .docx): the reviewed translation is
-- written back into it, its formatting kept, when the corrected article is downloaded as Word.
CREATE TABLE word_files (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  bytes BLOB NOT NULL
);
