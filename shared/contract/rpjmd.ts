/** Contract of the RPJMD step: period and visi, the cascade outline, indicators, smart-city statements. */
import { z } from 'zod';
import {
  indicatorKindSchema,
  rpjmdKindSchema,
  statementKindSchema,
  type PlanDocument,
} from '../plan-document';
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
const indicatorSchema = z.object({
  id: uuid,
  rpjmdItemId: uuid.nullable(),
  programmeId: uuid.nullable(),
  kind: indicatorKindSchema,
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  updatedAt: z.string(),
  targets: z.array(
    z.object({
      id: uuid,
      year: z.number().int(),
      value: z.number().nullable(),
      updatedAt: z.string(),
    }),
  ),
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
