import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../helpers/app';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ demo: false });
  });

  it('answers health without a session', async () => {
    const response = await request(t.app).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ ok: true });
    expect(typeof response.body.version).toBe('string');
  });

  it('refuses every other request without a session (401, error format)', async () => {
    const response = await request(t.app).get('/api/documents').expect(401);
    expect(response.body.error.code).toBe('unauthenticated');
    expect(response.body.error.message).toMatch(/sign in/);
  });

  it('rejects a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await request(t.app)
      .post('/api/auth/login')
      .send({ username: 'editor', password: 'nope' })
      .expect(401);
    const unknown = await request(t.app)
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'nope' })
      .expect(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('names the missing field on a malformed login', async () => {
    const response = await request(t.app).post('/api/auth/login').send({ username: 'editor' }).expect(400);
    expect(response.body.error.message).toMatch(/^password/);
  });

  it('signs in, tells who is signed in with a CSRF token, and signs out', async () => {
    const agent = request.agent(t.app);
    await agent.post('/api/auth/login').send({ username: 'editor', password: 'demo' }).expect(200);
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ name: 'editor', role: 'editor' });
    expect(me.body.allowedStatuses).toContain('approved');
    await agent.post('/api/auth/logout').expect(403);
    await agent.post('/api/auth/logout').set('X-CSRF-Token', me.body.csrfToken).expect(200);
    await agent.get('/api/me').expect(401);
  });

  it('requires the CSRF token on changes', async () => {
    const { agent } = await t.as('translator');
    const response = await agent
      .post('/api/documents')
      .send({ title: 'x', sourceText: 'a', targetText: 'b' })
      .expect(403);
    expect(response.body.error.code).toBe('csrf');
  });
});
