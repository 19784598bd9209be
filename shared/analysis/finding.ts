/**
 * A finding is something a ministry assessor would raise about a plan: computed from the plan's
 * data (never stored), shown in the steps, in the documents' checklist and clickable to the item.
 * Its message is the i18n key `findings.<code>` interpolated with `params`.
 */
import type { StepId } from '../contract/foundation';

export type FindingSeverity = 'error' | 'warning' | 'info';

export type FindingTargetType =
  | 'plan'
  | 'rpjmd_item'
  | 'indicator'
  | 'sc_statement'
  | 'pillar'
  | 'sub_dimension'
  | 'programme'
  | 'quickwin'
  | 'roadmap';

export interface Finding {
  /** Stable code, also the i18n key under `findings.` (e.g. `programmeWithoutRpjmd`). */
  code: string;
  severity: FindingSeverity;
  /** The workflow step where the planner fixes it. */
  step: StepId;
  targetType: FindingTargetType;
  /** Id (or code, for pillars and sub-dimensions) of the item to open. */
  targetId: string;
  /** Interpolation values for the message (names, years, amounts already formatted or raw). */
  params: Record<string, string | number>;
}
