/** Contract of the formal documents: settings, checklist, preview and export jobs. */
import { z } from 'zod';
import { method } from './method';

const uuid = z.string().min(1).max(64);

export const documentBookSchema = z.enum(['buku1', 'buku2', 'buku3', 'ringkasan', 'perbup']);
export type DocumentBook = z.infer<typeof documentBookSchema>;

export const documentSettingsSchema = z.object({
  foreword: z.string().max(20_000),
  place: z.string().max(200),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  signatoryName: z.string().max(200),
  signatoryTitle: z.string().max(200),
  signatoryNip: z.string().max(60),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export const renderChoiceSchema = z.object({
  paper: z.enum(['a4', 'f4']).default('a4'),
  draft: z.boolean().default(false),
  lang: z.enum(['id', 'en']).default('id'),
});

export const checklistItemSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  step: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const exportJobSchema = z.object({
  jobId: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: z.number().min(0).max(1),
  current: documentBookSchema.nullable(),
  /** The folder written into (desktop), or null when the files await download. */
  folder: z.string().nullable(),
  files: z.array(
    z.object({
      book: documentBookSchema,
      fileName: z.string(),
      size: z.number(),
      path: z.string().nullable(),
    }),
  ),
  error: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

export const documentsMethods = {
  'documents.settings': method(z.object({ planId: uuid }).strict(), documentSettingsSchema),
  'documents.updateSettings': method(
    z.object({ planId: uuid, settings: documentSettingsSchema.partial() }).strict(),
    documentSettingsSchema,
  ),
  'documents.checklist': method(z.object({ planId: uuid }).strict(), z.array(checklistItemSchema)),
  /** One book as PDF bytes (base64) for the preview pane. */
  'documents.preview': method(
    z.object({ planId: uuid, book: documentBookSchema }).extend(renderChoiceSchema.shape).strict(),
    z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int() }),
  ),
  'documents.export': method(
    z
      .object({
        planId: uuid,
        books: z.array(documentBookSchema).min(1).max(5),
        /** A folder picked with documents.pickFolder (desktop); omitted: download. */
        folder: z.string().max(2000).nullable().default(null),
      })
      .extend(renderChoiceSchema.shape)
      .strict(),
    exportJobSchema,
  ),
  'documents.job': method(z.object({ jobId: z.string().max(64) }).strict(), exportJobSchema),
  'documents.cancel': method(z.object({ jobId: z.string().max(64) }).strict(), exportJobSchema),
  'documents.logo': method(
    z.object({ planId: uuid }).strict(),
    z.object({ dataUrl: z.string().nullable() }),
  ),
  /** A PNG or JPEG (data URL, at most 1 MB) shown on the covers; null removes it. */
  'documents.setLogo': method(
    z.object({ planId: uuid, dataUrl: z.string().max(1_500_000).nullable() }).strict(),
    z.object({ dataUrl: z.string().nullable() }),
  ),
  /** Desktop: the folder dialog; `folder` is null when cancelled or without a desktop shell. */
  'documents.pickFolder': method(
    z.object({}).strict(),
    z.object({ folder: z.string().nullable(), available: z.boolean() }),
  ),
  'documents.openFolder': method(
    z.object({ folder: z.string().max(2000) }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
  /** One finished file of a job (base64), for the browser download. */
  'documents.file': method(
    z.object({ jobId: z.string().max(64), index: z.number().int().min(0).max(10) }).strict(),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),
} as const;
