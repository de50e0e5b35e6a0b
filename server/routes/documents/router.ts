import { extname } from 'node:path';
import { Router } from 'express';
import multer from 'multer';
import { loadPairs, readDocumentFile } from '../../ingest/index';
import type { ServiceContext } from '../../review/context';
import { documentRevision, getDocument, getDocumentSummary } from '../../review/document-view';
import { documentListCsv, documentScore, listDocumentsWithScores } from '../../review/document-list';
import { ServiceError } from '../../review/errors';
import { setDocumentArchived } from '../../review/archive';
import { approveUnitsWithoutFindings } from '../../review/approve-clean';
import { assignDocument } from '../../review/assignment';
import { previewReplace, replaceInTranslations } from '../../review/replace';
import { documentHistory } from '../../review/history';
import { importDocument, importPairs } from '../../review/import';
import { IdParams, currentUser, validate } from '../http';
import { exportDocument } from '../../reports/exports';
import { buildReport } from '../../reports/model';
import { renderReport } from '../../reports/render';
import {
  ArchiveBody,
  AssignmentBody,
  CreateDocumentBody,
  ExportQuery,
  ListQuery,
  ReplaceBody,
  ReplacePreviewBody,
  ReportQuery,
  UploadFields,
} from './schema';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024, files: 2 } });
const uploadFields = upload.fields([
  { name: 'source', maxCount: 1 },
  { name: 'target', maxCount: 1 },
  { name: 'file', maxCount: 1 },
]);

type UploadedFiles = Record<string, Express.Multer.File[] | undefined>;

function uploadedFiles(value: unknown): UploadedFiles {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as UploadedFiles) : {};
}

function withoutExtension(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}

export function documentsRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/documents', (req, res) => {
    const { format } = validate(ListQuery, req.query);
    const documents = listDocumentsWithScores(ctx.repos);
    if (format === 'json') res.json({ documents });
    else res.attachment('documents.csv').type('text/csv; charset=utf-8').send(documentListCsv(documents));
  });
  router.get('/documents/:id', (req, res) => {
    res.json(getDocument(ctx.repos, IdParams.parse(req)));
  });
  router.get('/documents/:id/quality', (req, res) => {
    const id = IdParams.parse(req);
    getDocumentSummary(ctx.repos, id);
    res.json(documentScore(ctx.repos, id));
  });
  router.get('/documents/:id/report', async (req, res) => {
    const { format } = validate(ReportQuery, req.query);
    const report = await renderReport(buildReport(ctx.repos, IdParams.parse(req)), format);
    res.type(report.contentType);
    if (format !== 'html' && format !== 'json') res.attachment(report.fileName);
    res.send(report.body);
  });
  router.get('/documents/:id/export', async (req, res) => {
    const { format } = validate(ExportQuery, req.query);
    const file = await exportDocument(ctx.repos, IdParams.parse(req), format);
    // The type after the name: attachment() would guess one from the extension (.sdlxliff: none).
    res.attachment(file.fileName).type(file.contentType).send(file.body);
  });
  router.patch('/documents/:id/assignment', (req, res) => {
    res.json(assignDocument(ctx, IdParams.parse(req), validate(AssignmentBody, req.body), currentUser(res)));
  });
  router.post('/documents/:id/approve-clean', async (req, res) => {
    res.json(await approveUnitsWithoutFindings(ctx, IdParams.parse(req), currentUser(res)));
  });
  router.get('/documents/:id/revision', (req, res) => {
    res.json(documentRevision(ctx.repos, IdParams.parse(req)));
  });
  router.get('/documents/:id/history', (req, res) => {
    res.json({ entries: documentHistory(ctx, IdParams.parse(req)) });
  });
  router.post('/documents/:id/replace/preview', (req, res) => {
    res.json(
      previewReplace(ctx, IdParams.parse(req), validate(ReplacePreviewBody, req.body), currentUser(res)),
    );
  });
  router.post('/documents/:id/replace', async (req, res) => {
    const body = validate(ReplaceBody, req.body);
    res.json(await replaceInTranslations(ctx, IdParams.parse(req), body, currentUser(res)));
  });
  router.post('/documents/:id/archive', (req, res) => {
    const { archived } = validate(ArchiveBody, req.body);
    res.json(setDocumentArchived(ctx, IdParams.parse(req), archived, currentUser(res)));
  });
  router.post('/documents', (req, res, next) => {
    if (req.is('multipart/form-data')) uploadFields(req, res, next);
    else next();
  });
  router.post('/documents', async (req, res) => {
    const actor = currentUser(res);
    const files = uploadedFiles(req.files);
    let documentId: number;
    if (req.is('multipart/form-data')) {
      const fields = validate(UploadFields, req.body);
      const bilingual = files.file?.[0];
      const source = files.source?.[0];
      const target = files.target?.[0];
      const langs = { sourceLang: fields.sourceLang, targetLang: fields.targetLang };
      if (bilingual) {
        const pairs = await loadPairs(bilingual.buffer, bilingual.originalname);
        if (pairs.pairs.length === 0)
          throw new ServiceError(422, 'empty_file', `${bilingual.originalname} holds no segments`);
        documentId = await importPairs(
          ctx,
          {
            title: fields.title || withoutExtension(bilingual.originalname),
            sourceLang: langs.sourceLang ?? pairs.sourceLang,
            targetLang: langs.targetLang ?? pairs.targetLang,
            pairs: pairs.pairs,
            ...(pairs.original ? { original: { ...pairs.original, name: bilingual.originalname } } : {}),
          },
          actor,
        );
      } else if (source && target) {
        const sourceFile = await readDocumentFile(source.buffer, source.originalname);
        const targetFile = await readDocumentFile(target.buffer, target.originalname);
        if (sourceFile.text.trim() === '')
          throw new ServiceError(422, 'empty_file', `${source.originalname} is empty`);
        if (targetFile.text.trim() === '')
          throw new ServiceError(422, 'empty_file', `${target.originalname} is empty`);
        documentId = await importDocument(
          ctx,
          {
            title: fields.title || withoutExtension(target.originalname),
            ...langs,
            source: sourceFile.text,
            target: targetFile.text,
            ...(targetFile.word ? { word: targetFile.word } : {}),
          },
          actor,
        );
      } else {
        throw new ServiceError(
          400,
          'invalid_upload',
          'upload a "source" and a "target" file, or one bilingual "file" (.xliff, .tmx, .tsv, .csv, .jsonl)',
        );
      }
    } else {
      const body = validate(CreateDocumentBody, req.body);
      documentId = await importDocument(
        ctx,
        {
          title: body.title,
          sourceLang: body.sourceLang,
          targetLang: body.targetLang,
          source: body.sourceText,
          target: body.targetText,
        },
        actor,
      );
    }
    res.status(201).json(getDocument(ctx.repos, documentId));
  });
  return router;
}
