import { Router } from 'express';
import type { ModelStatusResponse } from '../../domain/api';
import type { Embedder } from '../../model/types';

export function modelRouter(embedder: Embedder | null, disabledReason: string): Router {
  const router = Router();
  router.get('/model', (_req, res) => {
    const status: ModelStatusResponse = embedder
      ? embedder.status()
      : { state: 'unavailable', modelId: 'none', reason: disabledReason };
    res.json(status);
  });
  return router;
}
