import type { SentenceRef, UnitRow } from '../db/queries/units';
import type { DocumentDetail, RealignRequest } from '../domain/api';
import type { Actor, ServiceContext } from './context';
import { getDocument } from './document-view';
import { ServiceError, notFound } from './errors';
import { recheckDocument } from './recheck';
import { type Relocation, type Span, heirAt, mergeShift, relocateSpan } from './realign-marks';
import type { Side } from '../domain/types';

/** A unit as a reviewer restructures it: which sentences of each side it holds. */
interface Layout {
  row: UnitRow | null;
  source: SentenceRef[];
  target: SentenceRef[];
  /** A merge keeps the reviewers' corrections of both units. */
  corrected?: string;
}

function layouts(ctx: ServiceContext, documentId: number): Layout[] {
  const sentences = ctx.repos.units.sentencesByUnit(documentId);
  return ctx.repos.units.byDocument(documentId).map((row) => ({
    row,
    source: sentences.get(row.id)?.source ?? [],
    target: sentences.get(row.id)?.target ?? [],
  }));
}

const joined = (refs: readonly SentenceRef[]): string => refs.map((r) => r.text).join(' ');

/** A reviewer's mark on a unit's words: an error marked by hand, or a flag confirmed or dismissed. */
interface Mark {
  id: number;
  unit_id: number;
  side: Side;
  span_start: number | null;
  span_end: number | null;
}

interface Change {
  before: readonly Layout[];
  after: readonly Layout[];
  /** The unit the reviewer changed, by its place before. */
  at: number;
  request: RealignRequest;
}

/**
 * Where a mark goes: a merged-away unit's to the merged unit, past the text before its own (`textOf`
 * gives the text the mark's span was read in); after a split or a move, with its sentence. Null when
 * it stays as it is.
 */
function destination(
  mark: Mark,
  change: Change,
  textOf: (row: UnitRow, side: Side) => string,
): Relocation | null {
  const { before, after, at, request } = change;
  const layout = before.find((l) => l.row?.id === mark.unit_id);
  if (!layout?.row) return null;
  const span =
    mark.span_start === null || mark.span_end === null
      ? null
      : { start: mark.span_start, end: mark.span_end };
  if (request.action === 'merge-next') {
    const merged = before[at]?.row;
    if (layout !== before[at + 1] || !merged) return null;
    const shift = mergeShift(textOf(merged, mark.side));
    return { at, span: span && { start: span.start + shift, end: span.end + shift } };
  }
  if (span) return relocateSpan(layout[mark.side], mark.side, span, after);
  return after.some((l) => l.row?.id === mark.unit_id) ? null : { at: heirAt(layout, after), span: null };
}

/**
 * Errors marked by hand and flags ruled on go with their words to the unit that now holds them
 * (`ids`: each unit's id after the change, in order); the re-check that follows keeps a moved flag's
 * decision when it raises the flag again, and a confirmed one as mended when it does not.
 */
function carryMarks(ctx: ServiceContext, documentId: number, change: Change, ids: readonly number[]): void {
  const move = (
    mark: Mark,
    textOf: (row: UnitRow, side: Side) => string,
    relocate: (id: number, unitId: number, span: Span | null) => void,
  ): void => {
    const to = destination(mark, change, textOf);
    const unitId = to ? ids[to.at] : undefined;
    if (!to || unitId === undefined) return;
    if (unitId !== mark.unit_id || to.span?.start !== mark.span_start || to.span?.end !== mark.span_end)
      relocate(mark.id, unitId, to.span);
  };
  for (const issue of ctx.repos.issues.byDocument(documentId))
    move(issue, (row, side) => (side === 'source' ? row.source : row.target_mt), ctx.repos.issues.relocate);
  for (const flag of ctx.repos.flags.byDocument(documentId))
    if (flag.decision !== 'open')
      move(flag, (row, side) => (side === 'source' ? row.source : row.target), ctx.repos.flags.relocate);
}

function requireUnedited(layout: Layout | undefined): void {
  if (layout?.row && layout.row.target !== layout.row.target_mt) {
    throw new ServiceError(
      422,
      'edited_unit',
      `unit ${layout.row.position + 1} has a corrected translation; alignment changes apply to the machine translation — undo the correction first`,
    );
  }
}

/** The new layouts after the reviewer's change, or a 422 saying why it cannot be done. */
function apply(units: Layout[], at: number, request: RealignRequest): Layout[] {
  const unit = units[at];
  if (!unit) throw new ServiceError(404, 'not_found', 'unit not found');
  const next = [...units];
  switch (request.action) {
    case 'split': {
      requireUnedited(unit);
      const { sourceKeep, targetKeep } = request;
      if (sourceKeep > unit.source.length || targetKeep > unit.target.length) {
        throw new ServiceError(
          422,
          'invalid_split',
          `the unit has ${unit.source.length} source and ${unit.target.length} target sentences`,
        );
      }
      const first = {
        row: unit.row,
        source: unit.source.slice(0, sourceKeep),
        target: unit.target.slice(0, targetKeep),
      };
      const second = {
        row: null,
        source: unit.source.slice(sourceKeep),
        target: unit.target.slice(targetKeep),
      };
      if (
        first.source.length + first.target.length === 0 ||
        second.source.length + second.target.length === 0
      ) {
        throw new ServiceError(422, 'invalid_split', 'a split must leave sentences in both parts');
      }
      next.splice(at, 1, first, second);
      return next;
    }
    case 'merge-next': {
      const following = units[at + 1];
      if (!following)
        throw new ServiceError(422, 'no_next_unit', 'this is the last unit: there is nothing to merge with');
      const corrected = [unit.row?.target ?? '', following.row?.target ?? '']
        .filter((t) => t !== '')
        .join(' ');
      next.splice(at, 2, {
        row: unit.row,
        source: [...unit.source, ...following.source],
        target: [...unit.target, ...following.target],
        corrected,
      });
      return next;
    }
    case 'move': {
      const neighbourAt = request.to === 'previous' ? at - 1 : at + 1;
      const neighbour = units[neighbourAt];
      if (!neighbour) throw new ServiceError(422, 'no_neighbour', `there is no ${request.to} unit`);
      requireUnedited(unit);
      requireUnedited(neighbour);
      const side = request.side;
      const moving = request.to === 'previous' ? unit[side][0] : unit[side][unit[side].length - 1];
      if (!moving)
        throw new ServiceError(422, 'nothing_to_move', `this unit has no ${side} sentence to move`);
      const remaining = request.to === 'previous' ? unit[side].slice(1) : unit[side].slice(0, -1);
      const grown = request.to === 'previous' ? [...neighbour[side], moving] : [moving, ...neighbour[side]];
      next[at] = { ...unit, [side]: remaining };
      next[neighbourAt] = { ...neighbour, [side]: grown };
      return next.filter((layout) => layout.source.length + layout.target.length > 0 || layout.row === null);
    }
  }
}

/**
 * A reviewer corrects the alignment: split a unit, merge it with the next, or move a sentence to a
 * neighbour. The change is written in one transaction and the checks run again.
 */
export async function realignUnit(
  ctx: ServiceContext,
  unitId: number,
  request: RealignRequest,
  actor: Actor,
): Promise<DocumentDetail> {
  const target = ctx.repos.units.byId(unitId);
  if (!target) throw notFound(`unit ${unitId}`);
  const documentId = target.document_id;
  // A bilingual file's segments (a CAT tool's, a spreadsheet's rows) joined or split here could not be written back.
  const original = ctx.repos.originalFiles.name(documentId);
  if (original !== undefined)
    throw new ServiceError(
      422,
      'segments_from_file',
      `the segments come from ${original}, which gets the review written back into it: they stay as they are there`,
    );
  const before = layouts(ctx, documentId);
  const at = before.findIndex((l) => l.row?.id === unitId);
  const after = apply(before, at, request);
  const touched = new Set<number>();
  ctx.repos.db.transaction(() => {
    const order = after.map((layout, position) => {
      const previous = layout.row ? before.find((b) => b.row?.id === layout.row?.id) : undefined;
      const changed =
        !previous ||
        joined(previous.source) !== joined(layout.source) ||
        joined(previous.target) !== joined(layout.target);
      const sourceText = joined(layout.source);
      const targetText = joined(layout.target);
      let id = layout.row?.id;
      if (id === undefined) {
        id = ctx.repos.unitLayout.insert(
          documentId,
          position,
          `${target.external_id}.${position + 1}`,
          sourceText,
          targetText,
        );
      } else if (changed) {
        ctx.repos.unitLayout.setTexts(id, sourceText, targetText, layout.corrected ?? targetText);
      }
      if (changed) {
        touched.add(id);
        ctx.repos.units.replaceSentences(id, 'source', layout.source);
        ctx.repos.units.replaceSentences(id, 'target', layout.target);
      }
      return id;
    });
    carryMarks(ctx, documentId, { before, after, at, request }, order);
    const keptIds = new Set(after.map((l) => l.row?.id).filter((id): id is number => id !== undefined));
    for (const layout of before) {
      if (!layout.row || keptIds.has(layout.row.id)) continue;
      // The discussion of a unit merged away goes on in the unit that now holds its sentences.
      const heir = order[heirAt(layout, after)];
      if (heir !== undefined) ctx.repos.comments.moveToUnit(layout.row.id, heir);
      ctx.repos.unitLayout.remove(layout.row.id);
    }
    ctx.repos.unitLayout.reorder(documentId, order);
    ctx.repos.events.record({
      documentId,
      unitId,
      userId: actor.id,
      kind: 'realign',
      after: JSON.stringify(request),
    });
  })();
  await recheckDocument(ctx, documentId);
  ctx.repos.db.transaction(() => {
    for (const id of touched) ctx.repos.unitLayout.syncStatus(id);
  })();
  return getDocument(ctx.repos, documentId);
}
