/** Queries for the RPJMD: header, items in outline order, indicators with their yearly targets. */
import type { Kysely, Transaction } from 'kysely';
import type { IndicatorDto, RpjmdData, RpjmdItemDto } from '../../../shared/contract/rpjmd';
import type {
  Database,
  IndicatorTable,
  IndicatorTargetTable,
  RpjmdItemTable,
  RpjmdTable,
} from '../../db/schema';

export type Db = Kysely<Database> | Transaction<Database>;

export const toItem = (row: RpjmdItemTable): RpjmdItemDto => ({
  id: row.id,
  parentId: row.parent_id,
  kind: row.kind,
  code: row.code,
  text: row.text,
  opdId: row.opd_id,
  updatedAt: row.updated_at,
});

export const toHeader = (row: RpjmdTable) => ({
  id: row.id,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  visi: row.visi,
  legalBasis: row.legal_basis,
  updatedAt: row.updated_at,
});

export function toIndicator(row: IndicatorTable, targets: IndicatorTargetTable[]): IndicatorDto {
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
    targets: targets
      .filter((t) => t.indicator_id === row.id)
      .sort((a, b) => a.year - b.year)
      .map((t) => ({ id: t.id, year: t.year, value: t.value, updatedAt: t.updated_at })),
  };
}

export async function findItem(db: Db, planId: string, itemId: string) {
  return db
    .selectFrom('rpjmd_item')
    .selectAll()
    .where('id', '=', itemId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
}

export async function findIndicator(db: Db, planId: string, indicatorId: string) {
  const row = await db
    .selectFrom('indicator')
    .selectAll()
    .where('id', '=', indicatorId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) return undefined;
  const targets = await db
    .selectFrom('indicator_target')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .execute();
  return { row, targets };
}

/** Siblings under a parent (null = root) in the user's order. */
export async function siblings(db: Db, planId: string, parentId: string | null) {
  let q = db.selectFrom('rpjmd_item').selectAll().where('plan_id', '=', planId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  return q.orderBy('sort_order').execute();
}

/** The RPJMD of a plan; items sorted by parent then sort order (array order = outline order per parent). */
export async function readRpjmd(db: Db, planId: string): Promise<RpjmdData> {
  const [header, items, indicators, targets] = await Promise.all([
    db.selectFrom('rpjmd').selectAll().where('plan_id', '=', planId).executeTakeFirst(),
    db
      .selectFrom('rpjmd_item')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('indicator')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('rpjmd_item_id', 'is not', null)
      .orderBy('sort_order')
      .execute(),
    db.selectFrom('indicator_target').selectAll().where('plan_id', '=', planId).execute(),
  ]);
  const byIndicator = new Map<string, IndicatorTargetTable[]>();
  for (const t of targets) {
    const list = byIndicator.get(t.indicator_id);
    if (list) list.push(t);
    else byIndicator.set(t.indicator_id, [t]);
  }
  return {
    rpjmd: header ? toHeader(header) : null,
    items: items.map(toItem),
    indicators: indicators.map((i) => toIndicator(i, byIndicator.get(i.id) ?? [])),
  };
}
