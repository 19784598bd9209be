/**
 * The programme catalogue of a plan: programmes per pillar and sub-dimension with their OPDs,
 * RPJMD links, funding sources, dependencies and output/outcome indicators with yearly targets.
 */
import { sql, type Transaction } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type {
  ProgrammeDto,
  ProgrammeFields,
  ProgrammeIndicatorDto,
} from '../../../shared/contract/programmes';
import { AppError } from '../../../shared/errors';
import { PLAN_YEARS } from '../../../shared/analysis/roadmap';
import type { Database, IndicatorTable, ProgrammeTable } from '../../db/schema';
import type { CoreContext } from '../context';
import { writeIndicatorTarget } from '../indicators/indicator-target.repository';
import { findPlan, touchPlan } from '../plans/plans.repository';

type Trx = Transaction<Database>;
type Db = CoreContext['db'] | Trx;

export async function requirePlanRow(ctx: CoreContext, planId: string) {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw new AppError('plan.notFound');
  return plan;
}

async function requireProgrammeRow(db: Db, planId: string, programmeId: string) {
  const row = await db
    .selectFrom('programme')
    .selectAll()
    .where('id', '=', programmeId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('programme.notFound');
  return row;
}

/** One programme with its lists, as in the plan document. */
export async function readProgramme(db: Db, programmeId: string): Promise<ProgrammeDto> {
  const row = await db
    .selectFrom('programme')
    .selectAll()
    .where('id', '=', programmeId)
    .executeTakeFirstOrThrow();
  const [support, funding, links, deps] = await Promise.all([
    db
      .selectFrom('programme_support_opd')
      .select('opd_id')
      .where('programme_id', '=', programmeId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_funding_source')
      .select('source_code')
      .where('programme_id', '=', programmeId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_rpjmd_link')
      .select('rpjmd_item_id')
      .where('programme_id', '=', programmeId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_dependency')
      .select('depends_on_id')
      .where('programme_id', '=', programmeId)
      .orderBy('sort_order')
      .execute(),
  ]);
  return {
    id: row.id,
    pillarCode: row.pillar_code,
    subDimensionCode: row.sub_dimension_code,
    name: row.name,
    description: row.description,
    type: row.type,
    nomenclatureCode: row.nomenclature_code,
    leadOpdId: row.lead_opd_id,
    supportOpdIds: support.map((r) => r.opd_id),
    fundingSources: funding.map((r) => r.source_code),
    rpjmdItemIds: links.map((r) => r.rpjmd_item_id),
    dependsOn: deps.map((r) => r.depends_on_id),
    costEstimate: row.cost_estimate,
    startYear: row.start_year,
    endYear: row.end_year,
    updatedAt: row.updated_at,
  };
}

/** Checks every code and reference of a programme's fields against the reference data and plan. */
async function validateFields(
  ctx: CoreContext,
  planId: string,
  planStart: number,
  fields: ProgrammeFields,
  current: { pillarCode: string; subDimensionCode: string; id?: string },
) {
  const ref = ctx.reference.data;
  const pillarCode = fields.pillarCode ?? current.pillarCode;
  const subCode = fields.subDimensionCode ?? current.subDimensionCode;
  if (fields.pillarCode !== undefined || fields.subDimensionCode !== undefined) {
    const pillar = ref.pillars.pillars.find((p) => p.code === pillarCode);
    if (!pillar || !pillar.subDimensions.some((s) => s.code === subCode))
      throw new AppError('programme.unknownSubDimension', { pillar: pillarCode, code: subCode });
  }
  if (fields.type !== undefined && fields.type !== '') {
    if (!ref.vocabularies.programmeTypes.some((t) => t.code === fields.type))
      throw new AppError('programme.unknownType', { code: fields.type });
  }
  for (const source of fields.fundingSources ?? [])
    if (!ref.fundingSources.sources.some((s) => s.code === source))
      throw new AppError('programme.unknownSource', { code: source });
  const opdIds = [...(fields.leadOpdId ? [fields.leadOpdId] : []), ...(fields.supportOpdIds ?? [])];
  if (opdIds.length) {
    const found = await ctx.db
      .selectFrom('opd')
      .select('id')
      .where('plan_id', '=', planId)
      .where('id', 'in', opdIds)
      .execute();
    if (new Set(found.map((r) => r.id)).size !== new Set(opdIds).size)
      throw new AppError('opd.notFound');
  }
  if (fields.rpjmdItemIds?.length) {
    const found = await ctx.db
      .selectFrom('rpjmd_item')
      .select('id')
      .where('plan_id', '=', planId)
      .where('id', 'in', fields.rpjmdItemIds)
      .execute();
    if (found.length !== new Set(fields.rpjmdItemIds).size)
      throw new AppError('programme.unknownRpjmdItem');
  }
  if (fields.dependsOn?.length) {
    if (current.id && fields.dependsOn.includes(current.id))
      throw new AppError('programme.dependencyCycle');
    const found = await ctx.db
      .selectFrom('programme')
      .select('id')
      .where('plan_id', '=', planId)
      .where('id', 'in', fields.dependsOn)
      .execute();
    if (found.length !== new Set(fields.dependsOn).size) throw new AppError('programme.notFound');
    if (current.id) await assertNoCycle(ctx, planId, current.id, fields.dependsOn);
  }
  if (fields.startYear !== undefined || fields.endYear !== undefined)
    checkYears(planStart, fields.startYear ?? null, fields.endYear ?? null);
}

export function checkYears(planStart: number, start: number | null, end: number | null) {
  const last = planStart + PLAN_YEARS - 1;
  for (const y of [start, end])
    if (y !== null && (y < planStart || y > last))
      throw new AppError('programme.yearOutsidePlan', { year: y, first: planStart, last });
  if (start !== null && end !== null && end < start)
    throw new AppError('programme.yearsOrder', { start, end });
}

/** Refuses a dependency list that would make the programme depend on itself through others. */
async function assertNoCycle(ctx: CoreContext, planId: string, id: string, dependsOn: string[]) {
  const edges = await ctx.db
    .selectFrom('programme_dependency')
    .select(['programme_id', 'depends_on_id'])
    .where('plan_id', '=', planId)
    .execute();
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    if (e.programme_id === id) continue;
    graph.set(e.programme_id, [...(graph.get(e.programme_id) ?? []), e.depends_on_id]);
  }
  graph.set(id, dependsOn);
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length) {
    const next = stack.pop()!;
    if (next === id) throw new AppError('programme.dependencyCycle');
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
}

async function replaceList(
  trx: Trx,
  table:
    | 'programme_support_opd'
    | 'programme_funding_source'
    | 'programme_rpjmd_link'
    | 'programme_dependency',
  column: 'opd_id' | 'source_code' | 'rpjmd_item_id' | 'depends_on_id',
  ctx: CoreContext,
  planId: string,
  programmeId: string,
  values: string[],
  now: string,
) {
  await trx.deleteFrom(table).where('programme_id', '=', programmeId).execute();
  const unique = [...new Set(values)];
  if (!unique.length) return;
  await trx
    .insertInto(table)
    .values(
      unique.map((value, i) => ({
        id: ctx.newId(),
        plan_id: planId,
        updated_at: now,
        programme_id: programmeId,
        [column]: value,
        sort_order: i,
      })) as never,
    )
    .execute();
}

async function writeLists(
  trx: Trx,
  ctx: CoreContext,
  planId: string,
  programmeId: string,
  fields: ProgrammeFields,
  now: string,
) {
  if (fields.supportOpdIds)
    await replaceList(
      trx,
      'programme_support_opd',
      'opd_id',
      ctx,
      planId,
      programmeId,
      fields.supportOpdIds,
      now,
    );
  if (fields.fundingSources)
    await replaceList(
      trx,
      'programme_funding_source',
      'source_code',
      ctx,
      planId,
      programmeId,
      fields.fundingSources,
      now,
    );
  if (fields.rpjmdItemIds)
    await replaceList(
      trx,
      'programme_rpjmd_link',
      'rpjmd_item_id',
      ctx,
      planId,
      programmeId,
      fields.rpjmdItemIds,
      now,
    );
  if (fields.dependsOn)
    await replaceList(
      trx,
      'programme_dependency',
      'depends_on_id',
      ctx,
      planId,
      programmeId,
      fields.dependsOn,
      now,
    );
}

function rowPatch(fields: ProgrammeFields): Partial<ProgrammeTable> {
  const patch: Partial<ProgrammeTable> = {};
  if (fields.pillarCode !== undefined) patch.pillar_code = fields.pillarCode;
  if (fields.subDimensionCode !== undefined) patch.sub_dimension_code = fields.subDimensionCode;
  if (fields.name !== undefined) patch.name = fields.name;
  if (fields.description !== undefined) patch.description = fields.description;
  if (fields.type !== undefined) patch.type = fields.type;
  if (fields.nomenclatureCode !== undefined) patch.nomenclature_code = fields.nomenclatureCode;
  if (fields.leadOpdId !== undefined) patch.lead_opd_id = fields.leadOpdId;
  if (fields.costEstimate !== undefined) patch.cost_estimate = fields.costEstimate;
  if (fields.startYear !== undefined) patch.start_year = fields.startYear;
  if (fields.endYear !== undefined) patch.end_year = fields.endYear;
  return patch;
}

export async function addProgramme(
  ctx: CoreContext,
  input: ParsedInput<'programmes.add'>,
): Promise<ProgrammeDto> {
  const plan = await requirePlanRow(ctx, input.planId);
  const fields = input.fields;
  await validateFields(ctx, input.planId, plan.start_year, fields, {
    pillarCode: fields.pillarCode,
    subDimensionCode: fields.subDimensionCode,
  });
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('programme')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('programme')
      .values({
        id,
        plan_id: input.planId,
        updated_at: now,
        pillar_code: fields.pillarCode,
        sub_dimension_code: fields.subDimensionCode,
        name: fields.name,
        description: fields.description ?? '',
        type: fields.type ?? '',
        nomenclature_code: fields.nomenclatureCode ?? '',
        lead_opd_id: fields.leadOpdId ?? null,
        cost_estimate: fields.costEstimate ?? null,
        start_year: fields.startYear ?? null,
        end_year: fields.endYear ?? fields.startYear ?? null,
        sort_order: Number(max.m) + 1,
      })
      .execute();
    await writeLists(trx, ctx, input.planId, id, fields, now);
    await touchPlan(trx, input.planId, now);
  });
  return readProgramme(ctx.db, id);
}

export async function updateProgramme(
  ctx: CoreContext,
  input: ParsedInput<'programmes.update'>,
): Promise<ProgrammeDto> {
  const plan = await requirePlanRow(ctx, input.planId);
  const row = await requireProgrammeRow(ctx.db, input.planId, input.programmeId);
  const patch = { ...input.patch };
  if (patch.startYear !== undefined || patch.endYear !== undefined) {
    const start = patch.startYear !== undefined ? patch.startYear : row.start_year;
    let end = patch.endYear !== undefined ? patch.endYear : row.end_year;
    if (start === null) end = null;
    else if (end === null) end = start;
    patch.startYear = start;
    patch.endYear = end;
  }
  await validateFields(ctx, input.planId, plan.start_year, patch, {
    pillarCode: row.pillar_code,
    subDimensionCode: row.sub_dimension_code,
    id: row.id,
  });
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('programme')
      .set({ ...rowPatch(patch), updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await writeLists(trx, ctx, input.planId, row.id, patch, now);
    await touchPlan(trx, input.planId, now);
  });
  return readProgramme(ctx.db, row.id);
}

export async function setYears(
  ctx: CoreContext,
  input: ParsedInput<'roadmap.setYears'>,
): Promise<ProgrammeDto> {
  return updateProgramme(ctx, {
    planId: input.planId,
    programmeId: input.programmeId,
    patch: { startYear: input.startYear, endYear: input.endYear },
  });
}

export async function removeProgramme(
  ctx: CoreContext,
  input: ParsedInput<'programmes.remove'>,
): Promise<{ ok: true }> {
  await requireProgrammeRow(ctx.db, input.planId, input.programmeId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // Indicators, targets, scores, quick win, risks, budgets and links go with it (cascade).
    await trx.deleteFrom('programme').where('id', '=', input.programmeId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

// --- indicators -------------------------------------------------------------------------------

async function requireIndicator(ctx: CoreContext, planId: string, indicatorId: string) {
  const row = await ctx.db
    .selectFrom('indicator')
    .selectAll()
    .where('id', '=', indicatorId)
    .where('plan_id', '=', planId)
    .where('programme_id', 'is not', null)
    .executeTakeFirst();
  if (!row) throw new AppError('programme.indicatorNotFound');
  return row;
}

async function readIndicator(db: Db, indicatorId: string): Promise<ProgrammeIndicatorDto> {
  const row = await db
    .selectFrom('indicator')
    .selectAll()
    .where('id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  const targets = await db
    .selectFrom('indicator_target')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .orderBy('year')
    .execute();
  return {
    id: row.id,
    rpjmdItemId: row.rpjmd_item_id,
    programmeId: row.programme_id,
    kind: row.kind,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    baselineYear: row.baseline_year,
    updatedAt: row.updated_at,
    targets: targets.map((t) => ({
      id: t.id,
      year: t.year,
      value: t.value,
      updatedAt: t.updated_at,
    })),
  };
}

export async function addIndicator(
  ctx: CoreContext,
  input: ParsedInput<'programmes.addIndicator'>,
): Promise<ProgrammeIndicatorDto> {
  await requireProgrammeRow(ctx.db, input.planId, input.programmeId);
  const f = input.fields ?? {};
  const now = ctx.now();
  const row: IndicatorTable = {
    id: ctx.newId(),
    plan_id: input.planId,
    updated_at: now,
    rpjmd_item_id: null,
    programme_id: input.programmeId,
    kind: f.kind ?? 'output',
    name: f.name ?? '',
    unit: f.unit ?? '',
    baseline: f.baseline ?? null,
    baseline_year: f.baselineYear ?? null,
    sort_order: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('indicator')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .executeTakeFirstOrThrow();
    row.sort_order = Number(max.m) + 1;
    await trx.insertInto('indicator').values(row).execute();
    await touchPlan(trx, input.planId, now);
  });
  return readIndicator(ctx.db, row.id);
}

export async function updateIndicator(
  ctx: CoreContext,
  input: ParsedInput<'programmes.updateIndicator'>,
): Promise<ProgrammeIndicatorDto> {
  await requireIndicator(ctx, input.planId, input.indicatorId);
  const p = input.patch;
  const patch: Partial<IndicatorTable> = {};
  if (p.kind !== undefined) patch.kind = p.kind;
  if (p.name !== undefined) patch.name = p.name;
  if (p.unit !== undefined) patch.unit = p.unit;
  if (p.baseline !== undefined) patch.baseline = p.baseline;
  if (p.baselineYear !== undefined) patch.baseline_year = p.baselineYear;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('indicator')
      .set({ ...patch, updated_at: now })
      .where('id', '=', input.indicatorId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return readIndicator(ctx.db, input.indicatorId);
}

export async function removeIndicator(
  ctx: CoreContext,
  input: ParsedInput<'programmes.removeIndicator'>,
): Promise<{ ok: true }> {
  await requireIndicator(ctx, input.planId, input.indicatorId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator').where('id', '=', input.indicatorId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

export async function setTarget(
  ctx: CoreContext,
  input: ParsedInput<'programmes.setTarget'>,
): Promise<{ ok: true }> {
  const plan = await requirePlanRow(ctx, input.planId);
  await requireIndicator(ctx, input.planId, input.indicatorId);
  checkYears(plan.start_year, input.year, null);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await writeIndicatorTarget(trx, { ...input, id: ctx.newId() }, now);
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}
