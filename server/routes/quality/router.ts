import { Router } from 'express';
import { z } from 'zod';
import type { ServiceContext } from '../../review/context';
import { qualityOverview } from '../../reports/quality-overview';
import { qualityWorkbook } from '../../reports/quality-workbook';
import { validate } from '../http';

const QualityQuery = z.object({
  format: z.enum(['json', 'xlsx'], { error: 'format is json or xlsx' }).default('json'),
});

/** Every language pair's machine-translation quality over all documents: what a QA lead reports upward. */
export function qualityRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/quality', async (req, res) => {
    const { format } = validate(QualityQuery, req.query);
    const overview = qualityOverview(ctx.repos);
    if (format === 'json') {
      res.json(overview);
      return;
    }
    res
      .attachment(`mt-quality-${overview.generatedAt.slice(0, 10)}.xlsx`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await qualityWorkbook(overview));
  });
  return router;
}
