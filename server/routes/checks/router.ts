import { Router } from 'express';
import { CHECKS } from '../../checks/index';
import type { CheckInfo } from '../../domain/api';

export function checksRouter(): Router {
  const router = Router();
  const checks: CheckInfo[] = CHECKS.map((c) => ({
    id: c.id,
    name: c.name,
    category: c.category,
    severity: c.severity,
    description: c.description,
    scope: c.scope,
  }));
  router.get('/checks', (_req, res) => {
    res.json({ checks });
  });
  return router;
}
