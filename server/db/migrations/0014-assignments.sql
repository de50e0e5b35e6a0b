-- Who a document is with, and by when: a QA lead or editor hands articles to the team.
ALTER TABLE documents ADD COLUMN assigned_to INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN due_date TEXT;
