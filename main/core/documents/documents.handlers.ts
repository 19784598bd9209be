/** Handlers of the documents methods. */
import type { HandlersOf } from '../../../shared/contract';
import type { documentsMethods } from '../../../shared/contract/documents';
import type { CoreContext } from '../context';
import * as documents from './documents.service';
import { readLogo, writeLogo } from './logo.store';
import { hasDocumentsShell, openFolder, pickFolder } from './shell-port';

export function documentsHandlers(
  ctx: CoreContext,
  dataDir: string,
): HandlersOf<typeof documentsMethods> {
  const planExists = async (planId: string) => {
    await documents.getDocumentSettings(ctx, planId);
  };
  const withLogo = <T extends { planId: string }>(input: T) => ({
    ...input,
    logo: readLogo(dataDir, input.planId),
  });
  return {
    'documents.settings': async ({ planId }) => documents.getDocumentSettings(ctx, planId),
    'documents.updateSettings': async (input) => documents.updateDocumentSettings(ctx, input),
    'documents.checklist': async ({ planId }) => documents.checklist(ctx, planId),
    'documents.preview': async (input) => documents.preview(ctx, withLogo(input)),
    'documents.export': async (input) => documents.startExport(ctx, withLogo(input)),
    'documents.logo': async ({ planId }) => {
      await planExists(planId);
      return { dataUrl: readLogo(dataDir, planId) };
    },
    'documents.setLogo': async ({ planId, dataUrl }) => {
      await planExists(planId);
      return { dataUrl: writeLogo(dataDir, planId, dataUrl) };
    },
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
