import { Router } from 'express';
import type { ServiceContext } from '../../review/context';
import { concordance } from '../../memory/concordance';
import { exportMemory } from '../../memory/export';
import { memoryMatches } from '../../memory/matches';
import { IdParams, currentUser, validate } from '../http';
import { ServiceError } from '../../review/errors';
import { importMemory, listMemories, removeMemory } from '../../memory/imports';
import multer from 'multer';
import { ConcordanceParams, LanguagePairParams } from './schema';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 100 * 1024 * 1024, files: 1 } });

/** The team's translations across documents, and the memories it brought in. */
export function memoryRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/memory/imports', (_req, res) => {
    res.json({ memories: listMemories(ctx) });
  });
  router.post('/memory/imports', upload.single('file'), async (req, res) => {
    const fields = validate(LanguagePairParams, req.body);
    const file = req.file;
    if (!file)
      throw new ServiceError(
        400,
        'invalid_upload',
        'upload the translation memory as a "file" (.tmx, .xliff, .tsv…)',
      );
    const imported = await importMemory(
      ctx,
      {
        bytes: file.buffer,
        fileName: file.originalname,
        sourceLang: fields.sourceLang,
        targetLang: fields.targetLang,
      },
      currentUser(res),
    );
    res.status(201).json(imported);
  });
  router.delete('/memory/imports/:id', async (req, res) => {
    await removeMemory(ctx, IdParams.parse(req), currentUser(res));
    res.json({ ok: true });
  });
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
    const params = validate(LanguagePairParams, req.query);
    const file = exportMemory(ctx.repos, params.sourceLang, params.targetLang);
    res.attachment(file.fileName).type(file.contentType).send(file.body);
  });
  router.get('/units/:id/memory', (req, res) => {
    res.json({ matches: memoryMatches(ctx.repos, IdParams.parse(req)) });
  });
  return router;
}
