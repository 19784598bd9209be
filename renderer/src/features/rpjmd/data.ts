/** Queries of the RPJMD step. Mutations go through `useSave`, which refreshes the plan's parts. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Method, MethodInput, MethodOutput } from '../../../../shared/contract';
import { keys, useErrorText, useRpcQuery } from '../../data/queries';
import { SAVE_KEY, saveTracker } from '../../data/save-status';
import { invoke } from '../../rpc/client';

export const useRpjmd = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'rpjmd'), 'rpjmd.get', { planId });
export const useStatements = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'statements'), 'statements.list', { planId });

/**
 * Saves of the outline run one after another (a mutation scope), so that a line created by the
 * UI exists on the server before its text, move or deletion arrives.
 */
export function useOutlineSave<M extends Method>(method: M, planId: string) {
  const client = useQueryClient();
  const errorText = useErrorText();
  return useMutation<MethodOutput<M>, unknown, MethodInput<M>>({
    mutationKey: SAVE_KEY,
    scope: { id: `rpjmd-outline-${planId}` },
    mutationFn: (input) => invoke(method, input),
    onSuccess: async (output) => {
      saveTracker.succeeded();
      // A line's own edit (text, kind, code, OPD) answers the saved line: put it in the list
      // instead of reading the whole RPJMD back (400 lines re-parsed after every autosave).
      const rpjmdKey = keys.planPart(planId, 'rpjmd');
      const exact = method === 'rpjmd.updateItem';
      if (exact) {
        const item = output as MethodOutput<'rpjmd.updateItem'>;
        client.setQueryData<MethodOutput<'rpjmd.get'>>(
          rpjmdKey,
          (data) =>
            data && { ...data, items: data.items.map((i) => (i.id === item.id ? item : i)) },
        );
      }
      await Promise.all([
        client.invalidateQueries({
          queryKey: keys.plan(planId),
          predicate: (q) => q.queryKey[2] !== 'document' && (!exact || q.queryKey[2] !== 'rpjmd'),
        }),
        // The whole plan document (alignment, comment labels) is only marked stale, not read
        // back after every keystroke's autosave: the view that shows it next reads it.
        client.invalidateQueries({
          queryKey: keys.planPart(planId, 'document'),
          refetchType: 'none',
        }),
        client.invalidateQueries({ queryKey: keys.plans }),
      ]);
    },
    onError: (error) => saveTracker.failed(errorText(error)),
  });
}
