/** Kysely table types of the store (as of the latest migration). */
import type { Generated } from 'kysely';

interface PlanEntity {
  id: string;
  plan_id: string;
  updated_at: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface PlanTable {
  id: string;
  title: string;
  start_year: number;
  base_year: number;
  status: 'draft' | 'review' | 'final';
  is_example: number;
  budget_ceiling: number | null;
  created_at: string;
  updated_at: string;
}

export interface RegionTable extends PlanEntity {
  code: string;
  type: 'kabupaten' | 'kota';
  name: string;
  province_code: string;
  province_name: string;
  capital: string;
  population: number | null;
  area_km2: number | null;
  apbd: number | null;
  apbd_year: number | null;
}

export interface OpdTable extends PlanEntity {
  name: string;
  abbreviation: string;
  sort_order: number;
}

export interface TeamMemberTable extends PlanEntity {
  body: 'dewan' | 'pelaksana';
  name: string;
  position: string;
  opd_id: string | null;
  role: string;
  sort_order: number;
}

export interface RpjmdTable extends PlanEntity {
  period_start: number;
  period_end: number;
  visi: string;
  legal_basis: string;
}

export interface RpjmdItemTable extends PlanEntity {
  parent_id: string | null;
  kind: 'misi' | 'tujuan' | 'sasaran' | 'strategi' | 'arah_kebijakan' | 'program';
  code: string;
  text: string;
  opd_id: string | null;
  sort_order: number;
}

export interface IndicatorTable extends PlanEntity {
  rpjmd_item_id: string | null;
  programme_id: string | null;
  kind: 'output' | 'outcome' | 'impact';
  name: string;
  unit: string;
  baseline: number | null;
  baseline_year: number | null;
  sort_order: number;
}

export interface IndicatorTargetTable extends PlanEntity {
  indicator_id: string;
  year: number;
  value: number | null;
}

export interface ScStatementTable extends PlanEntity {
  kind: 'visi' | 'misi' | 'tujuan';
  pillar_code: string | null;
  text: string;
  sort_order: number;
}

export interface ScStatementRpjmdLinkTable extends PlanEntity {
  statement_id: string;
  rpjmd_item_id: string;
  sort_order: number;
}

export interface SubDimensionAnalysisTable extends PlanEntity {
  sub_dimension_code: string;
  current_condition: string;
  expected_condition: string;
  gap: string;
}

export interface ReadinessScoreTable extends PlanEntity {
  sub_dimension_code: string;
  element: 'struktur' | 'infrastruktur' | 'suprastruktur';
  score: number | null;
  evidence: string;
}

export interface SwotItemTable extends PlanEntity {
  pillar_code: string;
  sub_dimension_code: string | null;
  quadrant: 'kekuatan' | 'kelemahan' | 'peluang' | 'ancaman';
  text: string;
  sort_order: number;
}

export interface StrategicIssueTable extends PlanEntity {
  pillar_code: string;
  sub_dimension_code: string | null;
  text: string;
  priority: number;
  sort_order: number;
}

export interface ProgrammeTable extends PlanEntity {
  pillar_code: string;
  sub_dimension_code: string;
  name: string;
  description: string;
  type: string;
  nomenclature_code: string;
  lead_opd_id: string | null;
  cost_estimate: number | null;
  start_year: number | null;
  end_year: number | null;
  sort_order: number;
}

export interface ProgrammeSupportOpdTable extends PlanEntity {
  programme_id: string;
  opd_id: string;
  sort_order: number;
}

export interface ProgrammeFundingSourceTable extends PlanEntity {
  programme_id: string;
  source_code: string;
  sort_order: number;
}

export interface ProgrammeRpjmdLinkTable extends PlanEntity {
  programme_id: string;
  rpjmd_item_id: string;
  sort_order: number;
}

export interface ProgrammeDependencyTable extends PlanEntity {
  programme_id: string;
  depends_on_id: string;
  sort_order: number;
}

export interface QuickwinCriterionTable extends PlanEntity {
  code: string;
  name: string;
  description: string;
  weight: number;
  sort_order: number;
  /** Which quadrant axis the criterion measures (migration 0004). */
  axis: 'impact' | 'ease';
}

export interface QuickwinScoreTable extends PlanEntity {
  programme_id: string;
  criterion_id: string;
  score: number;
}

export interface QuickwinTable extends PlanEntity {
  programme_id: string;
  rationale: string;
  profile_type: string;
  benefit: string;
  partners: string;
  sustainability: string;
  sort_order: number;
  /** Months the quick win needs, when the planner states it (migration 0004). */
  duration_months: number | null;
}

export interface QuickwinRiskTable extends PlanEntity {
  quickwin_id: string;
  risk: string;
  likelihood: number;
  impact: number;
  handling: string;
  mitigation: string;
  owner: string;
  sort_order: number;
}

export interface RoadmapBudgetTable extends PlanEntity {
  programme_id: string;
  year: number;
  source_code: string;
  amount: number;
}

export interface DocumentSettingTable extends PlanEntity {
  foreword: string;
  place: string;
  date: string | null;
  signatory_name: string;
  signatory_title: string;
  signatory_nip: string;
}

export interface ReviewCommentTable extends PlanEntity {
  target_type: string;
  target_id: string;
  severity: string;
  body: string;
  author_name: string;
  author_instansi: string;
  created_at: string;
  reply: string;
  replied_at: string | null;
  resolved_at: string | null;
}

export interface KyselyMigrationTable {
  name: string;
  timestamp: Generated<string>;
}

export interface Database {
  app_setting: AppSettingTable;
  plan: PlanTable;
  region: RegionTable;
  opd: OpdTable;
  team_member: TeamMemberTable;
  rpjmd: RpjmdTable;
  rpjmd_item: RpjmdItemTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  sc_statement: ScStatementTable;
  sc_statement_rpjmd_link: ScStatementRpjmdLinkTable;
  sub_dimension_analysis: SubDimensionAnalysisTable;
  readiness_score: ReadinessScoreTable;
  swot_item: SwotItemTable;
  strategic_issue: StrategicIssueTable;
  programme: ProgrammeTable;
  programme_support_opd: ProgrammeSupportOpdTable;
  programme_funding_source: ProgrammeFundingSourceTable;
  programme_rpjmd_link: ProgrammeRpjmdLinkTable;
  programme_dependency: ProgrammeDependencyTable;
  quickwin_criterion: QuickwinCriterionTable;
  quickwin_score: QuickwinScoreTable;
  quickwin: QuickwinTable;
  quickwin_risk: QuickwinRiskTable;
  roadmap_budget: RoadmapBudgetTable;
  document_setting: DocumentSettingTable;
  review_comment: ReviewCommentTable;
  kysely_migration: KyselyMigrationTable;
}
