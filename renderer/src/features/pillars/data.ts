/** Queries of the pillar analysis step. */
import { keys, useRpcQuery } from '../../data/queries';

export const usePillars = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'pillars'), 'pillars.get', { planId });
