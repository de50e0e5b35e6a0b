import { Router } from 'express';
import { SESSION_COOKIE, login, meView } from '../../auth/sessions';
import type { Repositories } from '../../db/repositories';
import { currentUser, validate } from '../http';
import { LoginBody } from './schema';

export function authRouter(repos: Repositories): Router {
  const router = Router();
  router.post('/auth/login', (req, res) => {
    const body = validate(LoginBody, req.body);
    const user = login(repos, body.username, body.password);
    res.cookie(SESSION_COOKIE, user.sessionId, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 14 * 86_400_000,
    });
    res.json(meView(user));
  });
  router.post('/auth/logout', (_req, res) => {
    const user = currentUser(res);
    repos.sessions.remove(user.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });
  router.get('/me', (_req, res) => {
    res.json(meView(currentUser(res)));
  });
  return router;
}
