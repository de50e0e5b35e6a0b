import { describe, expect, it } from 'vitest';
import { openDb } from '../../../server/db/connection';
import { createRepositories } from '../../../server/db/repositories';
import { warmUp } from '../../../server/review/recheck';
import { seedDemo } from '../../../server/seed';
import { SpellingService } from '../../../server/spelling/service';

/** A spelling service that notes which languages it was asked about. */
class RecordingSpelling extends SpellingService {
  readonly asked = new Set<string>();
  override misspelled(lang: string, words: readonly string[]): Promise<Set<string> | null> {
    this.asked.add(lang);
    return super.misspelled(lang, words);
  }
}

describe('warming up after a restart', () => {
  it('loads the dictionary of each stored document’s target language and changes nothing stored', async () => {
    const repos = createRepositories(openDb(':memory:'));
    const seeded = await seedDemo({ repos, embedder: null }, 'demo');
    const documentId = seeded.document ?? 0;
    const before = JSON.stringify({
      units: repos.units.byDocument(documentId),
      doc: repos.documents.get(documentId),
    });
    const spelling = new RecordingSpelling();
    try {
      await warmUp({ repos, embedder: null, spelling });
      expect([...spelling.asked]).toEqual(['pl']);
      const after = JSON.stringify({
        units: repos.units.byDocument(documentId),
        doc: repos.documents.get(documentId),
      });
      expect(after).toBe(before);
    } finally {
      await spelling.close();
    }
  });
});
