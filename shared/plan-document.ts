/**
 * The whole plan as one JSON-safe document. It is the single shape used to seed the demo plan,
 * to duplicate a plan, and (later) as the canonical content of plan packages.
 * Array order is the user's order. Every entity carries its stable id and `updatedAt`.
 */
import { z } from 'zod';

export const PLAN_DOCUMENT_SCHEMA_VERSION = 1;

const id = z.string().min(1).max(64);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);
const year = z.number().int().min(1990).max(2100);
const instant = z.string().max(40);
const rupiah = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const code = z
  .string()
  .regex(/^[a-z0-9_]+$/)
  .max(40);

export const planStatusSchema = z.enum(['draft', 'review', 'final']);
export const teamBodySchema = z.enum(['dewan', 'pelaksana']);
export const rpjmdKindSchema = z.enum([
  'misi',
  'tujuan',
  'sasaran',
  'strategi',
  'arah_kebijakan',
  'program',
]);
export const readinessElementSchema = z.enum(['struktur', 'infrastruktur', 'suprastruktur']);
export const swotQuadrantSchema = z.enum(['kekuatan', 'kelemahan', 'peluang', 'ancaman']);
export const statementKindSchema = z.enum(['visi', 'misi', 'tujuan']);
export const indicatorKindSchema = z.enum(['output', 'outcome', 'impact']);

export const regionProfileSchema = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}$/),
  type: z.enum(['kabupaten', 'kota']),
  name: shortText.min(1),
  provinceCode: z.string().regex(/^\d{2}$/),
  provinceName: shortText,
  capital: shortText,
  population: z.number().int().min(0).nullable(),
  areaKm2: z.number().min(0).nullable(),
  apbd: rupiah.nullable(),
  apbdYear: year.nullable(),
});
export type RegionProfile = z.infer<typeof regionProfileSchema>;

export const planDocumentSchema = z.object({
  schemaVersion: z.literal(PLAN_DOCUMENT_SCHEMA_VERSION),
  plan: z.object({
    id,
    title: shortText.min(1),
    startYear: year,
    baseYear: year,
    status: planStatusSchema,
    isExample: z.boolean(),
    budgetCeiling: rupiah.nullable(),
    createdAt: instant,
    updatedAt: instant,
    /** Who last changed the plan, as the app recorded it (absent when unknown). */
    lastModifiedBy: z
      .object({ name: shortText, instansi: shortText, at: instant })
      .nullable()
      .optional(),
  }),
  region: regionProfileSchema,
  opds: z
    .array(z.object({ id, name: shortText.min(1), abbreviation: shortText, updatedAt: instant }))
    .max(500),
  team: z
    .array(
      z.object({
        id,
        body: teamBodySchema,
        name: shortText,
        position: shortText,
        opdId: id.nullable(),
        role: shortText,
        updatedAt: instant,
      }),
    )
    .max(500),
  rpjmd: z
    .object({
      id,
      periodStart: year,
      periodEnd: year,
      visi: longText,
      legalBasis: shortText,
      updatedAt: instant,
    })
    .nullable(),
  rpjmdItems: z
    .array(
      z.object({
        id,
        parentId: id.nullable(),
        kind: rpjmdKindSchema,
        code: z.string().max(60),
        text: longText,
        opdId: id.nullable(),
        updatedAt: instant,
      }),
    )
    .max(5000),
  indicators: z
    .array(
      z.object({
        id,
        rpjmdItemId: id.nullable(),
        programmeId: id.nullable(),
        kind: indicatorKindSchema,
        name: shortText,
        unit: z.string().max(60),
        baseline: z.number().nullable(),
        baselineYear: year.nullable(),
        updatedAt: instant,
        targets: z
          .array(z.object({ id, year, value: z.number().nullable(), updatedAt: instant }))
          .max(20),
      }),
    )
    .max(10_000),
  statements: z
    .array(
      z.object({
        id,
        kind: statementKindSchema,
        pillarCode: code.nullable(),
        text: longText,
        rpjmdItemIds: z.array(id).max(200),
        updatedAt: instant,
      }),
    )
    .max(1000),
  subDimensions: z
    .array(
      z.object({
        id,
        subDimensionCode: code,
        currentCondition: longText,
        expectedCondition: longText,
        gap: longText,
        updatedAt: instant,
        readiness: z
          .array(
            z.object({
              id,
              element: readinessElementSchema,
              score: z.number().int().min(1).max(5).nullable(),
              evidence: longText,
              updatedAt: instant,
            }),
          )
          .max(3),
      }),
    )
    .max(18),
  swot: z
    .array(
      z.object({
        id,
        pillarCode: code,
        subDimensionCode: code.nullable(),
        quadrant: swotQuadrantSchema,
        text: longText,
        updatedAt: instant,
      }),
    )
    .max(2000),
  strategicIssues: z
    .array(
      z.object({
        id,
        pillarCode: code,
        subDimensionCode: code.nullable(),
        text: longText,
        priority: z.number().int().min(1).max(3),
        updatedAt: instant,
      }),
    )
    .max(1000),
  programmes: z
    .array(
      z.object({
        id,
        pillarCode: code,
        subDimensionCode: code,
        name: shortText.min(1),
        description: longText,
        type: code,
        nomenclatureCode: z.string().max(60),
        leadOpdId: id.nullable(),
        supportOpdIds: z.array(id).max(100),
        fundingSources: z.array(code).max(20),
        rpjmdItemIds: z.array(id).max(200),
        dependsOn: z.array(id).max(200),
        costEstimate: rupiah.nullable(),
        startYear: year.nullable(),
        endYear: year.nullable(),
        updatedAt: instant,
      }),
    )
    .max(2000),
  criteria: z
    .array(
      z.object({
        id,
        code,
        name: shortText.min(1),
        description: longText,
        weight: z.number().int().min(0).max(100),
        /** Quadrant axis the criterion measures; absent in older files (then by code). */
        axis: z.enum(['impact', 'ease']).optional(),
        updatedAt: instant,
      }),
    )
    .max(30),
  scores: z
    .array(
      z.object({
        id,
        programmeId: id,
        criterionId: id,
        score: z.number().int().min(1).max(5),
        updatedAt: instant,
      }),
    )
    .max(60_000),
  quickWins: z
    .array(
      z.object({
        id,
        programmeId: id,
        rationale: longText,
        profileType: code,
        benefit: longText,
        partners: longText,
        sustainability: longText,
        /** Months the quick win needs, when stated (absent in older files). */
        durationMonths: z.number().int().min(1).max(120).nullable().optional(),
        updatedAt: instant,
        risks: z
          .array(
            z.object({
              id,
              risk: longText,
              likelihood: z.number().int().min(1).max(5),
              impact: z.number().int().min(1).max(5),
              handling: code,
              mitigation: longText,
              owner: shortText,
              updatedAt: instant,
            }),
          )
          .max(100),
      }),
    )
    .max(200),
  budgets: z
    .array(
      z.object({ id, programmeId: id, year, sourceCode: code, amount: rupiah, updatedAt: instant }),
    )
    .max(200_000),
  documentSettings: z
    .object({
      id,
      foreword: longText,
      place: shortText,
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
      signatoryName: shortText,
      signatoryTitle: shortText,
      signatoryNip: shortText,
      updatedAt: instant,
    })
    .nullable(),
  comments: z
    .array(
      z.object({
        id,
        targetType: code,
        targetId: z.string().max(64),
        severity: code,
        body: longText,
        authorName: shortText,
        authorInstansi: shortText,
        createdAt: instant,
        reply: longText,
        repliedAt: instant.nullable(),
        resolvedAt: instant.nullable(),
        updatedAt: instant,
      }),
    )
    .max(5000),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
