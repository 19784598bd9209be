/** Plan lifecycle: list, create for a region, profile edits, rename, duplicate, delete. */
import type { MethodOutput, ParsedInput, PlanDetail, PlanSummary } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { PLAN_DOCUMENT_SCHEMA_VERSION, type PlanDocument } from '../../../shared/plan-document';
import { planProgress } from '../../../shared/progress';
import type { CoreContext } from '../context';
import { exportPlanDocument, insertPlanDocument } from './plan-document.repository';
import {
  countsByPlan,
  deletePlanRow,
  findPlan,
  findPlans,
  touchPlan,
  updatePlanRow,
  updateRegionRow,
  type PlanWithRegion,
} from './plans.repository';

/** A masterplan covers ten years. */
export const PLAN_YEARS = 10;

function subDimensionCodes(ctx: CoreContext): string[] {
  return ctx.reference.data.pillars.pillars.flatMap((p) => p.subDimensions.map((s) => s.code));
}

async function progressMap(ctx: CoreContext) {
  return countsByPlan(ctx.db, subDimensionCodes(ctx), ctx.reference.data.pillars.pillars.length);
}

function toDetail(row: PlanWithRegion): PlanDetail {
  const r = row.region;
  return {
    id: row.id,
    title: row.title,
    startYear: row.start_year,
    endYear: row.start_year + PLAN_YEARS - 1,
    baseYear: row.base_year,
    status: row.status,
    isExample: row.is_example === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    region: {
      code: r.code,
      type: r.type,
      name: r.name,
      provinceCode: r.province_code,
      provinceName: r.province_name,
      capital: r.capital,
      population: r.population,
      areaKm2: r.area_km2,
      apbd: r.apbd,
      apbdYear: r.apbd_year,
    },
  };
}

function toSummary(row: PlanWithRegion, progress: PlanSummary['progress']): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    regionCode: row.region.code,
    regionName: row.region.name,
    provinceName: row.region.province_name,
    startYear: row.start_year,
    endYear: row.start_year + PLAN_YEARS - 1,
    status: row.status,
    isExample: row.is_example === 1,
    updatedAt: row.updated_at,
    progress,
  };
}

export async function listPlans(ctx: CoreContext): Promise<PlanSummary[]> {
  const [rows, counts] = await Promise.all([findPlans(ctx.db), progressMap(ctx)]);
  return rows.map((row) => toSummary(row, planProgress(counts.get(row.id)!)));
}

async function requirePlan(ctx: CoreContext, planId: string): Promise<PlanWithRegion> {
  const row = await findPlan(ctx.db, planId);
  if (!row) throw new AppError('plan.notFound');
  return row;
}

export async function planSummary(ctx: CoreContext, planId: string): Promise<PlanSummary> {
  const [row, counts] = await Promise.all([requirePlan(ctx, planId), progressMap(ctx)]);
  return toSummary(row, planProgress(counts.get(planId)!));
}

export async function getPlan(ctx: CoreContext, planId: string): Promise<PlanDetail> {
  return toDetail(await requirePlan(ctx, planId));
}

export async function getProgress(
  ctx: CoreContext,
  planId: string,
): Promise<MethodOutput<'plans.progress'>> {
  return (await planSummary(ctx, planId)).progress;
}

/** The title a new plan gets; documents are in Indonesian whatever the UI language. */
export function defaultPlanTitle(regionName: string, startYear: number): string {
  return `Masterplan Smart City ${regionName} ${startYear}–${startYear + PLAN_YEARS - 1}`;
}

export async function createPlan(
  ctx: CoreContext,
  input: ParsedInput<'plans.create'>,
): Promise<PlanSummary> {
  const region = ctx.reference.regionByCode.get(input.regionCode);
  if (!region) throw new AppError('region.notFound', { code: input.regionCode });
  const now = ctx.now();
  const doc: PlanDocument = {
    schemaVersion: PLAN_DOCUMENT_SCHEMA_VERSION,
    plan: {
      id: ctx.newId(),
      title: input.title ?? defaultPlanTitle(region.name, input.startYear),
      startYear: input.startYear,
      baseYear: input.startYear - 1,
      status: 'draft',
      isExample: false,
      budgetCeiling: null,
      createdAt: now,
      updatedAt: now,
    },
    region: {
      code: region.code,
      type: region.type,
      name: region.name,
      provinceCode: region.provinceCode,
      provinceName: region.provinceName,
      capital: '',
      population: region.population,
      areaKm2: region.areaKm2,
      apbd: null,
      apbdYear: null,
    },
    opds: [],
    team: [],
    rpjmd: null,
    rpjmdItems: [],
    indicators: [],
    statements: [],
    subDimensions: [],
    swot: [],
    strategicIssues: [],
    programmes: [],
    // Each plan owns its criteria, starting from the reference defaults.
    criteria: ctx.reference.data.quickWinCriteria.criteria.map((c) => ({
      id: ctx.newId(),
      code: c.code,
      name: c.name.id,
      description: c.description.id,
      weight: c.weight,
      updatedAt: now,
    })),
    scores: [],
    quickWins: [],
    budgets: [],
    documentSettings: null,
    comments: [],
  };
  const planId = await ctx.db.transaction().execute((trx) => insertPlanDocument(trx, doc));
  return planSummary(ctx, planId);
}

/** Inserts a plan document under fresh ids, as a new plan. */
export async function insertPlanCopy(ctx: CoreContext, doc: PlanDocument): Promise<string> {
  return ctx.db.transaction().execute((trx) => insertPlanDocument(trx, doc, { newId: ctx.newId }));
}

export async function renamePlan(
  ctx: CoreContext,
  input: ParsedInput<'plans.rename'>,
): Promise<PlanSummary> {
  await requirePlan(ctx, input.planId);
  await updatePlanRow(ctx.db, input.planId, { title: input.title, updated_at: ctx.now() });
  return planSummary(ctx, input.planId);
}

export async function duplicatePlan(
  ctx: CoreContext,
  input: ParsedInput<'plans.duplicate'>,
): Promise<PlanSummary> {
  const source = await exportPlanDocument(ctx.db, input.planId);
  const now = ctx.now();
  const copy: PlanDocument = {
    ...source,
    plan: {
      ...source.plan,
      title: input.title ?? `${source.plan.title} (salinan)`,
      createdAt: now,
      updatedAt: now,
    },
  };
  return planSummary(ctx, await insertPlanCopy(ctx, copy));
}

export async function deletePlan(ctx: CoreContext, planId: string): Promise<{ ok: true }> {
  if (!(await deletePlanRow(ctx.db, planId))) throw new AppError('plan.notFound');
  return { ok: true };
}

export async function updateProfile(
  ctx: CoreContext,
  input: ParsedInput<'plans.updateProfile'>,
): Promise<PlanDetail> {
  const current = await requirePlan(ctx, input.planId);
  const { patch } = input;
  const startYear = patch.startYear ?? current.start_year;
  const baseYear = patch.baseYear ?? current.base_year;
  if (baseYear > startYear || startYear - baseYear > 5) {
    throw new AppError('plan.invalidYears', { startYear, baseYear });
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updatePlanRow(trx, input.planId, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.startYear !== undefined ? { start_year: patch.startYear } : {}),
      ...(patch.baseYear !== undefined ? { base_year: patch.baseYear } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
    });
    const regionPatch = {
      ...(patch.capital !== undefined ? { capital: patch.capital } : {}),
      ...(patch.population !== undefined ? { population: patch.population } : {}),
      ...(patch.areaKm2 !== undefined ? { area_km2: patch.areaKm2 } : {}),
      ...(patch.apbd !== undefined ? { apbd: patch.apbd } : {}),
      ...(patch.apbdYear !== undefined ? { apbd_year: patch.apbdYear } : {}),
    };
    if (Object.keys(regionPatch).length > 0)
      await updateRegionRow(trx, input.planId, { ...regionPatch, updated_at: now });
    await touchPlan(trx, input.planId, now);
  });
  return getPlan(ctx, input.planId);
}

export async function planDocument(ctx: CoreContext, planId: string): Promise<PlanDocument> {
  return exportPlanDocument(ctx.db, planId);
}
