import { useQueryClient } from '@tanstack/react-query';
import { keys, useRpcQuery } from '../../data/queries';

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
