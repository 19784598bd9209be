import type { PlanSummary } from '../../shared/contract';
import { markDemoSeeded } from '../core/demo/demo.service';
import type { CliCommand } from './command';
import { failWith } from './errors';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: '',
  summaryKey: 'cli.commands.demo',
  args: { min: 0, max: 0 },
  // Seeding first would leave two demo plans in a new store.
  seedDemo: false,
  async run({ core, out, t, json }) {
    const result = await core.dispatch('demo.create', {});
    if (!result.ok) return failWith(out, t, result.error);
    await markDemoSeeded(core.ctx);
    const plan = result.value as PlanSummary;
    out.log(json ? JSON.stringify(plan, null, 2) : plan.id);
    return 0;
  },
};
