import type { RequestHandler } from 'express';
import type { Repositories } from '../db/repositories';
import { ServiceError } from '../review/errors';
import { SESSION_COOKIE, findSession } from './sessions';

/** Paths relative to the /api router. */
const OPEN_PATHS = new Set(['/health', '/auth/login']);
const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Every API request but health and login needs a session; every change also needs the session's CSRF token. */
export function requireSession(repos: Repositories): RequestHandler {
  return (req, res, next) => {
    if (OPEN_PATHS.has(req.path)) {
      next();
      return;
    }
    const sessionId: unknown = req.cookies?.[SESSION_COOKIE];
    const user = typeof sessionId === 'string' && sessionId !== '' ? findSession(repos, sessionId) : null;
    if (!user) {
      next(new ServiceError(401, 'unauthenticated', 'sign in first'));
      return;
    }
    if (MUTATING.has(req.method) && req.get('X-CSRF-Token') !== user.csrfToken) {
      next(
        new ServiceError(403, 'csrf', 'missing or wrong X-CSRF-Token header (GET /api/me returns the token)'),
      );
      return;
    }
    res.locals.user = user;
    next();
  };
}
