import type { Db } from './connection';
import { commentQueries } from './queries/comments';
import { documentQueries } from './queries/documents';
import { eventQueries } from './queries/events';
import { flagQueries } from './queries/flags';
import { glossaryQueries } from './queries/glossary';
import { issueQueries } from './queries/issues';
import { memoryQueries } from './queries/memory';
import { originalFileQueries } from './queries/original-files';
import { sessionQueries } from './queries/sessions';
import { unitLayoutQueries, unitQueries } from './queries/units';
import { userQueries } from './queries/users';
import { wordFileQueries } from './queries/word-files';

/** Every table's prepared statements, made once per connection. */
export function createRepositories(db: Db) {
  return {
    db,
    users: userQueries(db),
    sessions: sessionQueries(db),
    documents: documentQueries(db),
    units: unitQueries(db),
    unitLayout: unitLayoutQueries(db),
    flags: flagQueries(db),
    issues: issueQueries(db),
    comments: commentQueries(db),
    events: eventQueries(db),
    glossary: glossaryQueries(db),
    originalFiles: originalFileQueries(db),
    wordFiles: wordFileQueries(db),
    memory: memoryQueries(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
