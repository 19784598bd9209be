/**
 * Quick-win selection: the plan's criteria and weights (total 100), the scores 1–5, the chosen
 * quick wins with their rationale and profile, and each quick win's risk register.
 */
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import {
  QUICKWIN_PROFILE_TYPES,
  type CriterionDto,
  type QuickWinDto,
  type RiskDto,
} from '../../../shared/contract/programmes';
import { criterionAxis, redistribute } from '../../../shared/analysis/scoring';
import { AppError } from '../../../shared/errors';
import type { QuickwinCriterionTable, QuickwinRiskTable, QuickwinTable } from '../../db/schema';
import type { CoreContext } from '../context';
import { touchPlan } from '../plans/plans.repository';
import { requirePlanRow } from './programmes.service';

const toCriterion = (c: QuickwinCriterionTable): CriterionDto => ({
  id: c.id,
  code: c.code,
  name: c.name,
  description: c.description,
  weight: c.weight,
  axis: c.axis,
  updatedAt: c.updated_at,
});
const toRisk = (r: QuickwinRiskTable): RiskDto => ({
  id: r.id,
  risk: r.risk,
  likelihood: r.likelihood,
  impact: r.impact,
  handling: r.handling,
  mitigation: r.mitigation,
  owner: r.owner,
  updatedAt: r.updated_at,
});

/** The most criteria a plan may have (the plan document allows 30). */
const MAX_CRITERIA = 30;

async function listCriteria(ctx: CoreContext, planId: string): Promise<CriterionDto[]> {
  const rows = await ctx.db
    .selectFrom('quickwin_criterion')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('sort_order')
    .execute();
  return rows.map(toCriterion);
}

/** Sets weights (criterion id → points); the plan's weights must then total exactly 100. */
export async function setWeights(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.setWeights'>,
): Promise<CriterionDto[]> {
  await requirePlanRow(ctx, input.planId);
  const current = await listCriteria(ctx, input.planId);
  for (const id of Object.keys(input.weights))
    if (!current.some((c) => c.id === id)) throw new AppError('quickwin.criterionNotFound');
  const total = current.reduce((sum, c) => sum + (input.weights[c.id] ?? c.weight), 0);
  if (total !== 100) throw new AppError('quickwin.weightsTotal', { total });
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const c of current) {
      const weight = input.weights[c.id];
      if (weight === undefined || weight === c.weight) continue;
      await trx
        .updateTable('quickwin_criterion')
        .set({ weight, updated_at: now })
        .where('id', '=', c.id)
        .execute();
    }
    await touchPlan(trx, input.planId, now);
  });
  return listCriteria(ctx, input.planId);
}

export async function updateCriterion(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.updateCriterion'>,
): Promise<CriterionDto> {
  const row = await ctx.db
    .selectFrom('quickwin_criterion')
    .selectAll()
    .where('id', '=', input.criterionId)
    .where('plan_id', '=', input.planId)
    .executeTakeFirst();
  if (!row) throw new AppError('quickwin.criterionNotFound');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('quickwin_criterion')
      .set({ ...input.patch, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return toCriterion({ ...row, ...input.patch, updated_at: now });
}

/** Adds a criterion of the plan's own at weight 0 (the total stays 100), after the others. */
export async function addCriterion(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.addCriterion'>,
): Promise<CriterionDto> {
  await requirePlanRow(ctx, input.planId);
  const current = await listCriteria(ctx, input.planId);
  if (current.length >= MAX_CRITERIA)
    throw new AppError('quickwin.tooManyCriteria', { max: MAX_CRITERIA });
  const codes = new Set(current.map((c) => c.code));
  let n = current.length + 1;
  while (codes.has(`custom_${n}`)) n++;
  const now = ctx.now();
  const row: QuickwinCriterionTable = {
    id: ctx.newId(),
    plan_id: input.planId,
    updated_at: now,
    code: `custom_${n}`,
    name: input.fields.name,
    description: input.fields.description ?? '',
    weight: 0,
    axis: input.fields.axis ?? 'ease',
    sort_order: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('quickwin_criterion')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .executeTakeFirstOrThrow();
    row.sort_order = Number(max.m) + 1;
    await trx.insertInto('quickwin_criterion').values(row).execute();
    await touchPlan(trx, input.planId, now);
  });
  return toCriterion(row);
}

/**
 * Removes a criterion and its scores; its weight goes to the remaining criteria in proportion,
 * so the total stays 100. The last criterion cannot be removed.
 */
export async function removeCriterion(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.removeCriterion'>,
): Promise<CriterionDto[]> {
  await requirePlanRow(ctx, input.planId);
  const current = await listCriteria(ctx, input.planId);
  const target = current.find((c) => c.id === input.criterionId);
  if (!target) throw new AppError('quickwin.criterionNotFound');
  const rest = current.filter((c) => c.id !== target.id);
  if (rest.length === 0) throw new AppError('quickwin.lastCriterion');
  const weights = redistribute(
    rest.map((c) => c.weight),
    target.weight,
  );
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('quickwin_score').where('criterion_id', '=', target.id).execute();
    await trx.deleteFrom('quickwin_criterion').where('id', '=', target.id).execute();
    for (const [i, c] of rest.entries())
      if (weights[i] !== c.weight)
        await trx
          .updateTable('quickwin_criterion')
          .set({ weight: weights[i]!, updated_at: now })
          .where('id', '=', c.id)
          .execute();
    await touchPlan(trx, input.planId, now);
  });
  return listCriteria(ctx, input.planId);
}

/**
 * Restores the reference criteria (names, descriptions, weights) in the plan's language-neutral
 * default (Indonesian); scores already given are kept.
 */
export async function resetCriteria(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.resetCriteria'>,
): Promise<CriterionDto[]> {
  await requirePlanRow(ctx, input.planId);
  const current = await listCriteria(ctx, input.planId);
  const defaults = ctx.reference.data.quickWinCriteria.criteria;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    let order = 0;
    for (const d of defaults) {
      const existing = current.find((c) => c.code === d.code);
      const values = {
        name: d.name.id,
        description: d.description.id,
        weight: d.weight,
        sort_order: order++,
        updated_at: now,
      };
      if (existing)
        await trx
          .updateTable('quickwin_criterion')
          .set(values)
          .where('id', '=', existing.id)
          .execute();
      else
        await trx
          .insertInto('quickwin_criterion')
          .values({
            id: ctx.newId(),
            plan_id: input.planId,
            code: d.code,
            axis: criterionAxis(d),
            ...values,
          })
          .execute();
    }
    for (const c of current)
      if (!defaults.some((d) => d.code === c.code))
        await trx
          .updateTable('quickwin_criterion')
          .set({ weight: 0, sort_order: order++, updated_at: now })
          .where('id', '=', c.id)
          .execute();
    await touchPlan(trx, input.planId, now);
  });
  return listCriteria(ctx, input.planId);
}

export async function setScore(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.setScore'>,
): Promise<{ ok: true }> {
  const [programme, criterion] = await Promise.all([
    ctx.db
      .selectFrom('programme')
      .select('id')
      .where('id', '=', input.programmeId)
      .where('plan_id', '=', input.planId)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('quickwin_criterion')
      .select('id')
      .where('id', '=', input.criterionId)
      .where('plan_id', '=', input.planId)
      .executeTakeFirst(),
  ]);
  if (!programme) throw new AppError('programme.notFound');
  if (!criterion) throw new AppError('quickwin.criterionNotFound');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (input.score === null)
      await trx
        .deleteFrom('quickwin_score')
        .where('programme_id', '=', input.programmeId)
        .where('criterion_id', '=', input.criterionId)
        .execute();
    else
      await trx
        .insertInto('quickwin_score')
        .values({
          id: ctx.newId(),
          plan_id: input.planId,
          updated_at: now,
          programme_id: input.programmeId,
          criterion_id: input.criterionId,
          score: input.score,
        })
        .onConflict((oc) =>
          oc
            .columns(['programme_id', 'criterion_id'])
            .doUpdateSet({ score: input.score!, updated_at: now }),
        )
        .execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

async function readQuickWin(ctx: CoreContext, id: string): Promise<QuickWinDto> {
  const q = await ctx.db
    .selectFrom('quickwin')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const risks = await ctx.db
    .selectFrom('quickwin_risk')
    .selectAll()
    .where('quickwin_id', '=', id)
    .orderBy('sort_order')
    .execute();
  return {
    id: q.id,
    programmeId: q.programme_id,
    rationale: q.rationale,
    profileType: q.profile_type,
    benefit: q.benefit,
    partners: q.partners,
    sustainability: q.sustainability,
    durationMonths: q.duration_months,
    updatedAt: q.updated_at,
    risks: risks.map(toRisk),
  };
}

function checkProfileType(code: string | undefined) {
  if (code !== undefined && code !== '' && !QUICKWIN_PROFILE_TYPES.includes(code as never))
    throw new AppError('quickwin.unknownProfileType', { code });
}

function checkHandling(ctx: CoreContext, code: string | undefined) {
  if (
    code !== undefined &&
    code !== '' &&
    !ctx.reference.data.vocabularies.riskHandling.some((h) => h.code === code)
  )
    throw new AppError('quickwin.unknownHandling', { code });
}

/** Chooses a programme as a quick win (again choosing it changes nothing). */
export async function selectQuickWin(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.select'>,
): Promise<QuickWinDto> {
  const programme = await ctx.db
    .selectFrom('programme')
    .select(['id', 'type'])
    .where('id', '=', input.programmeId)
    .where('plan_id', '=', input.planId)
    .executeTakeFirst();
  if (!programme) throw new AppError('programme.notFound');
  checkProfileType(input.fields?.profileType);
  const existing = await ctx.db
    .selectFrom('quickwin')
    .select('id')
    .where('programme_id', '=', input.programmeId)
    .executeTakeFirst();
  if (existing) {
    if (input.fields && Object.keys(input.fields).length)
      return updateQuickWin(ctx, {
        planId: input.planId,
        quickWinId: existing.id,
        patch: input.fields,
      });
    return readQuickWin(ctx, existing.id);
  }
  const f = input.fields ?? {};
  const now = ctx.now();
  const row: QuickwinTable = {
    id: ctx.newId(),
    plan_id: input.planId,
    updated_at: now,
    programme_id: input.programmeId,
    rationale: f.rationale ?? '',
    profile_type: f.profileType ?? 'program',
    benefit: f.benefit ?? '',
    partners: f.partners ?? '',
    sustainability: f.sustainability ?? '',
    duration_months: f.durationMonths ?? null,
    sort_order: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('quickwin')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .executeTakeFirstOrThrow();
    row.sort_order = Number(max.m) + 1;
    await trx.insertInto('quickwin').values(row).execute();
    await touchPlan(trx, input.planId, now);
  });
  return readQuickWin(ctx, row.id);
}

export async function unselectQuickWin(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.unselect'>,
): Promise<{ ok: true }> {
  await requirePlanRow(ctx, input.planId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('quickwin')
      .where('plan_id', '=', input.planId)
      .where('programme_id', '=', input.programmeId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

async function requireQuickWin(ctx: CoreContext, planId: string, id: string) {
  const row = await ctx.db
    .selectFrom('quickwin')
    .selectAll()
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('quickwin.notFound');
  return row;
}

export async function updateQuickWin(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.update'>,
): Promise<QuickWinDto> {
  await requireQuickWin(ctx, input.planId, input.quickWinId);
  checkProfileType(input.patch.profileType);
  const p = input.patch;
  const patch: Partial<QuickwinTable> = {};
  if (p.rationale !== undefined) patch.rationale = p.rationale;
  if (p.profileType !== undefined) patch.profile_type = p.profileType;
  if (p.benefit !== undefined) patch.benefit = p.benefit;
  if (p.partners !== undefined) patch.partners = p.partners;
  if (p.sustainability !== undefined) patch.sustainability = p.sustainability;
  if (p.durationMonths !== undefined) patch.duration_months = p.durationMonths;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('quickwin')
      .set({ ...patch, updated_at: now })
      .where('id', '=', input.quickWinId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return readQuickWin(ctx, input.quickWinId);
}

export async function addRisk(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.addRisk'>,
): Promise<RiskDto> {
  await requireQuickWin(ctx, input.planId, input.quickWinId);
  const f = input.fields ?? {};
  checkHandling(ctx, f.handling);
  const now = ctx.now();
  const row: QuickwinRiskTable = {
    id: ctx.newId(),
    plan_id: input.planId,
    updated_at: now,
    quickwin_id: input.quickWinId,
    risk: f.risk ?? '',
    likelihood: f.likelihood ?? 3,
    impact: f.impact ?? 3,
    handling: f.handling ?? 'mitigasi',
    mitigation: f.mitigation ?? '',
    owner: f.owner ?? '',
    sort_order: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('quickwin_risk')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('quickwin_id', '=', input.quickWinId)
      .executeTakeFirstOrThrow();
    row.sort_order = Number(max.m) + 1;
    await trx.insertInto('quickwin_risk').values(row).execute();
    await touchPlan(trx, input.planId, now);
  });
  return toRisk(row);
}

async function requireRisk(ctx: CoreContext, planId: string, id: string) {
  const row = await ctx.db
    .selectFrom('quickwin_risk')
    .selectAll()
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('quickwin.riskNotFound');
  return row;
}

export async function updateRisk(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.updateRisk'>,
): Promise<RiskDto> {
  const row = await requireRisk(ctx, input.planId, input.riskId);
  checkHandling(ctx, input.patch.handling);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('quickwin_risk')
      .set({ ...input.patch, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return toRisk(await requireRisk(ctx, input.planId, input.riskId));
}

export async function removeRisk(
  ctx: CoreContext,
  input: ParsedInput<'quickwin.removeRisk'>,
): Promise<{ ok: true }> {
  await requireRisk(ctx, input.planId, input.riskId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('quickwin_risk').where('id', '=', input.riskId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}
