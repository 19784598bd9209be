/** Handlers of packages.*, identity.* and review.*. */
import type { HandlersOf } from '../../../shared/contract';
import type { packagesMethods } from '../../../shared/contract/packages';
import type { CoreContext } from '../context';
import { exportPlanDocument } from '../plans/plan-document.repository';
import { documentSections } from '../review/document-sections';
import * as review from '../review/review.service';
import { bookDocuments } from './book-documents';
import * as identity from './identity.service';
import * as packages from './packages.service';
import { takePending } from './pending';

const decode = (data: string) => Buffer.from(data, 'base64');

export function packagesHandlers(
  ctx: CoreContext,
  env: packages.PackagesEnv,
): HandlersOf<typeof packagesMethods> {
  return {
    'identity.get': async () => identity.getIdentity(ctx, env.dataDir),
    'identity.set': async (input) => identity.setIdentity(ctx, env.dataDir, input),
    'packages.export': async ({ planId, withPdf }) => {
      const documents = withPdf ? await bookDocuments(ctx, planId) : [];
      const result = await packages.exportPackage(ctx, env, planId, { documents });
      return {
        fileName: result.fileName,
        dataBase64: result.bytes.toString('base64'),
        manifestHash: result.manifestHash,
      };
    },
    'packages.inspect': async ({ data }) => packages.inspectPackage(ctx, env, decode(data)),
    'packages.import': async ({ data, mode, title }) =>
      packages.importPackage(ctx, env, decode(data), mode, title),
    'packages.takePending': async ({ token }) => takePending(token),
    'packages.trusted': async () => identity.listTrusted(ctx),
    'packages.trust': async (input) => identity.trustSigner(ctx, input),
    'packages.untrust': async ({ publicKey }) => identity.untrustSigner(ctx, publicKey),
    'review.status': async ({ planId }) => review.reviewStatus(ctx, planId),
    'review.copies': async () => Object.keys(await packages.reviewCopies(ctx)),
    'review.documentSections': async ({ planId, lang }) =>
      documentSections(await exportPlanDocument(ctx.db, planId), ctx.reference.data, lang),
    'review.list': async ({ planId }) => review.listComments(ctx, planId),
    'review.add': async (input) => review.addComment(ctx, env, input),
    'review.remove': async ({ planId, commentId }) => review.removeComment(ctx, planId, commentId),
    'review.reply': async (input) => review.replyComment(ctx, input),
    'review.resolve': async (input) => review.resolveComment(ctx, input),
    'review.export': async ({ planId }) => {
      const result = await review.exportReview(ctx, env, planId);
      return { fileName: result.fileName, dataBase64: result.bytes.toString('base64') };
    },
    'review.import': async ({ data }) => review.importReview(ctx, decode(data)),
  };
}
