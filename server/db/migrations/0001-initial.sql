-- Users, sessions, documents, aligned units, flags, human annotations and the audit trail.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('translator', 'editor', 'qa_lead')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source_lang_detected INTEGER NOT NULL DEFAULT 0,
  target_lang_detected INTEGER NOT NULL DEFAULT 0,
  -- 'document': segmented and aligned by mt-review; 'pairs': imported already aligned.
  kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'pairs')),
  threshold REAL NOT NULL,
  model TEXT,
  checks_run TEXT NOT NULL DEFAULT '[]',
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  external_id TEXT NOT NULL,
  source TEXT NOT NULL,
  target_mt TEXT NOT NULL,
  target TEXT NOT NULL,
  risk REAL NOT NULL DEFAULT 0,
  flagged INTEGER NOT NULL DEFAULT 0,
  similarity REAL,
  reasons TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'flagged', 'corrected', 'no_error', 'approved', 'rejected')),
  version INTEGER NOT NULL DEFAULT 1,
  updated_by INTEGER REFERENCES users(id),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (document_id, position)
);
CREATE INDEX units_document ON units(document_id, position);

-- How the aligner joined sentences: which sentences of each side a unit holds.
CREATE TABLE unit_sentences (
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('source', 'target')),
  sentence_index INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (unit_id, side, sentence_index)
);

CREATE TABLE flags (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  check_id TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  side TEXT NOT NULL CHECK (side IN ('source', 'target')),
  span_start INTEGER,
  span_end INTEGER,
  message TEXT NOT NULL,
  decision TEXT NOT NULL DEFAULT 'open' CHECK (decision IN ('open', 'confirmed', 'dismissed')),
  decided_by INTEGER REFERENCES users(id),
  decided_at TEXT
);
CREATE INDEX flags_unit ON flags(unit_id);

-- Human MQM annotations.
CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  side TEXT NOT NULL CHECK (side IN ('source', 'target')),
  span_start INTEGER,
  span_end INTEGER,
  comment TEXT NOT NULL DEFAULT '',
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX issues_unit ON issues(unit_id);

-- The audit trail: written once, never changed.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  unit_id INTEGER,
  user_id INTEGER,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  kind TEXT NOT NULL,
  before TEXT,
  after TEXT
);
CREATE INDEX events_document ON events(document_id, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TABLE embeddings (
  model_id TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY (model_id, text_hash)
) WITHOUT ROWID;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
