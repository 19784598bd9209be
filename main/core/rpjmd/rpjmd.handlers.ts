/** Handlers of the RPJMD step's methods. */
import type { HandlersOf } from '../../../shared/contract';
import type { rpjmdImportMethods, rpjmdMethods } from '../../../shared/contract/rpjmd';
import type { CoreContext } from '../context';
import * as importer from './rpjmd.import.service';
import * as rpjmd from './rpjmd.service';
import * as statements from './statements.service';

export function rpjmdHandlers(
  ctx: CoreContext,
): HandlersOf<typeof rpjmdMethods & typeof rpjmdImportMethods> {
  return {
    'rpjmd.get': async ({ planId }) => rpjmd.getRpjmd(ctx, planId),
    'rpjmd.update': async (input) => rpjmd.updateRpjmd(ctx, input),
    'rpjmd.addItem': async (input) => rpjmd.addItem(ctx, input),
    'rpjmd.updateItem': async (input) => rpjmd.updateItem(ctx, input),
    'rpjmd.moveItem': async (input) => rpjmd.moveItem(ctx, input),
    'rpjmd.deleteItem': async (input) => rpjmd.deleteItem(ctx, input),
    'rpjmd.restore': async (input) => rpjmd.restoreItems(ctx, input),
    'rpjmd.addIndicator': async (input) => rpjmd.addIndicator(ctx, input),
    'rpjmd.updateIndicator': async (input) => rpjmd.updateIndicator(ctx, input),
    'rpjmd.setTarget': async (input) => rpjmd.setTarget(ctx, input),
    'rpjmd.removeIndicator': async (input) => rpjmd.removeIndicator(ctx, input),
    'statements.list': async ({ planId }) => statements.listStatements(ctx, planId),
    'statements.add': async (input) => statements.addStatement(ctx, input),
    'statements.update': async (input) => statements.updateStatement(ctx, input),
    'statements.remove': async (input) => statements.removeStatement(ctx, input),
    'rpjmd.importTemplate': async (input) => importer.importTemplate(ctx, input),
    'rpjmd.exportXlsx': async (input) => importer.exportXlsx(ctx, input),
    'rpjmd.importRead': async (input) => importer.importRead(ctx, input),
    'rpjmd.importPreview': async (input) => importer.importPreview(ctx, input),
    'rpjmd.importApply': async (input) => importer.importApply(ctx, input),
  };
}
