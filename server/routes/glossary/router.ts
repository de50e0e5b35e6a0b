import { Router } from 'express';
import multer from 'multer';
import { loadGlossary } from '../../ingest/glossary';
import type { ServiceContext } from '../../review/context';
import { ServiceError } from '../../review/errors';
import { addGlossaryTerms, listGlossary, removeGlossaryTerm } from '../../review/glossary';
import { IdParams, currentUser, validate } from '../http';
import { GlossaryBody, GlossaryUploadFields } from './schema';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1 } });

export function glossaryRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/glossary', (_req, res) => {
    res.json({ terms: listGlossary(ctx.repos) });
  });
  router.post('/glossary', (req, res, next) => {
    if (req.is('multipart/form-data')) upload.single('file')(req, res, next);
    else next();
  });
  router.post('/glossary', async (req, res) => {
    const actor = currentUser(res);
    if (req.is('multipart/form-data')) {
      const fields = validate(GlossaryUploadFields, req.body);
      const file = req.file;
      if (!file)
        throw new ServiceError(
          400,
          'invalid_upload',
          'upload the glossary as a "file" (.tbx, .tsv, .csv, .xlsx, .tmx…)',
        );
      const entries = (await loadGlossary(file.buffer, file.originalname))(
        fields.sourceLang,
        fields.targetLang,
      );
      if (entries.length === 0)
        throw new ServiceError(
          422,
          'no_terms',
          `${file.originalname} has no terms for ${fields.sourceLang} → ${fields.targetLang}`,
        );
      const terms = await addGlossaryTerms(ctx, { ...fields, terms: entries }, actor);
      res.status(201).json({ terms });
      return;
    }
    const body = validate(GlossaryBody, req.body);
    res.status(201).json({ terms: await addGlossaryTerms(ctx, body, actor) });
  });
  router.delete('/glossary/:id', async (req, res) => {
    await removeGlossaryTerm(ctx, IdParams.parse(req), currentUser(res));
    res.json({ ok: true });
  });
  return router;
}
