/**
 * Worker-thread entry (bundled as out/main/documents-worker.cjs): renders books off the main
 * thread so IPC, the store and the window stay responsive during an export.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanDocument } from '../../../shared/plan-document';
import type { ReferenceData } from '../../../shared/reference';
import { renderBooks, type RenderOptions } from './index';

interface Input {
  doc: PlanDocument;
  ref: ReferenceData;
  options: Omit<RenderOptions, 'onProgress' | 'signal'>;
}

const { doc, ref, options } = workerData as Input;
renderBooks(doc, ref, {
  ...options,
  onProgress: (done, book) => parentPort?.postMessage({ type: 'progress', done, book }),
})
  .then((books) => {
    parentPort?.postMessage(
      { type: 'done', books },
      books.map((b) => b.bytes.buffer as ArrayBuffer),
    );
  })
  .catch((error: unknown) => {
    parentPort?.postMessage({ type: 'error', message: String(error) });
  });
