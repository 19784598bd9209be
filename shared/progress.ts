/**
 * How complete each workflow step is, from counts the store computes. Pure: the same rules
 * drive the sidebar indicators and the plan list.
 */
import type { StepProgress } from './contract';

export interface PlanCounts {
  /** Profile fields that are filled (capital, population, area, APBD, APBD year). */
  profileFieldsFilled: number;
  profileFieldsTotal: number;
  dewanMembers: number;
  pelaksanaMembers: number;
  membersWithoutName: number;
  rpjmdVisi: boolean;
  misi: number;
  sasaran: number;
  rpjmdPrograms: number;
  readinessScored: number;
  readinessTotal: number;
  subDimensionsAnalysed: number;
  subDimensionsTotal: number;
  pillarsWithProgrammes: number;
  pillarsTotal: number;
  quickWins: number;
  programmes: number;
  programmesScheduled: number;
  programmesBudgeted: number;
  forewordWritten: boolean;
  signatoryNamed: boolean;
}

function step(stepId: StepProgress['step'], checks: boolean[]): StepProgress {
  return { step: stepId, done: checks.filter(Boolean).length, total: checks.length };
}

/** Step completion as done/total checks; a step is complete when done === total. */
export function planProgress(c: PlanCounts): StepProgress[] {
  return [
    {
      step: 'profile',
      done:
        c.profileFieldsFilled +
        (c.dewanMembers > 0 ? 1 : 0) +
        (c.pelaksanaMembers > 0 ? 1 : 0) +
        (c.dewanMembers + c.pelaksanaMembers > 0 && c.membersWithoutName === 0 ? 1 : 0),
      total: c.profileFieldsTotal + 3,
    },
    step('rpjmd', [c.rpjmdVisi, c.misi > 0, c.sasaran > 0, c.rpjmdPrograms > 0]),
    {
      step: 'pillars',
      done: c.readinessScored + c.subDimensionsAnalysed,
      total: c.readinessTotal + c.subDimensionsTotal,
    },
    {
      step: 'programmes',
      done: c.pillarsWithProgrammes + (c.quickWins > 0 ? 1 : 0),
      total: c.pillarsTotal + 1,
    },
    step('roadmap', [
      c.programmes > 0 && c.programmesScheduled === c.programmes,
      c.programmes > 0 && c.programmesBudgeted === c.programmes,
    ]),
    step('documents', [c.forewordWritten, c.signatoryNamed]),
  ];
}

/** Whole-number percentage of a step's progress. */
export function progressPercent(p: StepProgress): number {
  return p.total === 0 ? 0 : Math.round((p.done / p.total) * 100);
}
