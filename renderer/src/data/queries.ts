/**
 * The data layer over the RPC client: cached queries and saving mutations that invalidate
 * what they change. Every mutation counts in the save indicator.
 */
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract';
import { invoke, RpcError } from '../rpc/client';
import { SAVE_KEY, saveTracker } from './save-status';

export const keys = {
  settings: ['settings'] as const,
  info: ['info'] as const,
  reference: ['reference'] as const,
  regions: ['regions'] as const,
  plans: ['plans'] as const,
  plan: (planId: string) => ['plan', planId] as const,
  planPart: (planId: string, part: string) => ['plan', planId, part] as const,
};

export function useRpcQuery<M extends Method>(
  queryKey: QueryKey,
  method: M,
  input: MethodInput<M>,
  staleTime = 0,
) {
  return useQuery({ queryKey, queryFn: () => invoke(method, input), staleTime });
}

export const useInfo = () => useRpcQuery(keys.info, 'app.info', {}, Infinity);
export const useReference = () => useRpcQuery(keys.reference, 'reference.get', {}, Infinity);
export const useRegions = () => useRpcQuery(keys.regions, 'regions.list', {}, Infinity);
export const usePlans = () => useRpcQuery(keys.plans, 'plans.list', {});
export const usePlan = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'detail'), 'plans.get', { planId });
export const useProgress = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'progress'), 'plans.progress', { planId });
export const useTeam = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'team'), 'team.list', { planId });
export const useOpds = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'opds'), 'opd.list', { planId });
/**
 * The whole plan as one document. `enabled: false` keeps what is cached without refetching it
 * after every save (for views that only need it while they show something).
 */
export const usePlanDocument = (planId: string, enabled = true) =>
  useQuery({
    queryKey: keys.planPart(planId, 'document'),
    queryFn: () => invoke('plans.document', { planId }),
    enabled,
  });

/** Translates an RPC failure for a notification or a field. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) =>
    error instanceof RpcError
      ? t(error.info.message as 'errors.internal', error.info.params ?? {})
      : t('errors.network', { message: String((error as Error)?.message ?? error) });
}

/**
 * A mutation that saves plan data: shown in the save indicator, and on success invalidates the
 * given plan's cached parts and the plan list (titles, progress, "changed" dates).
 */
export function useSave<M extends Method>(method: M, planId?: string) {
  const client = useQueryClient();
  const errorText = useErrorText();
  return useMutation<MethodOutput<M>, unknown, MethodInput<M>>({
    mutationKey: SAVE_KEY,
    mutationFn: (input) => invoke(method, input),
    onSuccess: async () => {
      saveTracker.succeeded();
      await Promise.all([
        planId ? client.invalidateQueries({ queryKey: keys.plan(planId) }) : Promise.resolve(),
        client.invalidateQueries({ queryKey: keys.plans }),
      ]);
    },
    onError: (error) => saveTracker.failed(errorText(error)),
  });
}
