import { beforeAll, describe, expect, it } from 'vitest';
import type {
  DocumentListEntry,
  DocumentSummary,
  HistoryEntry,
  TeamMember,
} from '../../../server/domain/api';
import { type TestApp, testApp } from '../../helpers/app';

describe('handing a document to a reviewer, by a day', () => {
  let t: TestApp;
  let translatorId: number;
  const assign = async (role: 'translator' | 'editor' | 'qa', body: object, id = 1) => {
    const { agent, csrf } = await t.as(role);
    return agent.patch(`/api/documents/${id}/assignment`).set('X-CSRF-Token', csrf).send(body);
  };
  beforeAll(async () => {
    t = await testApp();
    const { agent } = await t.as('editor');
    const team: TeamMember[] = (await agent.get('/api/users').expect(200)).body.users;
    translatorId = team.find((m) => m.name === 'translator')?.id ?? 0;
  });

  it('shows who the document is with and when it is due, in the list and its CSV, and says so in the history', async () => {
    const response = await assign('editor', { assignedTo: translatorId, dueDate: '2026-12-04' });
    expect(response.status).toBe(200);
    const summary: DocumentSummary = response.body;
    expect(summary).toMatchObject({
      assignedTo: { id: translatorId, name: 'translator' },
      dueDate: '2026-12-04',
    });
    const { agent } = await t.as('translator');
    const listed: DocumentListEntry[] = (await agent.get('/api/documents').expect(200)).body.documents;
    expect(listed[0]).toMatchObject({ assignedTo: { name: 'translator' }, dueDate: '2026-12-04' });
    const csv = (await agent.get('/api/documents?format=csv').expect(200)).text;
    expect(csv.split('\n')[0]).toContain('assignedTo,dueDate');
    expect(csv).toContain('translator,2026-12-04');
    const { entries }: { entries: HistoryEntry[] } = (await agent.get('/api/documents/1/history')).body;
    expect(entries.filter((e) => e.kind === 'assign').map((e) => [e.user, e.summary])).toEqual([
      ['editor', 'assigned the document to translator, due 2026-12-04'],
    ]);
  });

  it('takes the assignment back with nulls', async () => {
    const cleared: DocumentSummary = (await assign('qa', { assignedTo: null, dueDate: null })).body;
    expect(cleared).toMatchObject({ assignedTo: null, dueDate: null });
  });

  it('refuses a translator, someone not on the team, a day that does not exist, and a document that is not there', async () => {
    expect((await assign('translator', { assignedTo: translatorId })).status).toBe(403);
    const stranger = await assign('editor', { assignedTo: 999 });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.message).toBe('no one on the team has the id 999');
    const february = await assign('editor', { assignedTo: translatorId, dueDate: '2026-02-30' });
    expect(february.status).toBe(400);
    expect(february.body.error.message).toBe('dueDate: that day does not exist');
    const loose = await assign('editor', { assignedTo: translatorId, dueDate: 'Friday' });
    expect(loose.body.error.message).toBe('dueDate: write the due date as YYYY-MM-DD');
    expect((await assign('editor', { assignedTo: translatorId }, 99)).status).toBe(404);
  });
});
