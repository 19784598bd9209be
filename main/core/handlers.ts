/**
 * One handler per contract method, joined from each domain's handlers. The mapped type makes a
 * missing handler a compile error.
 */
import type { Contract, HandlersOf, MethodOutput } from '../../shared/contract';
import type { foundationMethods } from '../../shared/contract/foundation';
import type { PlanDocument } from '../../shared/plan-document';
import type { CoreContext } from './context';
import { createDemoPlan } from './demo/demo.service';
import { documentsHandlers } from './documents/documents.handlers';
import { packagesHandlers } from './packages/packages.handlers';
import { pillarsHandlers } from './pillars/pillars.handlers';
import { rpjmdHandlers } from './rpjmd/rpjmd.handlers';
import * as plans from './plans/plans.service';
import { guardReviewCopies } from './review/read-only-guard';
import { programmeHandlers } from './programmes/programmes.handlers';
import { getSettings, updateSettings } from './settings/settings.service';
import * as team from './team/team.service';

export type Handlers = HandlersOf<Contract>;

export interface HandlerDeps {
  info: MethodOutput<'app.info'>;
  demo: () => PlanDocument;
  onSettingsChanged: (settings: MethodOutput<'settings.get'>) => void;
}

function foundationHandlers(
  ctx: CoreContext,
  deps: HandlerDeps,
): HandlersOf<typeof foundationMethods> {
  return {
    'app.info': async () => deps.info,
    'settings.get': async () => getSettings(ctx),
    'settings.update': async (input) => {
      const settings = await updateSettings(ctx, input);
      deps.onSettingsChanged(settings);
      return settings;
    },
    'reference.get': async () => ctx.reference.data,
    'regions.list': async () => ctx.reference.regions,
    'plans.list': async () => plans.listPlans(ctx),
    'plans.get': async ({ planId }) => plans.getPlan(ctx, planId),
    'plans.create': async (input) => plans.createPlan(ctx, input),
    'plans.rename': async (input) => plans.renamePlan(ctx, input),
    'plans.duplicate': async (input) => plans.duplicatePlan(ctx, input),
    'plans.delete': async ({ planId }) => plans.deletePlan(ctx, planId),
    'plans.updateProfile': async (input) => plans.updateProfile(ctx, input),
    'plans.document': async ({ planId }) => plans.planDocument(ctx, planId),
    'plans.progress': async ({ planId }) => plans.getProgress(ctx, planId),
    'demo.create': async () => createDemoPlan(ctx, deps.demo()),
    'opd.list': async ({ planId }) => team.listOpds(ctx, planId),
    'opd.add': async (input) => team.addOpd(ctx, input),
    'opd.update': async (input) => team.updateOpd(ctx, input),
    'opd.remove': async (input) => team.removeOpd(ctx, input),
    'team.list': async ({ planId }) => team.listMembers(ctx, planId),
    'team.addMember': async (input) => team.addMember(ctx, input),
    'team.updateMember': async (input) => team.updateMember(ctx, input),
    'team.removeMember': async (input) => team.removeMember(ctx, input),
    'team.moveMember': async (input) => team.moveMember(ctx, input),
  };
}

export function createHandlers(ctx: CoreContext, deps: HandlerDeps): Handlers {
  // Review copies are read-only: changes to them are refused whatever the caller.
  return guardReviewCopies(ctx, {
    ...foundationHandlers(ctx, deps),
    ...documentsHandlers(ctx, deps.info.dataDir),
    ...programmeHandlers(ctx),
    ...packagesHandlers(ctx, { dataDir: deps.info.dataDir, appVersion: deps.info.version }),
    ...rpjmdHandlers(ctx),
    ...pillarsHandlers(ctx),
  });
}
