/** Queries for plans and their region profile. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { PlanCounts } from '../../../shared/progress';
import type { Database, PlanTable, RegionTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type PlanWithRegion = PlanTable & { region: RegionTable };

export async function findPlans(db: Db): Promise<PlanWithRegion[]> {
  const [plans, regions] = await Promise.all([
    db.selectFrom('plan').selectAll().orderBy('updated_at', 'desc').execute(),
    db.selectFrom('region').selectAll().execute(),
  ]);
  const byPlan = new Map(regions.map((r) => [r.plan_id, r]));
  return plans.flatMap((p) => {
    const region = byPlan.get(p.id);
    return region ? [{ ...p, region }] : [];
  });
}

export async function findPlan(db: Db, planId: string): Promise<PlanWithRegion | undefined> {
  const plan = await db.selectFrom('plan').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) return undefined;
  const region = await db
    .selectFrom('region')
    .selectAll()
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return { ...plan, region };
}

export async function touchPlan(db: Db, planId: string, now: string): Promise<void> {
  await db.updateTable('plan').set({ updated_at: now }).where('id', '=', planId).execute();
}

export async function updatePlanRow(
  db: Db,
  planId: string,
  patch: Partial<PlanTable>,
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('plan').set(patch).where('id', '=', planId).execute();
}

export async function updateRegionRow(
  db: Db,
  planId: string,
  patch: Partial<RegionTable>,
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('region').set(patch).where('plan_id', '=', planId).execute();
}

export async function deletePlanRow(db: Db, planId: string): Promise<boolean> {
  const result = await db.deleteFrom('plan').where('id', '=', planId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Counts behind the step progress of every plan, in one pass per table. */
export async function countsByPlan(
  db: Db,
  subDimensionCodes: string[],
  pillarCount: number,
): Promise<Map<string, PlanCounts>> {
  const count = async (table: keyof Database, where?: (qb: any) => any) => {
    let q: any = db
      .selectFrom(table as 'opd')
      .select(['plan_id', sql<number>`count(*)`.as('n')])
      .groupBy('plan_id');
    if (where) q = where(q);
    const rows = (await q.execute()) as { plan_id: string; n: number }[];
    return new Map(rows.map((r) => [r.plan_id, Number(r.n)]));
  };
  const distinctCount = async (table: 'programme', column: string) => {
    const rows = await db
      .selectFrom(table)
      .select(['plan_id', sql<number>`count(distinct ${sql.ref(column)})`.as('n')])
      .groupBy('plan_id')
      .execute();
    return new Map(rows.map((r) => [r.plan_id, Number(r.n)]));
  };
  const [
    plans,
    regions,
    dewan,
    pelaksana,
    unnamed,
    rpjmd,
    misi,
    sasaran,
    programs,
    scored,
    analysed,
    pillars,
    quickWins,
    programmes,
    scheduled,
    budgeted,
    docs,
  ] = await Promise.all([
    db.selectFrom('plan').select('id').execute(),
    db.selectFrom('region').selectAll().execute(),
    count('team_member', (q) => q.where('body', '=', 'dewan')),
    count('team_member', (q) => q.where('body', '=', 'pelaksana')),
    count('team_member', (q) => q.where(sql`trim(name)`, '=', '')),
    db.selectFrom('rpjmd').select(['plan_id', 'visi']).execute(),
    count('rpjmd_item', (q) => q.where('kind', '=', 'misi')),
    count('rpjmd_item', (q) => q.where('kind', '=', 'sasaran')),
    count('rpjmd_item', (q) => q.where('kind', '=', 'program')),
    count('readiness_score', (q) =>
      q.where('score', 'is not', null).where('sub_dimension_code', 'in', subDimensionCodes),
    ),
    count('sub_dimension_analysis', (q) =>
      q.where(
        sql`trim(current_condition) <> '' and trim(expected_condition) <> '' and trim(gap) <> ''`,
        '=',
        sql`1`,
      ),
    ),
    distinctCount('programme', 'pillar_code'),
    count('quickwin'),
    count('programme'),
    count('programme', (q) =>
      q.where('start_year', 'is not', null).where('end_year', 'is not', null),
    ),
    db
      .selectFrom('roadmap_budget')
      .select(['plan_id', sql<number>`count(distinct programme_id)`.as('n')])
      .where('amount', '>', 0)
      .groupBy('plan_id')
      .execute()
      .then((rows) => new Map(rows.map((r) => [r.plan_id, Number(r.n)]))),
    db.selectFrom('document_setting').select(['plan_id', 'foreword', 'signatory_name']).execute(),
  ]);
  const regionByPlan = new Map(regions.map((r) => [r.plan_id, r]));
  const visiByPlan = new Map(rpjmd.map((r) => [r.plan_id, r.visi.trim() !== '']));
  const docByPlan = new Map(docs.map((d) => [d.plan_id, d]));
  const result = new Map<string, PlanCounts>();
  for (const { id } of plans) {
    const region = regionByPlan.get(id);
    const profileFields = region
      ? [
          region.capital.trim() !== '',
          region.population !== null,
          region.area_km2 !== null,
          region.apbd !== null,
          region.apbd_year !== null,
        ]
      : [];
    const doc = docByPlan.get(id);
    result.set(id, {
      profileFieldsFilled: profileFields.filter(Boolean).length,
      profileFieldsTotal: 5,
      dewanMembers: dewan.get(id) ?? 0,
      pelaksanaMembers: pelaksana.get(id) ?? 0,
      membersWithoutName: unnamed.get(id) ?? 0,
      rpjmdVisi: visiByPlan.get(id) ?? false,
      misi: misi.get(id) ?? 0,
      sasaran: sasaran.get(id) ?? 0,
      rpjmdPrograms: programs.get(id) ?? 0,
      readinessScored: scored.get(id) ?? 0,
      readinessTotal: subDimensionCodes.length * 3,
      subDimensionsAnalysed: analysed.get(id) ?? 0,
      subDimensionsTotal: subDimensionCodes.length,
      pillarsWithProgrammes: pillars.get(id) ?? 0,
      pillarsTotal: pillarCount,
      quickWins: quickWins.get(id) ?? 0,
      programmes: programmes.get(id) ?? 0,
      programmesScheduled: scheduled.get(id) ?? 0,
      programmesBudgeted: budgeted.get(id) ?? 0,
      forewordWritten: (doc?.foreword.trim() ?? '') !== '',
      signatoryNamed: (doc?.signatory_name.trim() ?? '') !== '',
    });
  }
  return result;
}
