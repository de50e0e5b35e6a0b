import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app';

describe('the error report of a document nobody has reviewed yet', () => {
  it('says that no errors are recorded instead of showing an empty table', async () => {
    const t = await testApp();
    const { agent } = await t.as('qa');
    const html = await agent.get('/api/documents/1/report?format=html').expect(200);
    expect(html.text).toContain(
      'No errors recorded yet: a reviewer’s annotations and confirmed flags are listed here.',
    );
    expect(html.text).not.toMatch(/<th>comment<\/th><\/tr><\/table>/);
    // The demo's flags are raised, so their precision table stays.
    expect(html.text).toMatch(/<td>entity-duplication<\/td>/);
  });
});
