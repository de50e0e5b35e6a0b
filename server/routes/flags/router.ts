import { Router } from 'express';
import type { ServiceContext } from '../../review/context';
import { flagSuggestions } from '../../review/suggestions';
import { decideFlag } from '../../review/units';
import { IdParams, currentUser, validate } from '../http';
import { DecisionBody } from './schema';

export function flagsRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.post('/flags/:id/decision', (req, res) => {
    const { decision, alike, severity, category } = validate(DecisionBody, req.body);
    res.json(decideFlag(ctx, IdParams.parse(req), decision, currentUser(res), { alike, severity, category }));
  });
  router.get('/flags/:id/suggestions', async (req, res) => {
    res.json(await flagSuggestions(ctx, IdParams.parse(req)));
  });
  return router;
}
