import { Router } from 'express';
import { z } from 'zod';
import type { ServiceContext } from '../../review/context';
import { qualityOverview } from '../../reports/quality-overview';
import { qualityWorkbook } from '../../reports/quality-workbook';
import { validate } from '../http';
import { day } from '../fields';

const QualityQuery = z
  .object({
    format: z.enum(['json', 'xlsx'], { error: 'format is json or xlsx' }).default('json'),
    /** The documents imported on these days and between, for a month's or a quarter's report. */
    from: day('the first day').optional(),
    to: day('the last day').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"to" is before "from"', path: ['to'] });

/** Every language pair's machine-translation quality over all documents: what a QA lead reports upward. */
export function qualityRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/quality', async (req, res) => {
    const { format, from, to } = validate(QualityQuery, req.query);
    const overview = qualityOverview(ctx.repos, { from: from ?? null, to: to ?? null });
    if (format === 'json') {
      res.json(overview);
      return;
    }
    res
      .attachment(
        from || to
          ? `mt-quality-${from ?? 'start'}-to-${to ?? overview.generatedAt.slice(0, 10)}.xlsx`
          : `mt-quality-${overview.generatedAt.slice(0, 10)}.xlsx`,
      )
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await qualityWorkbook(overview));
  });
  return router;
}
