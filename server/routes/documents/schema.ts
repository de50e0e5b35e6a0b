import { z } from 'zod';
import { EXPORT_FORMATS } from '../../reports/exports';
import { REPORT_FORMATS } from '../../reports/render';
import { day } from '../fields';

const language = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$/, 'use an ISO 639-1 or 639-3 code such as "en" or "pol"')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const CreateDocumentBody = z.object({
  title: z.string({ error: 'give the document a title' }).trim().min(1, 'give the document a title').max(300),
  sourceLang: language,
  targetLang: language,
  sourceText: z
    .string({ error: 'send the source text' })
    .refine((t) => t.trim() !== '', 'the source text is empty'),
  targetText: z
    .string({ error: 'send the target text' })
    .refine((t) => t.trim() !== '', 'the target text is empty'),
});

export const ListQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
export const ReportQuery = z.object({ format: z.enum(REPORT_FORMATS).default('json') });
export const ExportQuery = z.object({ format: z.enum(EXPORT_FORMATS).default('txt') });

export const UploadFields = z.object({
  title: z.string().trim().max(300).optional(),
  sourceLang: language,
  targetLang: language,
});

export const ArchiveBody = z.object({
  archived: z.boolean({ error: 'say "archived": true to archive the document, false to restore it' }),
});

const replaceFields = {
  find: z
    .string({ error: 'say what to find ("find")' })
    .max(500, 'find at most 500 characters at a time')
    .refine((text) => text.trim() !== '', 'say what to find: "find" is empty'),
  replacement: z
    .string({ error: 'say what to write instead ("replacement"; empty to delete)' })
    .max(500, 'write at most 500 characters at a time'),
  matchCase: z.boolean().default(false),
  wholeWords: z.boolean().default(true),
};

export const ReplacePreviewBody = z.object(replaceFields);

export const ReplaceBody = z.object({
  ...replaceFields,
  units: z
    .array(z.object({ id: z.number().int().positive(), version: z.number().int().positive() }), {
      error: 'list the units to change ("units": [{id, version}], as the preview gave them)',
    })
    .max(10_000)
    .refine((units) => new Set(units.map((u) => u.id)).size === units.length, 'a unit is listed twice'),
});

export const AssignmentBody = z.object({
  assignedTo: z
    .number({ error: 'say who the document is with ("assignedTo": a user id, or null)' })
    .int()
    .positive()
    .nullable(),
  dueDate: day('the due date').nullable().default(null),
});
