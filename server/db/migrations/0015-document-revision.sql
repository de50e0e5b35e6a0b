-- A document's revision: one more with every entry in its audit trail (a reviewer's change) and every
-- re-check (an edit, or an approval or glossary change elsewhere that changes its findings). A review
-- page open on the document asks for it now and then, and brings itself up to date when it has moved.
ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER documents_revision_on_event AFTER INSERT ON events BEGIN
  UPDATE documents SET revision = revision + 1 WHERE id = NEW.document_id;
END;
