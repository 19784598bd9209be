/**
 * Contract of the programmes, quick-win and roadmap steps: the programme catalogue with its
 * indicators, the plan's quick-win criteria, weights and scores, the chosen quick wins with
 * profile and risk register, the roadmap years, budgets per year and source, and the ceiling.
 * Reads go through `plans.document`; these methods write.
 */
import { z } from 'zod';
import { indicatorKindSchema, type PlanDocument } from '../plan-document';
import { indicatorSchema } from './indicator';
import { method } from './method';

const uuid = z.string().min(1).max(64);
const planRef = z.object({ planId: uuid });
const done = z.object({ ok: z.literal(true) });
const year = z.number().int().min(1990).max(2100);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);
const code = z
  .string()
  .regex(/^[a-z0-9_]+$/)
  .max(40);
const rupiah = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const score = z.number().int().min(1).max(5);

/** Kinds of quick-win profile (domain: programme, product, method, concept, technology). */
export const QUICKWIN_PROFILE_TYPES = [
  'program',
  'produk',
  'metode',
  'konsep',
  'teknologi',
] as const;

export type ProgrammeDto = PlanDocument['programmes'][number];
export type ProgrammeIndicatorDto = PlanDocument['indicators'][number];
export type CriterionDto = PlanDocument['criteria'][number] & { axis: 'impact' | 'ease' };
export type QuickWinDto = PlanDocument['quickWins'][number] & { durationMonths: number | null };
export type RiskDto = QuickWinDto['risks'][number];

const programmeSchema = z.object({
  id: uuid,
  pillarCode: z.string(),
  subDimensionCode: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.string(),
  nomenclatureCode: z.string(),
  leadOpdId: uuid.nullable(),
  supportOpdIds: z.array(uuid),
  fundingSources: z.array(z.string()),
  rpjmdItemIds: z.array(uuid),
  dependsOn: z.array(uuid),
  costEstimate: z.number().int().nullable(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  updatedAt: z.string(),
});

export const programmeFieldsSchema = z
  .object({
    pillarCode: code,
    subDimensionCode: code,
    name: z.string().trim().min(1).max(500),
    description: longText,
    type: code,
    nomenclatureCode: z.string().max(60),
    leadOpdId: uuid.nullable(),
    supportOpdIds: z.array(uuid).max(100),
    fundingSources: z.array(code).max(20),
    rpjmdItemIds: z.array(uuid).max(200),
    dependsOn: z.array(uuid).max(200),
    costEstimate: rupiah.nullable(),
    startYear: year.nullable(),
    endYear: year.nullable(),
  })
  .partial()
  .strict();
export type ProgrammeFields = z.infer<typeof programmeFieldsSchema>;

const indicatorFields = z
  .object({
    kind: indicatorKindSchema,
    name: shortText,
    unit: z.string().max(60),
    baseline: z.number().finite().nullable(),
    baselineYear: year.nullable(),
  })
  .partial()
  .strict();

const criterionSchema = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  weight: z.number().int(),
  axis: z.enum(['impact', 'ease']),
  updatedAt: z.string(),
});

const riskSchema = z.object({
  id: uuid,
  risk: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  handling: z.string(),
  mitigation: z.string(),
  owner: z.string(),
  updatedAt: z.string(),
});
const riskFields = z
  .object({
    risk: longText,
    likelihood: score,
    impact: score,
    handling: code,
    mitigation: longText,
    owner: shortText,
  })
  .partial()
  .strict();

const quickWinSchema = z.object({
  id: uuid,
  programmeId: uuid,
  rationale: z.string(),
  profileType: z.string(),
  benefit: z.string(),
  partners: z.string(),
  sustainability: z.string(),
  durationMonths: z.number().int().nullable(),
  updatedAt: z.string(),
  risks: z.array(riskSchema),
});
const quickWinFields = z
  .object({
    rationale: longText,
    profileType: code,
    benefit: longText,
    partners: longText,
    sustainability: longText,
    durationMonths: z.number().int().min(1).max(120).nullable(),
  })
  .partial()
  .strict();

export const programmeMethods = {
  'programmes.add': method(
    planRef
      .extend({
        fields: programmeFieldsSchema.required({
          pillarCode: true,
          subDimensionCode: true,
          name: true,
        }),
      })
      .strict(),
    programmeSchema,
  ),
  'programmes.update': method(
    planRef.extend({ programmeId: uuid, patch: programmeFieldsSchema }).strict(),
    programmeSchema,
  ),
  'programmes.remove': method(planRef.extend({ programmeId: uuid }).strict(), done),
  'programmes.addIndicator': method(
    planRef.extend({ programmeId: uuid, fields: indicatorFields.optional() }).strict(),
    indicatorSchema,
  ),
  'programmes.updateIndicator': method(
    planRef.extend({ indicatorId: uuid, patch: indicatorFields }).strict(),
    indicatorSchema,
  ),
  'programmes.removeIndicator': method(planRef.extend({ indicatorId: uuid }).strict(), done),
  'programmes.setTarget': method(
    planRef.extend({ indicatorId: uuid, year, value: z.number().finite().nullable() }).strict(),
    done,
  ),
  'quickwin.setWeights': method(
    planRef.extend({ weights: z.record(uuid, z.number().int().min(0).max(100)) }).strict(),
    z.array(criterionSchema),
  ),
  'quickwin.updateCriterion': method(
    planRef
      .extend({
        criterionId: uuid,
        patch: z
          .object({
            name: z.string().trim().min(1).max(500),
            description: longText,
            axis: z.enum(['impact', 'ease']),
          })
          .partial()
          .strict(),
      })
      .strict(),
    criterionSchema,
  ),
  /** A criterion of the plan's own; it starts at weight 0, so the total stays 100. */
  'quickwin.addCriterion': method(
    planRef
      .extend({
        fields: z
          .object({
            name: z.string().trim().min(1).max(500),
            description: longText.optional(),
            axis: z.enum(['impact', 'ease']).optional(),
          })
          .strict(),
      })
      .strict(),
    criterionSchema,
  ),
  /**
   * Removes a criterion with its scores; its weight is shared among the remaining criteria in
   * proportion to theirs (evenly when they all weigh 0), so the total stays 100.
   */
  'quickwin.removeCriterion': method(
    planRef.extend({ criterionId: uuid }).strict(),
    z.array(criterionSchema),
  ),
  'quickwin.resetCriteria': method(planRef.strict(), z.array(criterionSchema)),
  'quickwin.setScore': method(
    planRef.extend({ programmeId: uuid, criterionId: uuid, score: score.nullable() }).strict(),
    done,
  ),
  'quickwin.select': method(
    planRef.extend({ programmeId: uuid, fields: quickWinFields.optional() }).strict(),
    quickWinSchema,
  ),
  'quickwin.unselect': method(planRef.extend({ programmeId: uuid }).strict(), done),
  'quickwin.update': method(
    planRef.extend({ quickWinId: uuid, patch: quickWinFields }).strict(),
    quickWinSchema,
  ),
  'quickwin.addRisk': method(
    planRef.extend({ quickWinId: uuid, fields: riskFields.optional() }).strict(),
    riskSchema,
  ),
  'quickwin.updateRisk': method(
    planRef.extend({ riskId: uuid, patch: riskFields }).strict(),
    riskSchema,
  ),
  'quickwin.removeRisk': method(planRef.extend({ riskId: uuid }).strict(), done),
  'roadmap.setYears': method(
    planRef
      .extend({ programmeId: uuid, startYear: year.nullable(), endYear: year.nullable() })
      .strict(),
    programmeSchema,
  ),
  'roadmap.setBudget': method(
    planRef
      .extend({ programmeId: uuid, year, sourceCode: code, amount: rupiah.nullable() })
      .strict(),
    done,
  ),
  'roadmap.setCeiling': method(planRef.extend({ ceiling: rupiah.nullable() }).strict(), done),
  'roadmap.exportXlsx': method(
    planRef.extend({ language: z.enum(['id', 'en']) }).strict(),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),
} as const;
