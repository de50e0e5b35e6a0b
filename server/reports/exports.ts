import { XMLBuilder } from 'fast-xml-parser';
import { ServiceError } from '../review/errors';
import { extname } from 'node:path';
import { writeBackTable } from './table-writeback';
import { writeBackXliff } from './xliff-writeback';
import { WORD_TYPE, wordDocument } from './word-export';
import { writeBackWord } from './word-writeback';
import type { Repositories } from '../db/repositories';
import type { ApiUnit, DocumentDetail } from '../domain/api';
import type { UnitStatus } from '../domain/types';
import { getDocument } from '../review/document-view';

/**
 * `docx`: the corrected text as a Word document. `original`: the file the document was imported from
 * (XLIFF, CSV, TSV, XLSX), with the reviewed translation written into it.
 */
export const EXPORT_FORMATS = ['txt', 'docx', 'xliff', 'tmx', 'original'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** A workbook's bytes; text otherwise. */
  body: string | Buffer;
}

/** What a table written back is served as, by its extension. */
const TABLE_TYPES: Readonly<Record<string, string>> = {
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The translation's paragraphs, one line each, as in the machine translation: the corrected text, or
 * the machine's own (`targetMt`).
 */
function paragraphLines(repos: Repositories, doc: DocumentDetail, text: 'target' | 'targetMt'): string[] {
  const sentences = repos.units.sentencesByUnit(doc.id);
  const lines: string[] = [];
  let current: number | undefined;
  for (const unit of doc.units) {
    if (unit[text].trim() === '') continue;
    const paragraph = sentences.get(unit.id)?.target[0]?.paragraph ?? undefined;
    if (paragraph === undefined || paragraph !== current || lines.length === 0) lines.push(unit[text]);
    else lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''} ${unit[text]}`;
    current = paragraph;
  }
  return lines;
}

/** The corrected text, paragraphs as in the machine translation (each paragraph one line). */
function plainText(repos: Repositories, doc: DocumentDetail): string {
  return `${paragraphLines(repos, doc, 'target').join('\n')}\n`;
}

/**
 * The corrected translation as Word: written into the Word file it came in when there is one and it
 * matches the text line for line, else a plain document of the text export's paragraphs.
 */
async function wordExport(repos: Repositories, doc: DocumentDetail, name: string): Promise<ExportFile> {
  const corrected = paragraphLines(repos, doc, 'target');
  const original = repos.wordFiles.get(doc.id);
  const written = original
    ? writeBackWord(original.bytes, paragraphLines(repos, doc, 'targetMt'), corrected)
    : null;
  if (original && written)
    return { fileName: original.name, contentType: WORD_TYPE, body: Buffer.from(written) };
  return {
    fileName: `${name}.docx`,
    contentType: WORD_TYPE,
    body: await wordDocument(corrected, doc.title, doc.targetLang),
  };
}

/** XLIFF 1.2 states for our review statuses. */
const XLIFF_STATE: Record<UnitStatus, string> = {
  new: 'needs-review-translation',
  flagged: 'needs-review-translation',
  corrected: 'translated',
  no_error: 'translated',
  approved: 'final',
  rejected: 'needs-translation',
};

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
});

function notes(unit: ApiUnit): { '#text': string; '@from': string }[] {
  return [
    ...unit.flags.map((f) => ({
      // A mended error says so: the target beside it is the corrected one.
      '#text': `${f.reviewedSeverity ?? f.severity} ${f.reviewedCategory ?? f.category} [${f.check}, ${f.decision}${f.resolved ? ', mended' : ''}]: ${f.message}`,
      '@from': 'mt-review',
    })),
    ...unit.issues.map((i) => ({
      '#text': `${i.severity} ${i.category}: ${i.comment}`,
      '@from': i.createdBy ?? 'reviewer',
    })),
    // Why the unit has its status ("rejected: the subject is still wrong"), for whoever picks it up.
    ...(unit.statusNote
      ? [
          {
            '#text': `${unit.statusNote.status.replace('_', ' ')}: ${unit.statusNote.comment}`,
            '@from': unit.statusNote.by ?? 'reviewer',
          },
        ]
      : []),
    ...unit.comments.map((c) => ({ '#text': c.body, '@from': c.createdBy ?? 'reviewer' })),
  ];
}

function xliff(doc: DocumentDetail): string {
  const body = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    xliff: {
      '@version': '1.2',
      '@xmlns': 'urn:oasis:names:tc:xliff:document:1.2',
      file: {
        '@original': doc.title,
        '@source-language': doc.sourceLang,
        '@target-language': doc.targetLang,
        '@datatype': 'plaintext',
        body: {
          'trans-unit': doc.units.map((unit) => ({
            '@id': unit.externalId,
            '@approved': unit.status === 'approved' ? 'yes' : 'no',
            source: unit.source,
            target: { '#text': unit.target, '@state': XLIFF_STATE[unit.status] },
            ...(unit.target !== unit.targetMt
              ? { 'alt-trans': { '@origin': 'machine-translation', target: unit.targetMt } }
              : {}),
            note: notes(unit),
          })),
        },
      },
    },
  };
  return builder.build(body);
}

/** A translation unit of a TMX file: its pair, what is known of it (props), and its last change. */
export interface TmxUnit {
  id: string;
  source: string;
  target: string;
  props: Readonly<Record<string, string>>;
  changed?: { at: string; by: string | null };
}

/** TMX's date form: 20261201T013548Z. */
const tmxDate = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

/** A TMX 1.4 file of sentence pairs in one language pair; units with an empty side are left out. */
export function buildTmx(sourceLang: string, targetLang: string, units: readonly TmxUnit[]): string {
  const body = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': 'mt-review',
        '@creationtoolversion': '1',
        '@segtype': 'sentence',
        '@o-tmf': 'mt-review',
        '@adminlang': 'en',
        '@srclang': sourceLang,
        '@datatype': 'plaintext',
      },
      body: {
        tu: units
          .filter((u) => u.source.trim() !== '' && u.target.trim() !== '')
          .map((unit) => ({
            '@tuid': unit.id,
            ...(unit.changed
              ? {
                  '@changedate': tmxDate(unit.changed.at),
                  ...(unit.changed.by ? { '@changeid': unit.changed.by } : {}),
                }
              : {}),
            prop: Object.entries(unit.props).map(([type, value]) => ({ '#text': value, '@type': type })),
            tuv: [
              { '@xml:lang': sourceLang, seg: unit.source },
              { '@xml:lang': targetLang, seg: unit.target },
            ],
          })),
      },
    },
  };
  return builder.build(body);
}

function tmx(doc: DocumentDetail): string {
  return buildTmx(
    doc.sourceLang,
    doc.targetLang,
    doc.units.map((unit) => ({
      id: unit.externalId,
      source: unit.source,
      target: unit.target,
      props: { 'x-review-status': unit.status },
    })),
  );
}

function safeName(title: string): string {
  return title.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'document';
}

/** The corrected translation as text, a Word document, XLIFF 1.2 or TMX 1.4, or written into the file it came from. */
export async function exportDocument(
  repos: Repositories,
  documentId: number,
  format: ExportFormat,
): Promise<ExportFile> {
  const doc = getDocument(repos, documentId);
  const name = `${safeName(doc.title)}.${doc.targetLang}`;
  switch (format) {
    case 'txt':
      return {
        fileName: `${name}.txt`,
        contentType: 'text/plain; charset=utf-8',
        body: plainText(repos, doc),
      };
    case 'docx':
      return wordExport(repos, doc, name);
    case 'xliff':
      return {
        fileName: `${name}.xliff`,
        contentType: 'application/xliff+xml; charset=utf-8',
        body: xliff(doc),
      };
    case 'tmx':
      return { fileName: `${name}.tmx`, contentType: 'application/x-tmx+xml; charset=utf-8', body: tmx(doc) };
    case 'original': {
      const original = repos.originalFiles.get(documentId);
      if (!original)
        throw new ServiceError(
          404,
          'no_original_file',
          `document ${documentId} was not imported from a file it can be written back into (XLIFF, CSV, TSV, XLSX): export it as xliff, tmx or txt`,
        );
      // Only what a reviewer changed is written: the rest of the file stays as it came.
      const corrected = new Map(
        doc.units.filter((u) => u.target !== u.targetMt).map((u) => [u.externalId, u.target]),
      );
      const tableType = TABLE_TYPES[extname(original.name).toLowerCase()];
      if (tableType !== undefined)
        return {
          fileName: original.name,
          contentType: tableType,
          body: await writeBackTable({ ...original, bytes: original.bytes ?? undefined }, corrected),
        };
      return {
        fileName: original.name,
        contentType: 'application/xliff+xml; charset=utf-8',
        body: writeBackXliff(original.content, corrected),
      };
    }
  }
}
