/** Contract of the pillar analysis step: readiness, condition and gap, SWOT, strategic issues. */
import { z } from 'zod';
import { readinessElementSchema, swotQuadrantSchema, type PlanDocument } from '../plan-document';
import { method } from './method';

const uuid = z.string().min(1).max(64);
const planRef = z.object({ planId: uuid });
const done = z.object({ ok: z.literal(true) });
const longText = z.string().max(20_000);
const code = z
  .string()
  .regex(/^[a-z]+$/)
  .max(40);

export type SubDimensionAnalysisDto = PlanDocument['subDimensions'][number];
export type SwotDto = PlanDocument['swot'][number];
export type StrategicIssueDto = PlanDocument['strategicIssues'][number];

const analysisSchema = z.object({
  id: uuid,
  subDimensionCode: z.string(),
  currentCondition: z.string(),
  expectedCondition: z.string(),
  gap: z.string(),
  updatedAt: z.string(),
  readiness: z.array(
    z.object({
      id: uuid,
      element: readinessElementSchema,
      score: z.number().int().nullable(),
      evidence: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
const swotSchema = z.object({
  id: uuid,
  pillarCode: z.string(),
  subDimensionCode: z.string().nullable(),
  quadrant: swotQuadrantSchema,
  text: z.string(),
  updatedAt: z.string(),
});
const issueSchema = z.object({
  id: uuid,
  pillarCode: z.string(),
  subDimensionCode: z.string().nullable(),
  text: z.string(),
  priority: z.number().int(),
  updatedAt: z.string(),
});

export const pillarsDataSchema = z.object({
  subDimensions: z.array(analysisSchema),
  swot: z.array(swotSchema),
  strategicIssues: z.array(issueSchema),
});
export type PillarsData = z.infer<typeof pillarsDataSchema>;

export const pillarsMethods = {
  'pillars.get': method(planRef.strict(), pillarsDataSchema),
  'pillars.setReadiness': method(
    planRef
      .extend({
        subDimensionCode: code,
        element: readinessElementSchema,
        patch: z
          .object({ score: z.number().int().min(1).max(5).nullable(), evidence: longText })
          .partial()
          .strict(),
      })
      .strict(),
    analysisSchema,
  ),
  'pillars.updateAnalysis': method(
    planRef
      .extend({
        subDimensionCode: code,
        patch: z
          .object({ currentCondition: longText, expectedCondition: longText, gap: longText })
          .partial()
          .strict(),
      })
      .strict(),
    analysisSchema,
  ),
  'swot.add': method(
    planRef
      .extend({
        pillarCode: code,
        subDimensionCode: code.nullable().default(null),
        quadrant: swotQuadrantSchema,
        text: longText.default(''),
      })
      .strict(),
    swotSchema,
  ),
  'swot.update': method(
    planRef.extend({ swotId: uuid, patch: z.object({ text: longText }).strict() }).strict(),
    swotSchema,
  ),
  'swot.remove': method(planRef.extend({ swotId: uuid }).strict(), done),
  'issues.add': method(
    planRef
      .extend({
        pillarCode: code,
        subDimensionCode: code.nullable().default(null),
        text: longText.default(''),
        priority: z.number().int().min(1).max(3).default(2),
      })
      .strict(),
    issueSchema,
  ),
  'issues.update': method(
    planRef
      .extend({
        issueId: uuid,
        patch: z
          .object({
            text: longText,
            priority: z.number().int().min(1).max(3),
            subDimensionCode: code.nullable(),
          })
          .partial()
          .strict(),
      })
      .strict(),
    issueSchema,
  ),
  'issues.remove': method(planRef.extend({ issueId: uuid }).strict(), done),
  'issues.move': method(
    planRef.extend({ issueId: uuid, direction: z.enum(['up', 'down']) }).strict(),
    done,
  ),
} as const;
