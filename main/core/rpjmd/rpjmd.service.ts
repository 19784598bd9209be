/**
 * The RPJMD outline: header (period, visi), items of the cascade with add/indent/outdent/reorder,
 * delete with an exact undo, and indicators with yearly targets. Every write is one transaction
 * and touches the plan's `updated_at`.
 */
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type {
  IndicatorDto,
  RpjmdData,
  RpjmdDeletion,
  RpjmdHeader,
  RpjmdItemDto,
} from '../../../shared/contract/rpjmd';
import { childKind, RPJMD_KINDS } from '../../../shared/analysis/rpjmd-numbering';
import { AppError } from '../../../shared/errors';
import type { RpjmdItemTable } from '../../db/schema';
import type { CoreContext } from '../context';
import { writeIndicatorTarget } from '../indicators/indicator-target.repository';
import { findPlan, touchPlan } from '../plans/plans.repository';
import {
  findIndicator,
  findItem,
  readRpjmd,
  siblings,
  toHeader,
  toIndicator,
  toItem,
  type Db,
} from './rpjmd.repository';

/** The RPJMD lasts five years (start … start + 4); a transition period may add a sixth. */
export const RPJMD_YEARS = 5;

export async function requirePlan(ctx: CoreContext, planId: string) {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw new AppError('plan.notFound');
  return plan;
}

async function requireItem(db: Db, planId: string, itemId: string): Promise<RpjmdItemTable> {
  const row = await findItem(db, planId, itemId);
  if (!row) throw new AppError('rpjmd.itemNotFound');
  return row;
}

async function requireOpd(db: Db, planId: string, opdId: string | null | undefined) {
  if (!opdId) return;
  const row = await db
    .selectFrom('opd')
    .select('id')
    .where('id', '=', opdId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('opd.notFound');
}

export async function getRpjmd(ctx: CoreContext, planId: string): Promise<RpjmdData> {
  await requirePlan(ctx, planId);
  return readRpjmd(ctx.db, planId);
}

/** Creates the header when missing: the period starts with the plan's start year. */
async function ensureHeader(trx: Db, ctx: CoreContext, planId: string, startYear: number) {
  const row = await trx
    .selectFrom('rpjmd')
    .selectAll()
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (row) return row;
  const created = {
    id: ctx.newId(),
    plan_id: planId,
    updated_at: ctx.now(),
    period_start: startYear,
    period_end: startYear + RPJMD_YEARS - 1,
    visi: '',
    legal_basis: '',
  };
  await trx.insertInto('rpjmd').values(created).execute();
  return created;
}

export async function updateRpjmd(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.update'>,
): Promise<RpjmdHeader> {
  const plan = await requirePlan(ctx, input.planId);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const header = await ensureHeader(trx, ctx, input.planId, plan.start_year);
    const { periodStart, periodEnd, visi, legalBasis } = input.patch;
    // A new start keeps the period's length; the end may make it 5 years, or 6 for a transition.
    const start = periodStart ?? header.period_start;
    const end = periodEnd ?? start + (header.period_end - header.period_start);
    const changed = periodStart !== undefined || periodEnd !== undefined;
    if (changed && (end - start < RPJMD_YEARS - 1 || end - start > RPJMD_YEARS))
      throw new AppError('rpjmd.invalidPeriod', { start, end });
    const next = {
      ...header,
      period_start: start,
      period_end: end,
      ...(visi !== undefined ? { visi } : {}),
      ...(legalBasis !== undefined ? { legal_basis: legalBasis } : {}),
      updated_at: now,
    };
    await trx.updateTable('rpjmd').set(next).where('id', '=', header.id).execute();
    await touchPlan(trx, input.planId, now);
    return toHeader(next);
  });
}

async function shiftAfter(trx: Db, planId: string, parentId: string | null, after: number) {
  let q = trx
    .updateTable('rpjmd_item')
    .set({ sort_order: sql`sort_order + 1` })
    .where('plan_id', '=', planId)
    .where('sort_order', '>', after);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  await q.execute();
}

async function lastSortOrder(trx: Db, planId: string, parentId: string | null): Promise<number> {
  const list = await siblings(trx, planId, parentId);
  return list.length ? list[list.length - 1]!.sort_order : -1;
}

export async function addItem(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.addItem'>,
): Promise<RpjmdItemDto> {
  const plan = await requirePlan(ctx, input.planId);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    await ensureHeader(trx, ctx, input.planId, plan.start_year);
    const relative = input.relativeTo
      ? await requireItem(trx, input.planId, input.relativeTo)
      : null;
    let parentId: string | null;
    let kind = input.kind;
    let sortOrder: number;
    if (!relative) {
      parentId = null;
      kind ??= 'misi';
      sortOrder = (await lastSortOrder(trx, input.planId, null)) + 1;
    } else if (input.position === 'child') {
      parentId = relative.id;
      kind ??= childKind(relative.kind);
      sortOrder = (await lastSortOrder(trx, input.planId, relative.id)) + 1;
    } else {
      parentId = relative.parent_id;
      kind ??= relative.kind;
      const at = input.position === 'after' ? relative.sort_order : relative.sort_order - 1;
      await shiftAfter(trx, input.planId, parentId, at);
      sortOrder = at + 1;
    }
    const row: RpjmdItemTable = {
      id: input.id ?? ctx.newId(),
      plan_id: input.planId,
      updated_at: now,
      parent_id: parentId,
      kind,
      code: input.code,
      text: input.text,
      opd_id: null,
      sort_order: sortOrder,
    };
    await trx.insertInto('rpjmd_item').values(row).execute();
    await touchPlan(trx, input.planId, now);
    return toItem(row);
  });
}

export async function updateItem(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.updateItem'>,
): Promise<RpjmdItemDto> {
  await requireItem(ctx.db, input.planId, input.itemId);
  await requireOpd(ctx.db, input.planId, input.patch.opdId);
  const { opdId, ...rest } = input.patch;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('rpjmd_item')
      .set({ ...rest, ...(opdId !== undefined ? { opd_id: opdId } : {}), updated_at: now })
      .where('id', '=', input.itemId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return toItem(await requireItem(ctx.db, input.planId, input.itemId));
}

const kindIndex = (kind: RpjmdItemTable['kind']) => RPJMD_KINDS.indexOf(kind);

/**
 * Moves an item: up/down among its siblings; indent makes it the last child of the sibling
 * above; outdent puts it right after its parent. The kind follows the new level when it no
 * longer fits (a tujuan indented under a tujuan becomes a sasaran).
 */
export async function moveItem(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.moveItem'>,
): Promise<{ ok: true }> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const item = await requireItem(trx, input.planId, input.itemId);
    const list = await siblings(trx, input.planId, item.parent_id);
    const index = list.findIndex((s) => s.id === item.id);
    const set = (id: string, values: Partial<RpjmdItemTable>) =>
      trx
        .updateTable('rpjmd_item')
        .set({ ...values, updated_at: now })
        .where('id', '=', id)
        .execute();
    if (input.action === 'up' || input.action === 'down') {
      const other = list[input.action === 'up' ? index - 1 : index + 1];
      if (!other) throw new AppError('rpjmd.cannotMove');
      await set(item.id, { sort_order: other.sort_order });
      await set(other.id, { sort_order: item.sort_order });
    } else if (input.action === 'indent') {
      const above = list[index - 1];
      if (!above) throw new AppError('rpjmd.cannotMove');
      const order = (await lastSortOrder(trx, input.planId, above.id)) + 1;
      const kind =
        kindIndex(item.kind) <= kindIndex(above.kind) ? childKind(above.kind) : item.kind;
      await set(item.id, { parent_id: above.id, sort_order: order, kind });
    } else {
      if (!item.parent_id) throw new AppError('rpjmd.cannotMove');
      const parent = await requireItem(trx, input.planId, item.parent_id);
      await shiftAfter(trx, input.planId, parent.parent_id, parent.sort_order);
      await set(item.id, {
        parent_id: parent.parent_id,
        sort_order: parent.sort_order + 1,
        kind: parent.kind,
      });
    }
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

async function subtreeIds(db: Db, planId: string, rootId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rpjmd_item')
    .select(['id', 'parent_id'])
    .where('plan_id', '=', planId)
    .execute();
  const children = new Map<string, string[]>();
  for (const r of rows)
    if (r.parent_id) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r.id]);
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.includes(id)) continue;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Deletes an item and everything below it; answers exactly what went, for undo. */
export async function deleteItem(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.deleteItem'>,
): Promise<RpjmdDeletion> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    await requireItem(trx, input.planId, input.itemId);
    const ids = await subtreeIds(trx, input.planId, input.itemId);
    const items = await trx.selectFrom('rpjmd_item').selectAll().where('id', 'in', ids).execute();
    // Parents before children, so that restore can insert in order.
    items.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    const indicators = await trx
      .selectFrom('indicator')
      .selectAll()
      .where('rpjmd_item_id', 'in', ids)
      .execute();
    const targets = indicators.length
      ? await trx
          .selectFrom('indicator_target')
          .selectAll()
          .where(
            'indicator_id',
            'in',
            indicators.map((i) => i.id),
          )
          .execute()
      : [];
    const programmeLinks = await trx
      .selectFrom('programme_rpjmd_link')
      .selectAll()
      .where('rpjmd_item_id', 'in', ids)
      .execute();
    const statementLinks = await trx
      .selectFrom('sc_statement_rpjmd_link')
      .selectAll()
      .where('rpjmd_item_id', 'in', ids)
      .execute();
    await trx.deleteFrom('rpjmd_item').where('id', '=', input.itemId).execute();
    await touchPlan(trx, input.planId, now);
    return {
      items: items.map((i) => ({ ...toItem(i), sortOrder: i.sort_order })),
      indicators: indicators.map((i) => ({ ...toIndicator(i, targets), sortOrder: i.sort_order })),
      programmeLinks: programmeLinks.map((l) => ({
        programmeId: l.programme_id,
        rpjmdItemId: l.rpjmd_item_id,
        sortOrder: l.sort_order,
      })),
      statementLinks: statementLinks.map((l) => ({
        statementId: l.statement_id,
        rpjmdItemId: l.rpjmd_item_id,
        sortOrder: l.sort_order,
      })),
    };
  });
}

/** Undo of a deletion: puts the items, indicators and links back with their ids and order. */
export async function restoreItems(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.restore'>,
): Promise<{ ok: true }> {
  await requirePlan(ctx, input.planId);
  const { items, indicators, programmeLinks, statementLinks } = input.deletion;
  const now = ctx.now();
  const planId = input.planId;
  await ctx.db.transaction().execute(async (trx) => {
    const restored = new Set(items.map((i) => i.id));
    for (const item of items) {
      if (item.parentId && !restored.has(item.parentId)) {
        if (!(await findItem(trx, planId, item.parentId)))
          throw new AppError('rpjmd.restoreConflict');
      }
      if (await findItem(trx, planId, item.id)) throw new AppError('rpjmd.restoreConflict');
      const opdOk = item.opdId
        ? await trx
            .selectFrom('opd')
            .select('id')
            .where('id', '=', item.opdId)
            .where('plan_id', '=', planId)
            .executeTakeFirst()
        : undefined;
      if (item.parentId === null || !restored.has(item.parentId))
        await shiftAfter(trx, planId, item.parentId, item.sortOrder - 1);
      await trx
        .insertInto('rpjmd_item')
        .values({
          id: item.id,
          plan_id: planId,
          updated_at: now,
          parent_id: item.parentId,
          kind: item.kind,
          code: item.code,
          text: item.text,
          opd_id: opdOk ? item.opdId : null,
          sort_order: item.sortOrder,
        })
        .execute();
    }
    for (const ind of indicators) {
      if (!ind.rpjmdItemId || !restored.has(ind.rpjmdItemId))
        throw new AppError('rpjmd.restoreConflict');
      await trx
        .insertInto('indicator')
        .values({
          id: ind.id,
          plan_id: planId,
          updated_at: now,
          rpjmd_item_id: ind.rpjmdItemId,
          programme_id: null,
          kind: ind.kind,
          name: ind.name,
          unit: ind.unit,
          baseline: ind.baseline,
          baseline_year: ind.baselineYear,
          sort_order: ind.sortOrder,
        })
        .execute();
      for (const t of ind.targets)
        await trx
          .insertInto('indicator_target')
          .values({
            id: t.id,
            plan_id: planId,
            updated_at: now,
            indicator_id: ind.id,
            year: t.year,
            value: t.value,
          })
          .execute();
    }
    // Links come back only where their programme or statement still exists.
    for (const l of programmeLinks) {
      const p = await trx
        .selectFrom('programme')
        .select('id')
        .where('id', '=', l.programmeId)
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      if (p && restored.has(l.rpjmdItemId))
        await trx
          .insertInto('programme_rpjmd_link')
          .values({
            id: ctx.newId(),
            plan_id: planId,
            updated_at: now,
            programme_id: l.programmeId,
            rpjmd_item_id: l.rpjmdItemId,
            sort_order: l.sortOrder,
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    for (const l of statementLinks) {
      const s = await trx
        .selectFrom('sc_statement')
        .select('id')
        .where('id', '=', l.statementId)
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      if (s && restored.has(l.rpjmdItemId))
        await trx
          .insertInto('sc_statement_rpjmd_link')
          .values({
            id: ctx.newId(),
            plan_id: planId,
            updated_at: now,
            statement_id: l.statementId,
            rpjmd_item_id: l.rpjmdItemId,
            sort_order: l.sortOrder,
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    await touchPlan(trx, planId, now);
  });
  return { ok: true };
}

async function requireIndicator(db: Db, planId: string, indicatorId: string) {
  const found = await findIndicator(db, planId, indicatorId);
  if (!found || !found.row.rpjmd_item_id) throw new AppError('rpjmd.indicatorNotFound');
  return found;
}

export async function addIndicator(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.addIndicator'>,
): Promise<IndicatorDto> {
  const item = await requireItem(ctx.db, input.planId, input.itemId);
  const now = ctx.now();
  const fields = input.fields ?? {};
  const id = ctx.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('indicator')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('rpjmd_item_id', '=', item.id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('indicator')
      .values({
        id,
        plan_id: input.planId,
        updated_at: now,
        rpjmd_item_id: item.id,
        programme_id: null,
        kind:
          fields.kind ??
          (item.kind === 'tujuan' ? 'impact' : item.kind === 'program' ? 'output' : 'outcome'),
        name: fields.name ?? '',
        unit: fields.unit ?? '',
        baseline: fields.baseline ?? null,
        baseline_year: fields.baselineYear ?? null,
        sort_order: Number(max.m) + 1,
      })
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  const found = await requireIndicator(ctx.db, input.planId, id);
  return toIndicator(found.row, found.targets);
}

export async function updateIndicator(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.updateIndicator'>,
): Promise<IndicatorDto> {
  await requireIndicator(ctx.db, input.planId, input.indicatorId);
  const { baselineYear, ...rest } = input.patch;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('indicator')
      .set({
        ...rest,
        ...(baselineYear !== undefined ? { baseline_year: baselineYear } : {}),
        updated_at: now,
      })
      .where('id', '=', input.indicatorId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  const found = await requireIndicator(ctx.db, input.planId, input.indicatorId);
  return toIndicator(found.row, found.targets);
}

/** Sets (or clears with null) the target of one year. */
export async function setTarget(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.setTarget'>,
): Promise<IndicatorDto> {
  await requireIndicator(ctx.db, input.planId, input.indicatorId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await writeIndicatorTarget(trx, { ...input, id: ctx.newId() }, now);
    await trx
      .updateTable('indicator')
      .set({ updated_at: now })
      .where('id', '=', input.indicatorId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  const found = await requireIndicator(ctx.db, input.planId, input.indicatorId);
  return toIndicator(found.row, found.targets);
}

export async function removeIndicator(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.removeIndicator'>,
): Promise<{ ok: true }> {
  await requireIndicator(ctx.db, input.planId, input.indicatorId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator').where('id', '=', input.indicatorId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}
