/** Handlers of the pillar analysis step's methods. */
import type { HandlersOf } from '../../../shared/contract';
import type { pillarsMethods } from '../../../shared/contract/pillars';
import type { CoreContext } from '../context';
import * as pillars from './pillars.service';

export function pillarsHandlers(ctx: CoreContext): HandlersOf<typeof pillarsMethods> {
  return {
    'pillars.get': async ({ planId }) => pillars.getPillars(ctx, planId),
    'pillars.setReadiness': async (input) => pillars.setReadiness(ctx, input),
    'pillars.updateAnalysis': async (input) => pillars.updateAnalysis(ctx, input),
    'swot.add': async (input) => pillars.addSwot(ctx, input),
    'swot.update': async (input) => pillars.updateSwot(ctx, input),
    'swot.remove': async (input) => pillars.removeSwot(ctx, input),
    'issues.add': async (input) => pillars.addIssue(ctx, input),
    'issues.update': async (input) => pillars.updateIssue(ctx, input),
    'issues.remove': async (input) => pillars.removeIssue(ctx, input),
    'issues.move': async (input) => pillars.moveIssue(ctx, input),
  };
}
