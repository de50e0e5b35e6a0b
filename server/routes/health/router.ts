import { Router } from 'express';
import { VERSION } from '../../version';

export function healthRouter(): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ ok: true, version: VERSION });
  });
  return router;
}
