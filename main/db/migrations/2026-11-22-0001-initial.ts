/**
 * Migration 0001: the whole domain schema. Frozen in time: never edit after release, add a new
 * migration instead. Uses Kysely<any> and imports nothing from the app.
 */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/** Columns every plan entity has: a stable UUID, its plan, and the last change time. */
function planEntity(table: CreateTableBuilder<string, never>) {
  return table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('base_year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft','review','final')`),
    )
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('budget_ceiling', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('region'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('kabupaten','kota')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('province_name', 'text', (c) => c.notNull())
    .addColumn('capital', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('population', 'integer')
    .addColumn('area_km2', 'real')
    .addColumn('apbd', 'integer')
    .addColumn('apbd_year', 'integer')
    .addUniqueConstraint('region_plan_unique', ['plan_id'])
    .execute();

  await planEntity(db.schema.createTable('opd'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('team_member'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`body in ('dewan','pelaksana')`))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opd_id', 'text', (c) => c.references('opd.id').onDelete('set null'))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('rpjmd'))
    .addColumn('period_start', 'integer', (c) => c.notNull())
    .addColumn('period_end', 'integer', (c) => c.notNull())
    .addColumn('visi', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('rpjmd_plan_unique', ['plan_id'])
    .execute();

  await planEntity(db.schema.createTable('rpjmd_item'))
    .addColumn('parent_id', 'text', (c) => c.references('rpjmd_item.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('misi','tujuan','sasaran','strategi','arah_kebijakan','program')`),
    )
    .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opd_id', 'text', (c) => c.references('opd.id').onDelete('set null'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('programme'))
    .addColumn('pillar_code', 'text', (c) => c.notNull())
    .addColumn('sub_dimension_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('nomenclature_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_opd_id', 'text', (c) => c.references('opd.id').onDelete('set null'))
    .addColumn('cost_estimate', 'integer')
    .addColumn('start_year', 'integer')
    .addColumn('end_year', 'integer')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('indicator'))
    .addColumn('rpjmd_item_id', 'text', (c) => c.references('rpjmd_item.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.references('programme.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('output','outcome','impact')`))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'real')
    .addColumn('baseline_year', 'integer')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addCheckConstraint(
      'indicator_one_owner',
      sql`(rpjmd_item_id is null) <> (programme_id is null)`,
    )
    .execute();

  await planEntity(db.schema.createTable('indicator_target'))
    .addColumn('indicator_id', 'text', (c) =>
      c.notNull().references('indicator.id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'real')
    .addUniqueConstraint('indicator_target_year_unique', ['indicator_id', 'year'])
    .execute();

  await planEntity(db.schema.createTable('sc_statement'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('visi','misi','tujuan')`))
    .addColumn('pillar_code', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('sc_statement_rpjmd_link'))
    .addColumn('statement_id', 'text', (c) =>
      c.notNull().references('sc_statement.id').onDelete('cascade'),
    )
    .addColumn('rpjmd_item_id', 'text', (c) =>
      c.notNull().references('rpjmd_item.id').onDelete('cascade'),
    )
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('sc_statement_link_unique', ['statement_id', 'rpjmd_item_id'])
    .execute();

  await planEntity(db.schema.createTable('sub_dimension_analysis'))
    .addColumn('sub_dimension_code', 'text', (c) => c.notNull())
    .addColumn('current_condition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('expected_condition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('gap', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('sub_dimension_analysis_unique', ['plan_id', 'sub_dimension_code'])
    .execute();

  await planEntity(db.schema.createTable('readiness_score'))
    .addColumn('sub_dimension_code', 'text', (c) => c.notNull())
    .addColumn('element', 'text', (c) =>
      c.notNull().check(sql`element in ('struktur','infrastruktur','suprastruktur')`),
    )
    .addColumn('score', 'integer', (c) => c.check(sql`score between 1 and 5`))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('readiness_score_unique', ['plan_id', 'sub_dimension_code', 'element'])
    .execute();

  await planEntity(db.schema.createTable('swot_item'))
    .addColumn('pillar_code', 'text', (c) => c.notNull())
    .addColumn('sub_dimension_code', 'text')
    .addColumn('quadrant', 'text', (c) =>
      c.notNull().check(sql`quadrant in ('kekuatan','kelemahan','peluang','ancaman')`),
    )
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('strategic_issue'))
    .addColumn('pillar_code', 'text', (c) => c.notNull())
    .addColumn('sub_dimension_code', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('priority', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(2)
        .check(sql`priority between 1 and 3`),
    )
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('programme_support_opd'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('opd_id', 'text', (c) => c.notNull().references('opd.id').onDelete('cascade'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('programme_support_opd_unique', ['programme_id', 'opd_id'])
    .execute();

  await planEntity(db.schema.createTable('programme_funding_source'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('programme_funding_source_unique', ['programme_id', 'source_code'])
    .execute();

  await planEntity(db.schema.createTable('programme_rpjmd_link'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('rpjmd_item_id', 'text', (c) =>
      c.notNull().references('rpjmd_item.id').onDelete('cascade'),
    )
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('programme_rpjmd_link_unique', ['programme_id', 'rpjmd_item_id'])
    .execute();

  await planEntity(db.schema.createTable('programme_dependency'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('depends_on_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('programme_dependency_unique', ['programme_id', 'depends_on_id'])
    .addCheckConstraint('programme_dependency_not_self', sql`programme_id <> depends_on_id`)
    .execute();

  await planEntity(db.schema.createTable('quickwin_criterion'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('weight', 'integer', (c) => c.notNull().check(sql`weight between 0 and 100`))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('quickwin_score'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('criterion_id', 'text', (c) =>
      c.notNull().references('quickwin_criterion.id').onDelete('cascade'),
    )
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 1 and 5`))
    .addUniqueConstraint('quickwin_score_unique', ['programme_id', 'criterion_id'])
    .execute();

  await planEntity(db.schema.createTable('quickwin'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('rationale', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('profile_type', 'text', (c) => c.notNull().defaultTo('program'))
    .addColumn('benefit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('partners', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sustainability', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('quickwin_programme_unique', ['programme_id'])
    .execute();

  await planEntity(db.schema.createTable('quickwin_risk'))
    .addColumn('quickwin_id', 'text', (c) =>
      c.notNull().references('quickwin.id').onDelete('cascade'),
    )
    .addColumn('risk', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('likelihood', 'integer', (c) => c.notNull().check(sql`likelihood between 1 and 5`))
    .addColumn('impact', 'integer', (c) => c.notNull().check(sql`impact between 1 and 5`))
    .addColumn('handling', 'text', (c) => c.notNull())
    .addColumn('mitigation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await planEntity(db.schema.createTable('roadmap_budget'))
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
    .addUniqueConstraint('roadmap_budget_unique', ['programme_id', 'year', 'source_code'])
    .execute();

  await planEntity(db.schema.createTable('document_setting'))
    .addColumn('foreword', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('date', 'text')
    .addColumn('signatory_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signatory_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signatory_nip', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('document_setting_plan_unique', ['plan_id'])
    .execute();

  await planEntity(db.schema.createTable('review_comment'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_instansi', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reply', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('replied_at', 'text')
    .addColumn('resolved_at', 'text')
    .execute();

  // Lookups by plan (and by parent) on every child table.
  const byPlan = [
    'opd',
    'team_member',
    'rpjmd_item',
    'programme',
    'indicator',
    'indicator_target',
    'sc_statement',
    'sc_statement_rpjmd_link',
    'swot_item',
    'strategic_issue',
    'programme_support_opd',
    'programme_funding_source',
    'programme_rpjmd_link',
    'programme_dependency',
    'quickwin_criterion',
    'quickwin_score',
    'quickwin',
    'quickwin_risk',
    'roadmap_budget',
    'review_comment',
  ];
  for (const table of byPlan) {
    await db.schema.createIndex(`${table}_plan_idx`).on(table).column('plan_id').execute();
  }
  await db.schema
    .createIndex('rpjmd_item_parent_idx')
    .on('rpjmd_item')
    .column('parent_id')
    .execute();
  await db.schema
    .createIndex('indicator_rpjmd_item_idx')
    .on('indicator')
    .column('rpjmd_item_id')
    .execute();
  await db.schema
    .createIndex('indicator_programme_idx')
    .on('indicator')
    .column('programme_id')
    .execute();
  await db.schema
    .createIndex('quickwin_risk_quickwin_idx')
    .on('quickwin_risk')
    .column('quickwin_id')
    .execute();
  await db.schema
    .createIndex('roadmap_budget_programme_idx')
    .on('roadmap_budget')
    .column('programme_id')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migration 0001 cannot be undone: restore the automatic backup instead.');
}
