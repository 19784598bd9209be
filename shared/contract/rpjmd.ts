/** Contract of the RPJMD step: period and visi, the cascade outline, indicators, smart-city statements. */
import { z } from 'zod';
import {
  indicatorKindSchema,
  rpjmdKindSchema,
  statementKindSchema,
  type PlanDocument,
} from '../plan-document';
import { indicatorSchema } from './indicator';
import { method } from './method';

const uuid = z.string().min(1).max(64);
const planRef = z.object({ planId: uuid });
const done = z.object({ ok: z.literal(true) });
const year = z.number().int().min(1990).max(2100);
const longText = z.string().max(20_000);
const pillarCode = z
  .string()
  .regex(/^[a-z]+$/)
  .max(40);

export type RpjmdItemDto = PlanDocument['rpjmdItems'][number];
export type IndicatorDto = PlanDocument['indicators'][number];
export type StatementDto = PlanDocument['statements'][number];
export type RpjmdHeader = NonNullable<PlanDocument['rpjmd']>;

const rpjmdHeaderSchema = z.object({
  id: uuid,
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  visi: z.string(),
  legalBasis: z.string(),
  updatedAt: z.string(),
});
const itemSchema = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  kind: rpjmdKindSchema,
  code: z.string(),
  text: z.string(),
  opdId: uuid.nullable(),
  updatedAt: z.string(),
});
const statementSchema = z.object({
  id: uuid,
  kind: statementKindSchema,
  pillarCode: z.string().nullable(),
  text: z.string(),
  rpjmdItemIds: z.array(uuid),
  updatedAt: z.string(),
});

export const rpjmdDataSchema = z.object({
  rpjmd: rpjmdHeaderSchema.nullable(),
  items: z.array(itemSchema),
  indicators: z.array(indicatorSchema),
});
export type RpjmdData = z.infer<typeof rpjmdDataSchema>;

/** What a deletion removed, so that undo can put it back exactly. */
export const rpjmdDeletionSchema = z.object({
  items: z.array(itemSchema.extend({ sortOrder: z.number().int() })).max(5000),
  indicators: z.array(indicatorSchema.extend({ sortOrder: z.number().int() })).max(10_000),
  programmeLinks: z
    .array(z.object({ programmeId: uuid, rpjmdItemId: uuid, sortOrder: z.number().int() }))
    .max(20_000),
  statementLinks: z
    .array(z.object({ statementId: uuid, rpjmdItemId: uuid, sortOrder: z.number().int() }))
    .max(20_000),
});
export type RpjmdDeletion = z.infer<typeof rpjmdDeletionSchema>;

const itemPatch = z
  .object({
    kind: rpjmdKindSchema,
    code: z.string().trim().max(60),
    text: longText,
    opdId: uuid.nullable(),
  })
  .partial()
  .strict();

const indicatorPatch = z
  .object({
    kind: indicatorKindSchema,
    name: z.string().max(500),
    unit: z.string().max(60),
    baseline: z.number().finite().nullable(),
    baselineYear: year.nullable(),
  })
  .partial()
  .strict();

export const rpjmdMethods = {
  'rpjmd.get': method(planRef.strict(), rpjmdDataSchema),
  'rpjmd.update': method(
    planRef
      .extend({
        patch: z
          .object({
            periodStart: z.number().int().min(2000).max(2100),
            periodEnd: z.number().int().min(2000).max(2105),
            visi: longText,
            legalBasis: z.string().max(500),
          })
          .partial()
          .strict(),
      })
      .strict(),
    rpjmdHeaderSchema,
  ),
  /** Adds an item: at the end of the root (no `relativeTo`), after/before a sibling, or as a last child. */
  'rpjmd.addItem': method(
    planRef
      .extend({
        /** The UI names the new line itself, so that it can show it before the answer. */
        id: z.uuid().optional(),
        relativeTo: uuid.nullable().default(null),
        position: z.enum(['after', 'before', 'child']).default('after'),
        kind: rpjmdKindSchema.optional(),
        text: longText.default(''),
        code: z.string().trim().max(60).default(''),
      })
      .strict(),
    itemSchema,
  ),
  'rpjmd.updateItem': method(
    planRef.extend({ itemId: uuid, patch: itemPatch }).strict(),
    itemSchema,
  ),
  'rpjmd.moveItem': method(
    planRef.extend({ itemId: uuid, action: z.enum(['up', 'down', 'indent', 'outdent']) }).strict(),
    done,
  ),
  /** Deletes an item with everything below it; answers what was removed, for undo. */
  'rpjmd.deleteItem': method(planRef.extend({ itemId: uuid }).strict(), rpjmdDeletionSchema),
  'rpjmd.restore': method(planRef.extend({ deletion: rpjmdDeletionSchema }).strict(), done),
  'rpjmd.addIndicator': method(
    planRef.extend({ itemId: uuid, fields: indicatorPatch.optional() }).strict(),
    indicatorSchema,
  ),
  'rpjmd.updateIndicator': method(
    planRef.extend({ indicatorId: uuid, patch: indicatorPatch }).strict(),
    indicatorSchema,
  ),
  'rpjmd.setTarget': method(
    planRef.extend({ indicatorId: uuid, year, value: z.number().finite().nullable() }).strict(),
    indicatorSchema,
  ),
  'rpjmd.removeIndicator': method(planRef.extend({ indicatorId: uuid }).strict(), done),
  'statements.list': method(planRef.strict(), z.array(statementSchema)),
  'statements.add': method(
    planRef
      .extend({
        kind: statementKindSchema,
        pillarCode: pillarCode.nullable(),
        text: longText.default(''),
      })
      .strict(),
    statementSchema,
  ),
  'statements.update': method(
    planRef
      .extend({
        statementId: uuid,
        patch: z
          .object({ text: longText, rpjmdItemIds: z.array(uuid).max(200) })
          .partial()
          .strict(),
      })
      .strict(),
    statementSchema,
  ),
  'statements.remove': method(planRef.extend({ statementId: uuid }).strict(), done),
} as const;

/** Fields of the cascade table a column can be mapped to. */
export const IMPORT_FIELDS = [
  'code',
  'kind',
  'text',
  'nomenclature',
  'opd',
  'indicator',
  'unit',
  'baseline',
  'baselineYear',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['code', 'kind', 'text'];

const header = z.string().max(200);
export const importMappingSchema = z.object({
  fields: z
    .object(
      Object.fromEntries(IMPORT_FIELDS.map((f) => [f, header.optional()])) as {
        [K in ImportField]: z.ZodOptional<typeof header>;
      },
    )
    .strict(),
  targets: z.array(z.object({ header, year })).max(20),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** A spreadsheet travels as base64 (at most 20 MB of file). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
const fileInput = planRef.extend({
  fileName: z.string().min(1).max(260),
  base64: z.string().max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4096),
});
const fileOutput = z.object({ fileName: z.string(), base64: z.string() });

export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  /** i18n key under `import.reasons.` */
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importPreviewSchema = z.object({
  counts: z.record(z.string(), z.number().int()),
  indicators: z.number().int(),
  newOpds: z.array(z.string()),
  replaced: z.number().int(),
  problems: z.array(importProblemSchema),
  sample: z.array(
    z.object({
      row: z.number().int(),
      number: z.string(),
      kind: rpjmdKindSchema,
      text: z.string(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

const language = z.enum(['id', 'en']).default('id');

export const rpjmdImportMethods = {
  'rpjmd.importTemplate': method(planRef.extend({ language }).strict(), fileOutput),
  'rpjmd.exportXlsx': method(planRef.extend({ language }).strict(), fileOutput),
  /** Reads the sheet's column headers and proposes a mapping (the last one used, or a guess). */
  'rpjmd.importRead': method(
    fileInput.strict(),
    z.object({
      headers: z.array(z.string()),
      rows: z.number().int(),
      mapping: importMappingSchema,
    }),
  ),
  /** Checks every row with the mapping; remembers the mapping for next time. */
  'rpjmd.importPreview': method(
    fileInput.extend({ mapping: importMappingSchema }).strict(),
    importPreviewSchema,
  ),
  /** Replaces the RPJMD with the sheet's content, only when no row has a problem. */
  'rpjmd.importApply': method(
    fileInput.extend({ mapping: importMappingSchema }).strict(),
    z.object({ items: z.number().int(), indicators: z.number().int() }),
  ),
} as const;
