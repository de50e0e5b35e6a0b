-- A translation memory a team brings (a TMX from its CAT tool) is kept as a document of approved units:
-- the concordance, the editor's matches and the translation-memory check read it as they read the
-- team's own approvals. It is not a document to review: the list, the quality overview and re-checks
-- leave it out.
ALTER TABLE documents ADD COLUMN purpose TEXT NOT NULL DEFAULT 'review' CHECK (purpose IN ('review', 'memory'));
