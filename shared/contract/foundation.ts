/** Contract of the foundation: app, settings, reference data, plans, demo, OPD and team. */
import { z } from 'zod';
import {
  planDocumentSchema,
  planStatusSchema,
  regionProfileSchema,
  teamBodySchema,
} from '../plan-document';
import { referenceDataSchema, regionSchema } from '../reference';
import { method } from './method';

export const languageSchema = z.enum(['id', 'en']);
export type Language = z.infer<typeof languageSchema>;

const uuid = z.string().min(1).max(64);
const title = z.string().trim().min(1).max(200);
const year = z.number().int().min(2000).max(2100);
const planRef = z.object({ planId: uuid });
const empty = z.object({}).strict();
const done = z.object({ ok: z.literal(true) });

export const stepIds = [
  'profile',
  'rpjmd',
  'pillars',
  'programmes',
  'roadmap',
  'documents',
] as const;
export type StepId = (typeof stepIds)[number];

export const stepProgressSchema = z.object({
  step: z.enum(stepIds),
  done: z.number().int(),
  total: z.number().int(),
});
export type StepProgress = z.infer<typeof stepProgressSchema>;

export const planSummarySchema = z.object({
  id: uuid,
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  provinceName: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: planStatusSchema,
  isExample: z.boolean(),
  updatedAt: z.string(),
  progress: z.array(stepProgressSchema),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planDetailSchema = z.object({
  id: uuid,
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  baseYear: z.number().int(),
  status: planStatusSchema,
  isExample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  region: regionProfileSchema,
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const opdSchema = z.object({
  id: uuid,
  name: z.string(),
  abbreviation: z.string(),
  updatedAt: z.string(),
});
export type Opd = z.infer<typeof opdSchema>;

export const teamMemberSchema = z.object({
  id: uuid,
  body: teamBodySchema,
  name: z.string(),
  position: z.string(),
  opdId: uuid.nullable(),
  role: z.string(),
  updatedAt: z.string(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

const shortText = z.string().max(500);

export const profilePatchSchema = z
  .object({
    title,
    startYear: year,
    baseYear: year,
    status: planStatusSchema,
    capital: shortText,
    population: z.number().int().min(0).max(1_000_000_000).nullable(),
    areaKm2: z.number().min(0).max(10_000_000).nullable(),
    apbd: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
    apbdYear: year.nullable(),
  })
  .partial()
  .strict();
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

const memberFields = z
  .object({
    name: shortText,
    position: shortText,
    opdId: uuid.nullable(),
    role: shortText,
    body: teamBodySchema,
  })
  .partial()
  .strict();

export const settingsSchema = z.object({ language: languageSchema });
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  storeFile: z.string(),
  host: z.enum(['electron', 'browser', 'test']),
  referenceVersion: z.string(),
});

export const foundationMethods = {
  'app.info': method(empty, appInfoSchema),
  'settings.get': method(empty, settingsSchema),
  'settings.update': method(
    z.object({ language: languageSchema }).partial().strict(),
    settingsSchema,
  ),
  'reference.get': method(empty, referenceDataSchema),
  'regions.list': method(empty, z.array(regionSchema)),
  'plans.list': method(empty, z.array(planSummarySchema)),
  'plans.get': method(planRef, planDetailSchema),
  'plans.create': method(
    z
      .object({
        regionCode: z.string().regex(/^\d{2}\.\d{2}$/),
        startYear: year,
        title: title.optional(),
      })
      .strict(),
    planSummarySchema,
  ),
  'plans.rename': method(planRef.extend({ title }).strict(), planSummarySchema),
  'plans.duplicate': method(
    planRef.extend({ title: title.optional() }).strict(),
    planSummarySchema,
  ),
  'plans.delete': method(planRef.strict(), done),
  'plans.updateProfile': method(
    planRef.extend({ patch: profilePatchSchema }).strict(),
    planDetailSchema,
  ),
  'plans.document': method(planRef.strict(), planDocumentSchema),
  'plans.progress': method(planRef.strict(), z.array(stepProgressSchema)),
  'demo.create': method(empty, planSummarySchema),
  'opd.list': method(planRef.strict(), z.array(opdSchema)),
  'opd.add': method(
    planRef
      .extend({
        name: z.string().trim().min(1).max(300),
        abbreviation: z.string().trim().max(60).default(''),
      })
      .strict(),
    opdSchema,
  ),
  'opd.update': method(
    planRef
      .extend({
        opdId: uuid,
        patch: z
          .object({
            name: z.string().trim().min(1).max(300),
            abbreviation: z.string().trim().max(60),
          })
          .partial()
          .strict(),
      })
      .strict(),
    opdSchema,
  ),
  'opd.remove': method(planRef.extend({ opdId: uuid }).strict(), done),
  'team.list': method(planRef.strict(), z.array(teamMemberSchema)),
  'team.addMember': method(
    planRef.extend({ body: teamBodySchema, fields: memberFields.optional() }).strict(),
    teamMemberSchema,
  ),
  'team.updateMember': method(
    planRef.extend({ memberId: uuid, patch: memberFields }).strict(),
    teamMemberSchema,
  ),
  'team.removeMember': method(planRef.extend({ memberId: uuid }).strict(), done),
  'team.moveMember': method(
    planRef.extend({ memberId: uuid, direction: z.enum(['up', 'down']) }).strict(),
    done,
  ),
} as const;
