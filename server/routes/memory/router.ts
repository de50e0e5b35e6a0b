import { Router } from 'express';
import type { ServiceContext } from '../../review/context';
import { concordance } from '../../memory/concordance';
import { exportMemory } from '../../memory/export';
import { memoryMatches } from '../../memory/matches';
import { IdParams, validate } from '../http';
import { ConcordanceParams, MemoryExportParams } from './schema';

/** The team's translations across documents: a concordance, and the memory of each unit's source. */
export function memoryRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/memory', (req, res) => {
    const params = validate(ConcordanceParams, req.query);
    res.json(
      concordance(ctx.repos, {
        text: params.q,
        side: params.side,
        sourceLang: params.sourceLang ?? null,
        targetLang: params.targetLang ?? null,
        limit: params.limit,
      }),
    );
  });
  router.get('/memory/export', (req, res) => {
    const params = validate(MemoryExportParams, req.query);
    const file = exportMemory(ctx.repos, params.sourceLang, params.targetLang);
    res.attachment(file.fileName).type(file.contentType).send(file.body);
  });
  router.get('/units/:id/memory', (req, res) => {
    res.json({ matches: memoryMatches(ctx.repos, IdParams.parse(req)) });
  });
  return router;
}
