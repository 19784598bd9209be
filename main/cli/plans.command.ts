import type { PlanSummary } from '../../shared/contract';
import type { CliCommand } from './command';
import { failWith } from './errors';

export const plansCommand: CliCommand = {
  name: 'plans',
  usage: '',
  summaryKey: 'cli.commands.plans',
  args: { min: 0, max: 0 },
  async run({ core, out, t, json, dataDir }) {
    const result = await core.dispatch('plans.list', {});
    if (!result.ok) return failWith(out, t, result.error);
    const plans = result.value as PlanSummary[];
    if (json) out.log(JSON.stringify(plans, null, 2));
    else if (plans.length === 0) out.log(t('cli.noPlans', { dataDir }));
    else
      for (const p of plans)
        out.log(`${p.id}  ${p.title}  (${p.regionCode}, ${p.startYear}–${p.endYear})`);
    return 0;
  },
};
