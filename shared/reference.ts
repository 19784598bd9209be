/**
 * Reference data shipped in `resources/reference/`: schemas and types.
 * The files are versioned; logic reads codes and weights from them and never hard-codes them.
 */
import { z } from 'zod';

/** A text in both UI languages. */
export const localizedText = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedText>;

export const subDimensionSchema = z.object({
  code: z.string().regex(/^[a-z]+$/),
  name: localizedText,
  description: localizedText,
});

export const pillarSchema = z.object({
  code: z.string().regex(/^[a-z]+$/),
  name: localizedText,
  aliases: z.array(z.string()).default([]),
  description: localizedText,
  subDimensions: z.array(subDimensionSchema).length(3),
});

export const pillarCatalogSchema = z.object({
  version: z.string(),
  pillars: z.array(pillarSchema).length(6),
});

export const readinessScaleSchema = z.object({
  version: z.string(),
  elements: z
    .array(
      z.object({
        code: z.enum(['struktur', 'infrastruktur', 'suprastruktur']),
        name: localizedText,
        description: localizedText,
      }),
    )
    .length(3),
  levels: z
    .array(
      z.object({
        score: z.number().int().min(1).max(5),
        name: localizedText,
        description: localizedText,
      }),
    )
    .length(5),
});

export const quickWinCriteriaSchema = z.object({
  version: z.string(),
  criteria: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z0-9_]+$/),
        name: localizedText,
        description: localizedText,
        weight: z.number().int().min(0).max(100),
      }),
    )
    .min(1)
    .refine((list) => list.reduce((sum, c) => sum + c.weight, 0) === 100, 'weights must total 100'),
});

export const fundingSourcesSchema = z.object({
  version: z.string(),
  sources: z
    .array(z.object({ code: z.string().regex(/^[a-z0-9_]+$/), name: localizedText }))
    .min(1),
});

export const opdSuggestionsSchema = z.object({
  version: z.string(),
  opds: z.array(z.object({ name: z.string().min(1), abbreviation: z.string() })).min(1),
});

export const codeListSchema = z
  .array(z.object({ code: z.string().regex(/^[a-z0-9_]+$/), name: localizedText }))
  .min(1);

export const vocabulariesSchema = z.object({
  version: z.string(),
  programmeTypes: codeListSchema,
  teamBodies: codeListSchema,
  teamRoles: codeListSchema,
  planStatuses: codeListSchema,
  swotQuadrants: codeListSchema,
  riskHandling: codeListSchema,
  commentSeverities: codeListSchema,
});

export const regionSchema = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}$/),
  type: z.enum(['kabupaten', 'kota']),
  name: z.string(),
  provinceCode: z.string().regex(/^\d{2}$/),
  provinceName: z.string(),
  population: z.number().int().nullable(),
  areaKm2: z.number().nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const referenceDataSchema = z.object({
  pillars: pillarCatalogSchema,
  readinessScale: readinessScaleSchema,
  quickWinCriteria: quickWinCriteriaSchema,
  fundingSources: fundingSourcesSchema,
  opdSuggestions: opdSuggestionsSchema,
  vocabularies: vocabulariesSchema,
  regionsVersion: z.string(),
});
export type ReferenceData = z.infer<typeof referenceDataSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type CodeList = z.infer<typeof codeListSchema>;

/** Picks the text for a UI language, falling back to Indonesian. */
export function localized(text: LocalizedText, language: string): string {
  return language === 'en' ? text.en : text.id;
}
