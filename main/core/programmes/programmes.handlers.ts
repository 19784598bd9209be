/** Handlers of the programmes, quick-win and roadmap methods. */
import type { HandlersOf } from '../../../shared/contract';
import type { programmeMethods } from '../../../shared/contract/programmes';
import type { CoreContext } from '../context';
import * as programmes from './programmes.service';
import * as quickwin from './quickwin.service';
import * as roadmap from './roadmap.service';
import { exportRoadmapXlsx } from './roadmap.xlsx';

export function programmeHandlers(ctx: CoreContext): HandlersOf<typeof programmeMethods> {
  return {
    'programmes.add': async (input) => programmes.addProgramme(ctx, input),
    'programmes.update': async (input) => programmes.updateProgramme(ctx, input),
    'programmes.remove': async (input) => programmes.removeProgramme(ctx, input),
    'programmes.addIndicator': async (input) => programmes.addIndicator(ctx, input),
    'programmes.updateIndicator': async (input) => programmes.updateIndicator(ctx, input),
    'programmes.removeIndicator': async (input) => programmes.removeIndicator(ctx, input),
    'programmes.setTarget': async (input) => programmes.setTarget(ctx, input),
    'quickwin.setWeights': async (input) => quickwin.setWeights(ctx, input),
    'quickwin.updateCriterion': async (input) => quickwin.updateCriterion(ctx, input),
    'quickwin.addCriterion': async (input) => quickwin.addCriterion(ctx, input),
    'quickwin.removeCriterion': async (input) => quickwin.removeCriterion(ctx, input),
    'quickwin.resetCriteria': async (input) => quickwin.resetCriteria(ctx, input),
    'quickwin.setScore': async (input) => quickwin.setScore(ctx, input),
    'quickwin.select': async (input) => quickwin.selectQuickWin(ctx, input),
    'quickwin.unselect': async (input) => quickwin.unselectQuickWin(ctx, input),
    'quickwin.update': async (input) => quickwin.updateQuickWin(ctx, input),
    'quickwin.addRisk': async (input) => quickwin.addRisk(ctx, input),
    'quickwin.updateRisk': async (input) => quickwin.updateRisk(ctx, input),
    'quickwin.removeRisk': async (input) => quickwin.removeRisk(ctx, input),
    'roadmap.setYears': async (input) => programmes.setYears(ctx, input),
    'roadmap.setBudget': async (input) => roadmap.setBudget(ctx, input),
    'roadmap.setCeiling': async (input) => roadmap.setCeiling(ctx, input),
    'roadmap.exportXlsx': async (input) => exportRoadmapXlsx(ctx, input),
  };
}
