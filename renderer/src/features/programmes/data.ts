/**
 * Data helpers of the programmes, quick-win and roadmap steps: the plan document is read once
 * and patched optimistically on every edit, so scoring, ranking and dragging answer at once;
 * the server's answer then replaces the cache when no other save is in flight.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Method, MethodInput, MethodOutput } from '../../../../shared/contract';
import type { PlanDocument } from '../../../../shared/plan-document';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { keys, useErrorText } from '../../data/queries';
import { SAVE_KEY, saveTracker } from '../../data/save-status';
import { invoke } from '../../rpc/client';

export type Doc = PlanDocument;

/**
 * A saving mutation whose effect is applied to the cached plan document at once (`apply`),
 * and undone when the core refuses it.
 */
export function useDocSave<M extends Method>(
  method: M,
  planId: string,
  apply?: (doc: Doc, input: MethodInput<M>) => Doc,
  /**
   * Whether to read the plan document back after saving. Edits whose `apply` is exact (scores,
   * weights, years, amounts, texts) skip it: with 200 programmes the read-back and the full
   * re-render it causes cost more than the edit itself.
   */
  options: { refetch?: boolean } = {},
) {
  const refetch = options.refetch ?? true;
  const client = useQueryClient();
  const errorText = useErrorText();
  const docKey = keys.planPart(planId, 'document');
  return useMutation<MethodOutput<M>, unknown, MethodInput<M>, { previous: Doc | undefined }>({
    mutationKey: SAVE_KEY,
    mutationFn: (input) => invoke(method, input),
    onMutate: async (input) => {
      const previous = client.getQueryData<Doc>(docKey);
      if (apply && previous) {
        await client.cancelQueries({ queryKey: docKey });
        client.setQueryData<Doc>(docKey, apply(previous, input));
      }
      return { previous };
    },
    onError: (error, _input, context) => {
      if (apply && context?.previous) client.setQueryData(docKey, context.previous);
      saveTracker.failed(errorText(error));
    },
    onSuccess: () => saveTracker.succeeded(),
    onSettled: async () => {
      // Refresh from the core only when this was the last save in flight: a refetch started
      // earlier would otherwise briefly undo edits still on their way.
      if (client.isMutating({ mutationKey: SAVE_KEY }) <= 1)
        await Promise.all([
          refetch
            ? client.invalidateQueries({ queryKey: keys.plan(planId) })
            : client.invalidateQueries({
                queryKey: keys.plan(planId),
                predicate: (q) => q.queryKey[2] !== 'document',
              }),
          client.invalidateQueries({ queryKey: keys.plans }),
        ]);
    },
  });
}

export const stamp = () => new Date().toISOString();

/** Names from the reference data and the plan, in the UI language. */
export function useNames(ref: ReferenceData | undefined, doc: Doc | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const pillar = (code: string) => {
    const p = ref?.pillars.pillars.find((x) => x.code === code);
    return p ? localized(p.name, lang) : code;
  };
  const sub = (code: string) => {
    for (const p of ref?.pillars.pillars ?? []) {
      const s = p.subDimensions.find((x) => x.code === code);
      if (s) return localized(s.name, lang);
    }
    return code;
  };
  const type = (code: string) => {
    const v = ref?.vocabularies.programmeTypes.find((x) => x.code === code);
    return v ? localized(v.name, lang) : code;
  };
  const source = (code: string) => {
    const v = ref?.fundingSources.sources.find((x) => x.code === code);
    return v ? localized(v.name, lang) : code;
  };
  const opd = (id: string | null) => {
    const o = doc?.opds.find((x) => x.id === id);
    return o ? o.abbreviation || o.name : '';
  };
  return { pillar, sub, type, source, opd, lang };
}

/**
 * A criterion's name in the UI language: the plan stores its own (Indonesian) names; a name
 * still equal to the reference default is shown in English when English is chosen.
 */
export function useCriterionName(ref: ReferenceData | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback(
    (c: { code: string; name: string }) => {
      const base = ref?.quickWinCriteria.criteria.find((x) => x.code === c.code);
      return base && base.name.id === c.name ? localized(base.name, lang) : c.name;
    },
    [ref, lang],
  );
}
