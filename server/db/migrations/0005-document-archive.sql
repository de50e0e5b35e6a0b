-- A document taken off the list (done, or imported by mistake) without losing its review or its audit trail.
ALTER TABLE documents ADD COLUMN archived_at TEXT;
