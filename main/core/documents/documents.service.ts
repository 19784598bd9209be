/**
 * The Dokumen step: document settings (foreword, place, date, signatory), the checklist before
 * export, previews and export jobs with progress and cancel. Rendering happens in a worker
 * thread when the bundled worker is available (the UI and the store stay responsive), else
 * in-process (tests, development).
 */
import { alignmentFindings } from '../../../shared/analysis/alignment';
import { roadmapFindings } from '../../../shared/analysis/roadmap';
import type {
  ChecklistItem,
  DocumentBook,
  DocumentSettings,
  ExportJob,
} from '../../../shared/contract/documents';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { exportPlanDocument } from '../plans/plan-document.repository';
import { findPlan, touchPlan } from '../plans/plans.repository';
import { renderBooks, type RenderedBook, type RenderOptions } from './index';
import fs from 'node:fs';
import path from 'node:path';
import { isPickedFolder } from './shell-port';
import { renderInWorker } from './worker-host';

const EMPTY: DocumentSettings = {
  foreword: '',
  place: '',
  date: null,
  signatoryName: '',
  signatoryTitle: '',
  signatoryNip: '',
};

export async function getDocumentSettings(
  ctx: CoreContext,
  planId: string,
): Promise<DocumentSettings> {
  if (!(await findPlan(ctx.db, planId))) throw new AppError('plan.notFound');
  const row = await ctx.db
    .selectFrom('document_setting')
    .selectAll()
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) return { ...EMPTY };
  return {
    foreword: row.foreword,
    place: row.place,
    date: row.date,
    signatoryName: row.signatory_name,
    signatoryTitle: row.signatory_title,
    signatoryNip: row.signatory_nip,
  };
}

export async function updateDocumentSettings(
  ctx: CoreContext,
  input: { planId: string; settings: Partial<DocumentSettings> },
): Promise<DocumentSettings> {
  const current = await getDocumentSettings(ctx, input.planId);
  const next = { ...current, ...input.settings };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const values = {
      foreword: next.foreword,
      place: next.place.trim(),
      date: next.date,
      signatory_name: next.signatoryName.trim(),
      signatory_title: next.signatoryTitle.trim(),
      signatory_nip: next.signatoryNip.trim(),
      updated_at: now,
    };
    const existing = await trx
      .selectFrom('document_setting')
      .select('id')
      .where('plan_id', '=', input.planId)
      .executeTakeFirst();
    if (existing)
      await trx.updateTable('document_setting').set(values).where('id', '=', existing.id).execute();
    else
      await trx
        .insertInto('document_setting')
        .values({ id: ctx.newId(), plan_id: input.planId, ...values })
        .execute();
    await touchPlan(trx, input.planId, now);
  });
  return getDocumentSettings(ctx, input.planId);
}

/** What is still empty or inconsistent: alignment and roadmap findings, plus the front matter. */
export async function checklist(ctx: CoreContext, planId: string): Promise<ChecklistItem[]> {
  const doc = await exportPlanDocument(ctx.db, planId);
  const items: ChecklistItem[] = [];
  const s = doc.documentSettings;
  if (!s?.foreword.trim())
    items.push({ code: 'forewordMissing', severity: 'warning', step: 'documents', params: {} });
  if (!s?.signatoryName.trim())
    items.push({ code: 'signatoryMissing', severity: 'warning', step: 'documents', params: {} });
  if (!s?.date)
    items.push({ code: 'dateMissing', severity: 'info', step: 'documents', params: {} });
  for (const f of [...alignmentFindings(doc, ctx.reference.data), ...roadmapFindings(doc)])
    items.push({ code: f.code, severity: f.severity, step: f.step, params: f.params });
  return items;
}

export interface RenderRequest {
  planId: string;
  /** Export only: a folder the user picked; null for a download. */
  folder?: string | null;
  books: DocumentBook[];
  paper: 'a4' | 'f4';
  draft: boolean;
  lang: 'id' | 'en';
  /** The regency's logo for the covers, as a data URL (PNG or JPEG). */
  logo?: string | null;
}

/** Renders the chosen books of a stored plan (in a worker thread when bundled). */
export async function renderPlanBooks(
  ctx: CoreContext,
  req: RenderRequest,
  hooks: Pick<RenderOptions, 'onProgress' | 'signal'> = {},
): Promise<RenderedBook[]> {
  const doc = await exportPlanDocument(ctx.db, req.planId);
  const options = {
    books: req.books,
    paper: req.paper,
    draft: req.draft,
    lang: req.lang,
    logo: req.logo ?? null,
  };
  const viaWorker = await renderInWorker(doc, ctx.reference.data, options, hooks);
  return viaWorker ?? renderBooks(doc, ctx.reference.data, { ...options, ...hooks });
}

export async function preview(
  ctx: CoreContext,
  req: Omit<RenderRequest, 'books'> & { book: DocumentBook },
): Promise<{ fileName: string; base64: string; pages: number }> {
  const [book] = await renderPlanBooks(ctx, { ...req, books: [req.book] });
  const bytes = book!.bytes;
  const pages = (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
  return { fileName: book!.fileName, base64: Buffer.from(bytes).toString('base64'), pages };
}

interface Job {
  state: ExportJob;
  controller: AbortController;
  books: RenderedBook[];
  finishedAt: number | null;
}
const jobs = new Map<string, Job>();
const JOB_TTL_MS = 15 * 60_000;

function snapshot(job: Job): ExportJob {
  return { ...job.state, files: [...job.state.files] };
}

function forgetOldJobs() {
  const now = Date.now();
  for (const [id, job] of jobs)
    if (job.finishedAt !== null && now - job.finishedAt > JOB_TTL_MS) jobs.delete(id);
}

/** Starts an export; the caller polls `job` for progress and fetches the files when done. */
export async function startExport(ctx: CoreContext, req: RenderRequest): Promise<ExportJob> {
  if (!(await findPlan(ctx.db, req.planId))) throw new AppError('plan.notFound');
  const folder = req.folder ?? null;
  if (folder !== null && !isPickedFolder(folder)) throw new AppError('documents.folderNotPicked');
  forgetOldJobs();
  const jobId = ctx.newId();
  const job: Job = {
    state: {
      jobId,
      status: 'running',
      progress: 0,
      current: req.books[0] ?? null,
      folder,
      files: [],
      error: null,
    },
    controller: new AbortController(),
    books: [],
    finishedAt: null,
  };
  jobs.set(jobId, job);
  void renderPlanBooks(ctx, req, {
    signal: job.controller.signal,
    onProgress: (done, book) => {
      job.state.progress = done;
      const next = req.books[req.books.indexOf(book) + 1];
      job.state.current = next ?? null;
    },
  })
    .then((books) => {
      if (job.state.status !== 'running') return;
      job.books = books;
      const paths = folder ? books.map((b) => writeAtomically(folder, b.fileName, b.bytes)) : [];
      job.state.files = books.map((b, i) => ({
        book: b.book,
        fileName: b.fileName,
        size: b.bytes.length,
        path: paths[i] ?? null,
      }));
      job.state.status = 'done';
      job.state.progress = 1;
      job.state.current = null;
    })
    .catch((error: unknown) => {
      if (job.state.status !== 'running') return;
      job.state.status = job.controller.signal.aborted ? 'cancelled' : 'failed';
      job.state.error = job.controller.signal.aborted ? null : String(error);
    })
    .finally(() => {
      job.finishedAt = Date.now();
    });
  return snapshot(job);
}

/** Writes beside the target and renames: a failure never leaves half a PDF under the name. */
export function writeAtomically(folder: string, fileName: string, bytes: Uint8Array): string {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, path.basename(fileName));
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  return file;
}

function jobOf(jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('documents.jobNotFound');
  return job;
}

export function jobStatus(jobId: string): ExportJob {
  return snapshot(jobOf(jobId));
}

export function cancelJob(jobId: string): ExportJob {
  const job = jobOf(jobId);
  if (job.state.status === 'running') {
    job.controller.abort();
    job.state.status = 'cancelled';
    job.state.current = null;
  }
  return snapshot(job);
}

export function jobFile(jobId: string, index: number): { fileName: string; base64: string } {
  const job = jobOf(jobId);
  const book = job.books[index];
  if (job.state.status !== 'done' || !book) throw new AppError('documents.jobNotFound');
  return { fileName: book.fileName, base64: Buffer.from(book.bytes).toString('base64') };
}
