/**
 * Reads a whole plan as a PlanDocument and writes one back. Used to seed the demo plan and to
 * duplicate plans (with fresh ids), and later by plan packages.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { criterionAxis } from '../../../shared/analysis/scoring';
import { AppError } from '../../../shared/errors';
import { PLAN_DOCUMENT_SCHEMA_VERSION, type PlanDocument } from '../../../shared/plan-document';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

const ELEMENT_ORDER = { struktur: 0, infrastruktur: 1, suprastruktur: 2 } as const;

export async function exportPlanDocument(db: Db, planId: string): Promise<PlanDocument> {
  const plan = await db.selectFrom('plan').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw new AppError('plan.notFound');
  const region = await db
    .selectFrom('region')
    .selectAll()
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  const byPlan = <T extends keyof Database>(table: T) =>
    db
      .selectFrom(table as 'opd')
      .selectAll()
      .where('plan_id', '=', planId);

  const [
    opds,
    team,
    rpjmd,
    items,
    indicators,
    targets,
    statements,
    statementLinks,
    analyses,
    readiness,
    swot,
    issues,
  ] = await Promise.all([
    byPlan('opd').orderBy('sort_order').execute(),
    db
      .selectFrom('team_member')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
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
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('indicator_target')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('year')
      .execute(),
    db
      .selectFrom('sc_statement')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('sc_statement_rpjmd_link')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('sub_dimension_analysis')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sub_dimension_code')
      .execute(),
    db.selectFrom('readiness_score').selectAll().where('plan_id', '=', planId).execute(),
    db
      .selectFrom('swot_item')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('strategic_issue')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
  ]);
  const [
    programmes,
    supports,
    fundings,
    links,
    deps,
    criteria,
    scores,
    quickWins,
    risks,
    budgets,
    docSetting,
    comments,
  ] = await Promise.all([
    db
      .selectFrom('programme')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_support_opd')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_funding_source')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_rpjmd_link')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('programme_dependency')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('quickwin_criterion')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db.selectFrom('quickwin_score').selectAll().where('plan_id', '=', planId).execute(),
    db
      .selectFrom('quickwin')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('quickwin_risk')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db.selectFrom('roadmap_budget').selectAll().where('plan_id', '=', planId).execute(),
    db.selectFrom('document_setting').selectAll().where('plan_id', '=', planId).executeTakeFirst(),
    db
      .selectFrom('review_comment')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);

  const group = <T, K>(rows: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return (k: K) => map.get(k) ?? [];
  };
  // Rows keyed by programme follow the programmes' order (then year, source or criterion).
  const programmeIndex = new Map(programmes.map((p, i) => [p.id, i]));
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  scores.sort(
    (a, b) =>
      programmeIndex.get(a.programme_id)! - programmeIndex.get(b.programme_id)! ||
      criterionIndex.get(a.criterion_id)! - criterionIndex.get(b.criterion_id)!,
  );
  budgets.sort(
    (a, b) =>
      programmeIndex.get(a.programme_id)! - programmeIndex.get(b.programme_id)! ||
      a.year - b.year ||
      a.source_code.localeCompare(b.source_code),
  );
  const targetsOf = group(targets, (t) => t.indicator_id);
  const linksOfStatement = group(statementLinks, (l) => l.statement_id);
  const readinessOf = group(readiness, (r) => r.sub_dimension_code);
  const supportsOf = group(supports, (s) => s.programme_id);
  const fundingsOf = group(fundings, (f) => f.programme_id);
  const linksOf = group(links, (l) => l.programme_id);
  const depsOf = group(deps, (d) => d.programme_id);
  const risksOf = group(risks, (r) => r.quickwin_id);

  return {
    schemaVersion: PLAN_DOCUMENT_SCHEMA_VERSION,
    plan: {
      id: plan.id,
      title: plan.title,
      startYear: plan.start_year,
      baseYear: plan.base_year,
      status: plan.status,
      isExample: plan.is_example === 1,
      budgetCeiling: plan.budget_ceiling,
      createdAt: plan.created_at,
      updatedAt: plan.updated_at,
    },
    region: {
      code: region.code,
      type: region.type,
      name: region.name,
      provinceCode: region.province_code,
      provinceName: region.province_name,
      capital: region.capital,
      population: region.population,
      areaKm2: region.area_km2,
      apbd: region.apbd,
      apbdYear: region.apbd_year,
    },
    opds: opds.map((o) => ({
      id: o.id,
      name: o.name,
      abbreviation: o.abbreviation,
      updatedAt: o.updated_at,
    })),
    team: team.map((m) => ({
      id: m.id,
      body: m.body,
      name: m.name,
      position: m.position,
      opdId: m.opd_id,
      role: m.role,
      updatedAt: m.updated_at,
    })),
    rpjmd: rpjmd
      ? {
          id: rpjmd.id,
          periodStart: rpjmd.period_start,
          periodEnd: rpjmd.period_end,
          visi: rpjmd.visi,
          legalBasis: rpjmd.legal_basis,
          updatedAt: rpjmd.updated_at,
        }
      : null,
    rpjmdItems: items.map((i) => ({
      id: i.id,
      parentId: i.parent_id,
      kind: i.kind,
      code: i.code,
      text: i.text,
      opdId: i.opd_id,
      updatedAt: i.updated_at,
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      rpjmdItemId: i.rpjmd_item_id,
      programmeId: i.programme_id,
      kind: i.kind,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      baselineYear: i.baseline_year,
      updatedAt: i.updated_at,
      targets: targetsOf(i.id).map((t) => ({
        id: t.id,
        year: t.year,
        value: t.value,
        updatedAt: t.updated_at,
      })),
    })),
    statements: statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      pillarCode: s.pillar_code,
      text: s.text,
      rpjmdItemIds: linksOfStatement(s.id).map((l) => l.rpjmd_item_id),
      updatedAt: s.updated_at,
    })),
    subDimensions: analyses.map((a) => ({
      id: a.id,
      subDimensionCode: a.sub_dimension_code,
      currentCondition: a.current_condition,
      expectedCondition: a.expected_condition,
      gap: a.gap,
      updatedAt: a.updated_at,
      readiness: readinessOf(a.sub_dimension_code)
        .sort((x, y) => ELEMENT_ORDER[x.element] - ELEMENT_ORDER[y.element])
        .map((r) => ({
          id: r.id,
          element: r.element,
          score: r.score,
          evidence: r.evidence,
          updatedAt: r.updated_at,
        })),
    })),
    swot: swot.map((s) => ({
      id: s.id,
      pillarCode: s.pillar_code,
      subDimensionCode: s.sub_dimension_code,
      quadrant: s.quadrant,
      text: s.text,
      updatedAt: s.updated_at,
    })),
    strategicIssues: issues.map((s) => ({
      id: s.id,
      pillarCode: s.pillar_code,
      subDimensionCode: s.sub_dimension_code,
      text: s.text,
      priority: s.priority,
      updatedAt: s.updated_at,
    })),
    programmes: programmes.map((p) => ({
      id: p.id,
      pillarCode: p.pillar_code,
      subDimensionCode: p.sub_dimension_code,
      name: p.name,
      description: p.description,
      type: p.type,
      nomenclatureCode: p.nomenclature_code,
      leadOpdId: p.lead_opd_id,
      supportOpdIds: supportsOf(p.id).map((s) => s.opd_id),
      fundingSources: fundingsOf(p.id).map((f) => f.source_code),
      rpjmdItemIds: linksOf(p.id).map((l) => l.rpjmd_item_id),
      dependsOn: depsOf(p.id).map((d) => d.depends_on_id),
      costEstimate: p.cost_estimate,
      startYear: p.start_year,
      endYear: p.end_year,
      updatedAt: p.updated_at,
    })),
    criteria: criteria.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      description: c.description,
      weight: c.weight,
      axis: c.axis,
      updatedAt: c.updated_at,
    })),
    scores: scores.map((s) => ({
      id: s.id,
      programmeId: s.programme_id,
      criterionId: s.criterion_id,
      score: s.score,
      updatedAt: s.updated_at,
    })),
    quickWins: quickWins.map((q) => ({
      id: q.id,
      programmeId: q.programme_id,
      rationale: q.rationale,
      profileType: q.profile_type,
      benefit: q.benefit,
      partners: q.partners,
      sustainability: q.sustainability,
      durationMonths: q.duration_months,
      updatedAt: q.updated_at,
      risks: risksOf(q.id).map((r) => ({
        id: r.id,
        risk: r.risk,
        likelihood: r.likelihood,
        impact: r.impact,
        handling: r.handling,
        mitigation: r.mitigation,
        owner: r.owner,
        updatedAt: r.updated_at,
      })),
    })),
    budgets: budgets.map((b) => ({
      id: b.id,
      programmeId: b.programme_id,
      year: b.year,
      sourceCode: b.source_code,
      amount: b.amount,
      updatedAt: b.updated_at,
    })),
    documentSettings: docSetting
      ? {
          id: docSetting.id,
          foreword: docSetting.foreword,
          place: docSetting.place,
          date: docSetting.date,
          signatoryName: docSetting.signatory_name,
          signatoryTitle: docSetting.signatory_title,
          signatoryNip: docSetting.signatory_nip,
          updatedAt: docSetting.updated_at,
        }
      : null,
    comments: comments.map((c) => ({
      id: c.id,
      targetType: c.target_type,
      targetId: c.target_id,
      severity: c.severity,
      body: c.body,
      authorName: c.author_name,
      authorInstansi: c.author_instansi,
      createdAt: c.created_at,
      reply: c.reply,
      repliedAt: c.replied_at,
      resolvedAt: c.resolved_at,
      updatedAt: c.updated_at,
    })),
  };
}

export interface InsertOptions {
  /** Gives every entity a fresh id (for copies); references follow. */
  newId?: () => string;
}

const CHUNK = 400;

async function insertRows<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: object[],
) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + CHUNK) as never)
      .execute();
  }
}

/**
 * Link rows (programme↔OPD, programme↔RPJMD …) are not in the document; they get fresh ids.
 *
 * Writes a whole plan inside the caller's transaction. Foreign keys are checked at commit, so
 * the order of entities in the document does not matter, but every reference must resolve.
 * Returns the id the plan has in the store.
 */
export async function insertPlanDocument(
  trx: Transaction<Database>,
  doc: PlanDocument,
  options: InsertOptions = {},
): Promise<string> {
  await sql`pragma defer_foreign_keys = on`.execute(trx);
  const ids = new Map<string, string>();
  const id = (original: string): string => {
    if (!options.newId) return original;
    let mapped = ids.get(original);
    if (!mapped) {
      mapped = options.newId();
      ids.set(original, mapped);
    }
    return mapped;
  };
  const ref = (original: string | null) => (original === null ? null : id(original));
  const planId = id(doc.plan.id);
  const p = doc.plan;

  await trx
    .insertInto('plan')
    .values({
      id: planId,
      title: p.title,
      start_year: p.startYear,
      base_year: p.baseYear,
      status: p.status,
      is_example: p.isExample ? 1 : 0,
      budget_ceiling: p.budgetCeiling,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    })
    .execute();
  const r = doc.region;
  await trx
    .insertInto('region')
    .values({
      id: randomUUID(),
      plan_id: planId,
      updated_at: p.updatedAt,
      code: r.code,
      type: r.type,
      name: r.name,
      province_code: r.provinceCode,
      province_name: r.provinceName,
      capital: r.capital,
      population: r.population,
      area_km2: r.areaKm2,
      apbd: r.apbd,
      apbd_year: r.apbdYear,
    })
    .execute();
  const base = (entity: { id: string; updatedAt: string }) => ({
    id: id(entity.id),
    plan_id: planId,
    updated_at: entity.updatedAt,
  });

  await insertRows(
    trx,
    'opd',
    doc.opds.map((o, i) => ({
      ...base(o),
      name: o.name,
      abbreviation: o.abbreviation,
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'team_member',
    doc.team.map((m, i) => ({
      ...base(m),
      body: m.body,
      name: m.name,
      position: m.position,
      opd_id: ref(m.opdId),
      role: m.role,
      sort_order: i,
    })),
  );
  if (doc.rpjmd) {
    const d = doc.rpjmd;
    await insertRows(trx, 'rpjmd', [
      {
        ...base(d),
        period_start: d.periodStart,
        period_end: d.periodEnd,
        visi: d.visi,
        legal_basis: d.legalBasis,
      },
    ]);
  }
  await insertRows(
    trx,
    'rpjmd_item',
    doc.rpjmdItems.map((item, i) => ({
      ...base(item),
      parent_id: ref(item.parentId),
      kind: item.kind,
      code: item.code,
      text: item.text,
      opd_id: ref(item.opdId),
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'programme',
    doc.programmes.map((g, i) => ({
      ...base(g),
      pillar_code: g.pillarCode,
      sub_dimension_code: g.subDimensionCode,
      name: g.name,
      description: g.description,
      type: g.type,
      nomenclature_code: g.nomenclatureCode,
      lead_opd_id: ref(g.leadOpdId),
      cost_estimate: g.costEstimate,
      start_year: g.startYear,
      end_year: g.endYear,
      sort_order: i,
    })),
  );
  const linkRow = (g: { id: string; updatedAt: string }, i: number) => ({
    id: randomUUID(),
    plan_id: planId,
    updated_at: g.updatedAt,
    programme_id: id(g.id),
    sort_order: i,
  });
  await insertRows(
    trx,
    'programme_support_opd',
    doc.programmes.flatMap((g) =>
      g.supportOpdIds.map((o, i) => ({ ...linkRow(g, i), opd_id: id(o) })),
    ),
  );
  await insertRows(
    trx,
    'programme_funding_source',
    doc.programmes.flatMap((g) =>
      g.fundingSources.map((s, i) => ({ ...linkRow(g, i), source_code: s })),
    ),
  );
  await insertRows(
    trx,
    'programme_rpjmd_link',
    doc.programmes.flatMap((g) =>
      g.rpjmdItemIds.map((x, i) => ({ ...linkRow(g, i), rpjmd_item_id: id(x) })),
    ),
  );
  await insertRows(
    trx,
    'programme_dependency',
    doc.programmes.flatMap((g) =>
      g.dependsOn.map((x, i) => ({ ...linkRow(g, i), depends_on_id: id(x) })),
    ),
  );

  await insertRows(
    trx,
    'indicator',
    doc.indicators.map((ind, i) => ({
      ...base(ind),
      rpjmd_item_id: ref(ind.rpjmdItemId),
      programme_id: ref(ind.programmeId),
      kind: ind.kind,
      name: ind.name,
      unit: ind.unit,
      baseline: ind.baseline,
      baseline_year: ind.baselineYear,
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'indicator_target',
    doc.indicators.flatMap((ind) =>
      ind.targets.map((t) => ({
        ...base(t),
        indicator_id: id(ind.id),
        year: t.year,
        value: t.value,
      })),
    ),
  );
  await insertRows(
    trx,
    'sc_statement',
    doc.statements.map((s, i) => ({
      ...base(s),
      kind: s.kind,
      pillar_code: s.pillarCode,
      text: s.text,
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'sc_statement_rpjmd_link',
    doc.statements.flatMap((s) =>
      s.rpjmdItemIds.map((x, i) => ({
        id: randomUUID(),
        plan_id: planId,
        updated_at: s.updatedAt,
        statement_id: id(s.id),
        rpjmd_item_id: id(x),
        sort_order: i,
      })),
    ),
  );
  await insertRows(
    trx,
    'sub_dimension_analysis',
    doc.subDimensions.map((a) => ({
      ...base(a),
      sub_dimension_code: a.subDimensionCode,
      current_condition: a.currentCondition,
      expected_condition: a.expectedCondition,
      gap: a.gap,
    })),
  );
  await insertRows(
    trx,
    'readiness_score',
    doc.subDimensions.flatMap((a) =>
      a.readiness.map((r) => ({
        ...base(r),
        sub_dimension_code: a.subDimensionCode,
        element: r.element,
        score: r.score,
        evidence: r.evidence,
      })),
    ),
  );
  await insertRows(
    trx,
    'swot_item',
    doc.swot.map((s, i) => ({
      ...base(s),
      pillar_code: s.pillarCode,
      sub_dimension_code: s.subDimensionCode,
      quadrant: s.quadrant,
      text: s.text,
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'strategic_issue',
    doc.strategicIssues.map((s, i) => ({
      ...base(s),
      pillar_code: s.pillarCode,
      sub_dimension_code: s.subDimensionCode,
      text: s.text,
      priority: s.priority,
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'quickwin_criterion',
    doc.criteria.map((c, i) => ({
      ...base(c),
      code: c.code,
      name: c.name,
      description: c.description,
      weight: c.weight,
      axis: criterionAxis(c),
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'quickwin_score',
    doc.scores.map((s) => ({
      ...base(s),
      programme_id: id(s.programmeId),
      criterion_id: id(s.criterionId),
      score: s.score,
    })),
  );
  await insertRows(
    trx,
    'quickwin',
    doc.quickWins.map((q, i) => ({
      ...base(q),
      programme_id: id(q.programmeId),
      rationale: q.rationale,
      profile_type: q.profileType,
      benefit: q.benefit,
      partners: q.partners,
      sustainability: q.sustainability,
      duration_months: q.durationMonths ?? null,
      sort_order: i,
    })),
  );
  await insertRows(
    trx,
    'quickwin_risk',
    doc.quickWins.flatMap((q) =>
      q.risks.map((r, i) => ({
        ...base(r),
        quickwin_id: id(q.id),
        risk: r.risk,
        likelihood: r.likelihood,
        impact: r.impact,
        handling: r.handling,
        mitigation: r.mitigation,
        owner: r.owner,
        sort_order: i,
      })),
    ),
  );
  await insertRows(
    trx,
    'roadmap_budget',
    doc.budgets.map((b) => ({
      ...base(b),
      programme_id: id(b.programmeId),
      year: b.year,
      source_code: b.sourceCode,
      amount: b.amount,
    })),
  );
  if (doc.documentSettings) {
    const s = doc.documentSettings;
    await insertRows(trx, 'document_setting', [
      {
        ...base(s),
        foreword: s.foreword,
        place: s.place,
        date: s.date,
        signatory_name: s.signatoryName,
        signatory_title: s.signatoryTitle,
        signatory_nip: s.signatoryNip,
      },
    ]);
  }
  await insertRows(
    trx,
    'review_comment',
    doc.comments.map((c) => ({
      ...base(c),
      target_type: c.targetType,
      target_id: c.targetId,
      severity: c.severity,
      body: c.body,
      author_name: c.authorName,
      author_instansi: c.authorInstansi,
      created_at: c.createdAt,
      reply: c.reply,
      replied_at: c.repliedAt,
      resolved_at: c.resolvedAt,
    })),
  );
  return planId;
}
