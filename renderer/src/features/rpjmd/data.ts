/** Queries of the RPJMD step. Mutations go through `useSave`, which refreshes the plan's parts. */
import { keys, useRpcQuery } from '../../data/queries';

export const useRpjmd = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'rpjmd'), 'rpjmd.get', { planId });
export const useStatements = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'statements'), 'statements.list', { planId });
