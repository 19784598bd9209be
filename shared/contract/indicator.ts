/** An indicator with its yearly targets, as RPJMD items and programmes both carry it. */
import { z } from 'zod';
import { indicatorKindSchema } from '../plan-document';

const uuid = z.string().min(1).max(64);

export const indicatorSchema = z.object({
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
