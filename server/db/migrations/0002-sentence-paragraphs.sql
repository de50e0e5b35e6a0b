-- The paragraph each sentence came from, so an export can rebuild the document's paragraphs.
ALTER TABLE unit_sentences ADD COLUMN paragraph INTEGER;
