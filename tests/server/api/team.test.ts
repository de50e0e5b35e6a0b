import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../server/domain/api';
import { type TestApp, testApp } from '../../helpers/app';

describe('the team: QA leads add reviewers, change roles and passwords; everyone their own password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ demo: false });
  });

  const signIn = (name: string, password: string, status = 200) =>
    request(t.app).post('/api/auth/login').send({ username: name, password }).expect(status);

  it('is the QA leads’ to manage; an editor, who hands out documents, sees who is on it', async () => {
    const { agent, csrf } = await t.as('editor');
    const team: TeamMember[] = (await agent.get('/api/users').expect(200)).body.users;
    expect(team.map((m) => m.name)).toEqual(expect.arrayContaining(['translator', 'editor', 'qa']));
    const refused = await agent
      .post('/api/users')
      .set('X-CSRF-Token', csrf)
      .send({ name: 'marta', role: 'editor', password: 'a long password' })
      .expect(403);
    expect(refused.body.error.message).toBe('only a QA lead manages the team');
    const translator = await t.as('translator');
    expect((await translator.agent.get('/api/users').expect(403)).body.error.message).toBe(
      'only editors and QA leads see the team',
    );
  });

  it('adds a reviewer who can sign in, and refuses a taken name or a short password with the reason', async () => {
    const { agent, csrf } = await t.as('qa');
    const added: TeamMember = (
      await agent
        .post('/api/users')
        .set('X-CSRF-Token', csrf)
        .send({ name: 'marta', role: 'translator', password: 'a long password' })
        .expect(201)
    ).body;
    expect(added).toMatchObject({ name: 'marta', role: 'translator' });
    await signIn('marta', 'a long password');
    const taken = await agent
      .post('/api/users')
      .set('X-CSRF-Token', csrf)
      .send({ name: 'marta', role: 'editor', password: 'another long one' })
      .expect(409);
    expect(taken.body.error.message).toBe('a user called "marta" already exists');
    const short = await agent
      .post('/api/users')
      .set('X-CSRF-Token', csrf)
      .send({ name: 'jan', role: 'editor', password: 'short' })
      .expect(400);
    expect(short.body.error.message).toBe('password: a password needs at least 8 characters');
    const users: TeamMember[] = (await agent.get('/api/users').expect(200)).body.users;
    expect(users.map((u) => `${u.name}:${u.role}`)).toEqual([
      'editor:editor',
      'marta:translator',
      'qa:qa_lead',
      'translator:translator',
    ]);
  });

  it('changes a role and a password; the old password and its sessions stop working', async () => {
    const marta = request.agent(t.app);
    await marta.post('/api/auth/login').send({ username: 'marta', password: 'a long password' }).expect(200);
    const { agent, csrf } = await t.as('qa');
    const id = ((await agent.get('/api/users').expect(200)).body.users as TeamMember[]).find(
      (u) => u.name === 'marta',
    )?.id;
    const changed: TeamMember = (
      await agent
        .patch(`/api/users/${id}`)
        .set('X-CSRF-Token', csrf)
        .send({ role: 'editor', password: 'a new long password' })
        .expect(200)
    ).body;
    expect(changed.role).toBe('editor');
    await marta.get('/api/me').expect(401);
    await signIn('marta', 'a long password', 401);
    expect((await signIn('marta', 'a new long password')).body.role).toBe('editor');
    const nothing = await agent.patch(`/api/users/${id}`).set('X-CSRF-Token', csrf).send({}).expect(400);
    expect(nothing.body.error.message).toBe('say what changes: role or password');
  });

  it('keeps the last QA lead a QA lead', async () => {
    const { agent, csrf } = await t.as('qa');
    const me = (await agent.get('/api/me').expect(200)).body;
    const refused = await agent
      .patch(`/api/users/${me.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ role: 'editor' })
      .expect(409);
    expect(refused.body.error.message).toBe('qa is the only QA lead: make someone else one first');
  });

  it('lets anyone change their own password by giving the current one, staying signed in', async () => {
    const { agent, csrf } = await t.as('translator');
    const wrong = await agent
      .post('/api/me/password')
      .set('X-CSRF-Token', csrf)
      .send({ current: 'nope', password: 'translator-2026' })
      .expect(403);
    expect(wrong.body.error.message).toBe('the current password is not right');
    await agent
      .post('/api/me/password')
      .set('X-CSRF-Token', csrf)
      .send({ current: 'demo', password: 'translator-2026' })
      .expect(200);
    await agent.get('/api/me').expect(200);
    await signIn('translator', 'demo', 401);
    await signIn('translator', 'translator-2026');
  });
});
