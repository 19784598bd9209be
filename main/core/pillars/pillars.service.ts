/**
 * Pillar analysis: per sub-dimension the readiness scores (struktur, infrastruktur,
 * suprastruktur) with evidence, current → expected condition → gap; per pillar the SWOT lists
 * and strategic issues with priority. Rows are created on first write.
 */
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type {
  PillarsData,
  StrategicIssueDto,
  SubDimensionAnalysisDto,
  SwotDto,
} from '../../../shared/contract/pillars';
import { AppError } from '../../../shared/errors';
import type {
  ReadinessScoreTable,
  StrategicIssueTable,
  SubDimensionAnalysisTable,
  SwotItemTable,
} from '../../db/schema';
import type { CoreContext } from '../context';
import { touchPlan } from '../plans/plans.repository';
import type { Db } from '../rpjmd/rpjmd.repository';
import { requirePlan } from '../rpjmd/rpjmd.service';

const ELEMENT_ORDER = ['struktur', 'infrastruktur', 'suprastruktur'] as const;

function toAnalysis(
  code: string,
  row: SubDimensionAnalysisTable | undefined,
  scores: ReadinessScoreTable[],
): SubDimensionAnalysisDto {
  return {
    id: row?.id ?? `new-${code}`,
    subDimensionCode: code,
    currentCondition: row?.current_condition ?? '',
    expectedCondition: row?.expected_condition ?? '',
    gap: row?.gap ?? '',
    updatedAt: row?.updated_at ?? '',
    readiness: scores
      .filter((s) => s.sub_dimension_code === code)
      .sort((a, b) => ELEMENT_ORDER.indexOf(a.element) - ELEMENT_ORDER.indexOf(b.element))
      .map((s) => ({
        id: s.id,
        element: s.element,
        score: s.score,
        evidence: s.evidence,
        updatedAt: s.updated_at,
      })),
  };
}

const toSwot = (r: SwotItemTable): SwotDto => ({
  id: r.id,
  pillarCode: r.pillar_code,
  subDimensionCode: r.sub_dimension_code,
  quadrant: r.quadrant,
  text: r.text,
  updatedAt: r.updated_at,
});
const toIssue = (r: StrategicIssueTable): StrategicIssueDto => ({
  id: r.id,
  pillarCode: r.pillar_code,
  subDimensionCode: r.sub_dimension_code,
  text: r.text,
  priority: r.priority,
  updatedAt: r.updated_at,
});

function subDimensionCodes(ctx: CoreContext): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of ctx.reference.data.pillars.pillars)
    for (const s of p.subDimensions) map.set(s.code, p.code);
  return map;
}

function requireSubDimension(ctx: CoreContext, code: string | null, pillarCode?: string) {
  if (code === null) return;
  const pillar = subDimensionCodes(ctx).get(code);
  if (!pillar || (pillarCode && pillar !== pillarCode))
    throw new AppError('pillars.unknownSubDimension', { code });
}

function requirePillar(ctx: CoreContext, code: string) {
  if (!ctx.reference.data.pillars.pillars.some((p) => p.code === code))
    throw new AppError('pillars.unknownSubDimension', { code });
}

async function readAnalysis(db: Db, planId: string, code: string) {
  const [row, scores] = await Promise.all([
    db
      .selectFrom('sub_dimension_analysis')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('sub_dimension_code', '=', code)
      .executeTakeFirst(),
    db
      .selectFrom('readiness_score')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('sub_dimension_code', '=', code)
      .execute(),
  ]);
  return toAnalysis(code, row, scores);
}

/** All 18 sub-dimensions (empty ones included, in catalogue order), SWOT and issues. */
export async function getPillars(ctx: CoreContext, planId: string): Promise<PillarsData> {
  await requirePlan(ctx, planId);
  const [rows, scores, swot, issues] = await Promise.all([
    ctx.db.selectFrom('sub_dimension_analysis').selectAll().where('plan_id', '=', planId).execute(),
    ctx.db.selectFrom('readiness_score').selectAll().where('plan_id', '=', planId).execute(),
    ctx.db
      .selectFrom('swot_item')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    ctx.db
      .selectFrom('strategic_issue')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
  ]);
  const byCode = new Map(rows.map((r) => [r.sub_dimension_code, r]));
  return {
    subDimensions: [...subDimensionCodes(ctx).keys()].map((code) =>
      toAnalysis(code, byCode.get(code), scores),
    ),
    swot: swot.map(toSwot),
    strategicIssues: issues.map(toIssue),
  };
}

export async function setReadiness(
  ctx: CoreContext,
  input: ParsedInput<'pillars.setReadiness'>,
): Promise<SubDimensionAnalysisDto> {
  await requirePlan(ctx, input.planId);
  requireSubDimension(ctx, input.subDimensionCode);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('readiness_score')
      .selectAll()
      .where('plan_id', '=', input.planId)
      .where('sub_dimension_code', '=', input.subDimensionCode)
      .where('element', '=', input.element)
      .executeTakeFirst();
    if (existing) {
      await trx
        .updateTable('readiness_score')
        .set({ ...input.patch, updated_at: now })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('readiness_score')
        .values({
          id: ctx.newId(),
          plan_id: input.planId,
          updated_at: now,
          sub_dimension_code: input.subDimensionCode,
          element: input.element,
          score: input.patch.score ?? null,
          evidence: input.patch.evidence ?? '',
        })
        .execute();
    }
    await touchPlan(trx, input.planId, now);
  });
  return readAnalysis(ctx.db, input.planId, input.subDimensionCode);
}

export async function updateAnalysis(
  ctx: CoreContext,
  input: ParsedInput<'pillars.updateAnalysis'>,
): Promise<SubDimensionAnalysisDto> {
  await requirePlan(ctx, input.planId);
  requireSubDimension(ctx, input.subDimensionCode);
  const now = ctx.now();
  const { currentCondition, expectedCondition, gap } = input.patch;
  const patch = {
    ...(currentCondition !== undefined ? { current_condition: currentCondition } : {}),
    ...(expectedCondition !== undefined ? { expected_condition: expectedCondition } : {}),
    ...(gap !== undefined ? { gap } : {}),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sub_dimension_analysis')
      .values({
        id: ctx.newId(),
        plan_id: input.planId,
        updated_at: now,
        sub_dimension_code: input.subDimensionCode,
        current_condition: '',
        expected_condition: '',
        gap: '',
        ...patch,
      })
      .onConflict((oc) =>
        oc.columns(['plan_id', 'sub_dimension_code']).doUpdateSet({ ...patch, updated_at: now }),
      )
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return readAnalysis(ctx.db, input.planId, input.subDimensionCode);
}

async function nextOrder(trx: Db, table: 'swot_item' | 'strategic_issue', planId: string) {
  const max = await trx
    .selectFrom(table)
    .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return Number(max.m) + 1;
}

export async function addSwot(ctx: CoreContext, input: ParsedInput<'swot.add'>): Promise<SwotDto> {
  await requirePlan(ctx, input.planId);
  requirePillar(ctx, input.pillarCode);
  requireSubDimension(ctx, input.subDimensionCode, input.pillarCode);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row: SwotItemTable = {
      id: ctx.newId(),
      plan_id: input.planId,
      updated_at: now,
      pillar_code: input.pillarCode,
      sub_dimension_code: input.subDimensionCode,
      quadrant: input.quadrant,
      text: input.text,
      sort_order: await nextOrder(trx, 'swot_item', input.planId),
    };
    await trx.insertInto('swot_item').values(row).execute();
    await touchPlan(trx, input.planId, now);
    return toSwot(row);
  });
}

async function requireRow(
  db: Db,
  table: 'swot_item' | 'strategic_issue',
  planId: string,
  id: string,
) {
  const row = await db
    .selectFrom(table)
    .selectAll()
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('pillars.itemNotFound');
  return row;
}

export async function updateSwot(
  ctx: CoreContext,
  input: ParsedInput<'swot.update'>,
): Promise<SwotDto> {
  await requireRow(ctx.db, 'swot_item', input.planId, input.swotId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('swot_item')
      .set({ text: input.patch.text, updated_at: now })
      .where('id', '=', input.swotId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return toSwot(
    (await requireRow(ctx.db, 'swot_item', input.planId, input.swotId)) as SwotItemTable,
  );
}

export async function removeSwot(
  ctx: CoreContext,
  input: ParsedInput<'swot.remove'>,
): Promise<{ ok: true }> {
  await requireRow(ctx.db, 'swot_item', input.planId, input.swotId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('swot_item').where('id', '=', input.swotId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

export async function addIssue(
  ctx: CoreContext,
  input: ParsedInput<'issues.add'>,
): Promise<StrategicIssueDto> {
  await requirePlan(ctx, input.planId);
  requirePillar(ctx, input.pillarCode);
  requireSubDimension(ctx, input.subDimensionCode, input.pillarCode);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row: StrategicIssueTable = {
      id: ctx.newId(),
      plan_id: input.planId,
      updated_at: now,
      pillar_code: input.pillarCode,
      sub_dimension_code: input.subDimensionCode,
      text: input.text,
      priority: input.priority,
      sort_order: await nextOrder(trx, 'strategic_issue', input.planId),
    };
    await trx.insertInto('strategic_issue').values(row).execute();
    await touchPlan(trx, input.planId, now);
    return toIssue(row);
  });
}

export async function updateIssue(
  ctx: CoreContext,
  input: ParsedInput<'issues.update'>,
): Promise<StrategicIssueDto> {
  const row = (await requireRow(
    ctx.db,
    'strategic_issue',
    input.planId,
    input.issueId,
  )) as StrategicIssueTable;
  const { subDimensionCode, ...rest } = input.patch;
  if (subDimensionCode !== undefined) requireSubDimension(ctx, subDimensionCode, row.pillar_code);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('strategic_issue')
      .set({
        ...rest,
        ...(subDimensionCode !== undefined ? { sub_dimension_code: subDimensionCode } : {}),
        updated_at: now,
      })
      .where('id', '=', input.issueId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return toIssue(
    (await requireRow(
      ctx.db,
      'strategic_issue',
      input.planId,
      input.issueId,
    )) as StrategicIssueTable,
  );
}

export async function removeIssue(
  ctx: CoreContext,
  input: ParsedInput<'issues.remove'>,
): Promise<{ ok: true }> {
  await requireRow(ctx.db, 'strategic_issue', input.planId, input.issueId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('strategic_issue').where('id', '=', input.issueId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

/** Swaps an issue with its neighbour in the same pillar. */
export async function moveIssue(
  ctx: CoreContext,
  input: ParsedInput<'issues.move'>,
): Promise<{ ok: true }> {
  const row = (await requireRow(
    ctx.db,
    'strategic_issue',
    input.planId,
    input.issueId,
  )) as StrategicIssueTable;
  const up = input.direction === 'up';
  const other = await ctx.db
    .selectFrom('strategic_issue')
    .selectAll()
    .where('plan_id', '=', input.planId)
    .where('pillar_code', '=', row.pillar_code)
    .where('sort_order', up ? '<' : '>', row.sort_order)
    .orderBy('sort_order', up ? 'desc' : 'asc')
    .executeTakeFirst();
  if (!other) return { ok: true };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('strategic_issue')
      .set({ sort_order: other.sort_order, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await trx
      .updateTable('strategic_issue')
      .set({ sort_order: row.sort_order, updated_at: now })
      .where('id', '=', other.id)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}
