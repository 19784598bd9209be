import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { keys, usePlanDocument, useReference, useRpcQuery } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { commentTargets, type CommentTarget } from './targets';

export const useReviewStatus = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'review'), 'review.status', { planId });
export const useComments = (planId: string) =>
  useRpcQuery(keys.planPart(planId, 'comments'), 'review.list', { planId });
export function useRefreshComments(planId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.planPart(planId, 'comments') });
}

export const reviewCopiesKey = ['review', 'copies'] as const;
export const useReviewCopies = () => useRpcQuery(reviewCopiesKey, 'review.copies', {});

/** The books' chapters and sections (numbered as in the PDFs), in the UI language. */
export function useDocumentSections(planId: string, enabled = true) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return useQuery({
    queryKey: keys.planPart(planId, `document-sections-${lang}`),
    queryFn: () => invoke('review.documentSections', { planId, lang }),
    staleTime: 60_000,
    enabled,
  });
}

/**
 * Everything a comment can concern in this plan, with labels; `sections` adds the books' sections.
 * While `enabled` is false the plan document is not re-read after each save (it is large).
 */
export function useCommentTargets(
  planId: string,
  withSections: boolean,
  enabled = true,
): CommentTarget[] {
  const { t, i18n } = useTranslation();
  const doc = usePlanDocument(planId, enabled);
  const reference = useReference();
  const sections = useDocumentSections(planId, withSections);
  return useMemo(
    () =>
      doc.data && reference.data
        ? commentTargets(doc.data, reference.data, t, i18n.language, sections.data ?? [])
        : [],
    [doc.data, reference.data, t, i18n.language, sections.data],
  );
}
