import { Router } from 'express';
import { SESSION_COOKIE, login, meView } from '../../auth/sessions';
import type { Repositories } from '../../db/repositories';
import { addMember, changeMember, changeOwnPassword, listTeam } from '../../auth/team';
import { IdParams, currentUser, validate } from '../http';
import { LoginBody, MemberChangeBody, NewMemberBody, OwnPasswordBody } from './schema';

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
  router.post('/me/password', (req, res) => {
    changeOwnPassword(repos, currentUser(res), validate(OwnPasswordBody, req.body));
    res.json({ ok: true });
  });
  router.get('/users', (_req, res) => {
    res.json({ users: listTeam(repos, currentUser(res)) });
  });
  router.post('/users', (req, res) => {
    res.status(201).json(addMember(repos, currentUser(res), validate(NewMemberBody, req.body)));
  });
  router.patch('/users/:id', (req, res) => {
    res.json(
      changeMember(repos, currentUser(res), IdParams.parse(req), validate(MemberChangeBody, req.body)),
    );
  });
  return router;
}
