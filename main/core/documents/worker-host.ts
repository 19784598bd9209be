/**
 * Runs renderBooks in a worker thread when the bundled worker file sits next to the running
 * bundle (CLI, browser host, Electron main). Returns null when there is none (unit tests run the
 * sources), and the caller renders in-process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlanDocument } from '../../../shared/plan-document';
import type { ReferenceData } from '../../../shared/reference';
import type { BookId, RenderedBook, RenderOptions } from './index';

export const WORKER_FILE = 'documents-worker.cjs';
const HEAP_LIMIT_MB = 384;

function workerPath(): string | null {
  const dir = typeof __dirname === 'string' ? __dirname : null;
  if (!dir) return null;
  const file = path.join(dir, WORKER_FILE);
  return fs.existsSync(file) ? file : null;
}

type Message =
  | { type: 'progress'; done: number; book: BookId }
  | { type: 'done'; books: RenderedBook[] }
  | { type: 'error'; message: string };

export async function renderInWorker(
  doc: PlanDocument,
  ref: ReferenceData,
  options: Omit<RenderOptions, 'onProgress' | 'signal'>,
  hooks: Pick<RenderOptions, 'onProgress' | 'signal'>,
  file: string | null = workerPath(),
): Promise<RenderedBook[] | null> {
  if (!file) return null;
  return new Promise<RenderedBook[] | null>((resolve, reject) => {
    let heard = false;
    let worker: Worker;
    try {
      worker = new Worker(file, {
        workerData: { doc, ref, options },
        // A bounded heap makes V8 collect between books instead of growing: the peak memory of
        // a 200-programme export stays well under the 500 MB goal.
        resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
      });
    } catch {
      resolve(null);
      return;
    }
    const onAbort = () => {
      void worker.terminate();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: Message) => {
      if (m.type === 'error' && !heard) {
        // Failing before the first book (e.g. fonts unreadable from a packaged archive in a
        // worker): render in-process instead.
        hooks.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        resolve(null);
        return;
      }
      heard = true;
      if (m.type === 'progress') hooks.onProgress?.(m.done, m.book);
      else if (m.type === 'done') {
        hooks.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        resolve(m.books.map((b) => ({ ...b, bytes: new Uint8Array(b.bytes) })));
      } else {
        hooks.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        reject(new Error(m.message));
      }
    });
    worker.on('error', (e) => {
      hooks.signal?.removeEventListener('abort', onAbort);
      // A worker that cannot even start (e.g. a host that cannot load it from an archive):
      // the caller renders in-process instead.
      if (heard) reject(e);
      else resolve(null);
    });
  });
}
