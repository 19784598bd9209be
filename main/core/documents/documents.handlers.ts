/** Handlers of the documents methods. */
import type { HandlersOf } from '../../../shared/contract';
import type { documentsMethods } from '../../../shared/contract/documents';
import type { CoreContext } from '../context';
import * as documents from './documents.service';
import { hasDocumentsShell, openFolder, pickFolder } from './shell-port';

export function documentsHandlers(ctx: CoreContext): HandlersOf<typeof documentsMethods> {
  return {
    'documents.settings': async ({ planId }) => documents.getDocumentSettings(ctx, planId),
    'documents.updateSettings': async (input) => documents.updateDocumentSettings(ctx, input),
    'documents.checklist': async ({ planId }) => documents.checklist(ctx, planId),
    'documents.preview': async (input) => documents.preview(ctx, input),
    'documents.export': async (input) => documents.startExport(ctx, input),
    'documents.job': async ({ jobId }) => documents.jobStatus(jobId),
    'documents.cancel': async ({ jobId }) => documents.cancelJob(jobId),
    'documents.pickFolder': async () => ({
      folder: await pickFolder('Rancang'),
      available: hasDocumentsShell(),
    }),
    'documents.openFolder': async ({ folder }) => {
      await openFolder(folder);
      return { ok: true as const };
    },
    'documents.file': async ({ jobId, index }) => documents.jobFile(jobId, index),
  };
}
