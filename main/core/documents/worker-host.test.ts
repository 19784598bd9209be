import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/plan-document';
import { RESOURCES_DIR } from '../../test/helpers';
import { loadReference } from '../reference/reference.loader';
import { renderInWorker, WORKER_FILE } from './worker-host';

const root = path.resolve(__dirname, '..', '..', '..');
// Inside the repo's (ignored) out/ folder, so the bundle finds node_modules/pdfmake.
const dir = path.join(root, 'out', `test-worker-${process.pid}`);
const file = path.join(dir, WORKER_FILE);
const ref = loadReference(RESOURCES_DIR).data;
const demo = JSON.parse(
  fs.readFileSync(path.join(RESOURCES_DIR, 'demo/manggarai-timur.json'), 'utf8'),
) as PlanDocument;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(__dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: file,
    external: ['pdfmake'],
    logLevel: 'silent',
  });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rendering in a worker thread', () => {
  it('renders the books off the main thread and reports progress per book', async () => {
    const progress: string[] = [];
    const books = await renderInWorker(
      demo,
      ref,
      { books: ['ringkasan', 'buku3'], paper: 'a4' },
      { onProgress: (done, book) => progress.push(`${book}:${done}`) },
      file,
    );
    expect(books!.map((b) => b.book)).toEqual(['ringkasan', 'buku3']);
    expect(Buffer.from(books![0]!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(progress).toEqual(['ringkasan:0.5', 'buku3:1']);
  }, 60_000);

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const running = renderInWorker(demo, ref, {}, { signal: controller.signal }, file);
    setTimeout(() => controller.abort(), 200);
    await expect(running).rejects.toThrow(/Abort/);
    expect(Date.now() - started).toBeLessThan(3000);
  }, 60_000);

  it('answers null without a worker file, so the caller renders in-process', async () => {
    expect(await renderInWorker(demo, ref, {}, {}, null)).toBeNull();
  });
});
