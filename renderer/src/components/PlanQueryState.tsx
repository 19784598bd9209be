import type { ReactNode } from 'react';
import type { PlanDocument } from '../../../shared/plan-document';
import type { ReferenceData } from '../../../shared/reference';
import { usePlanDocument, useReference } from '../data/queries';
import { QueryState } from './QueryState';

/** Renders children once the plan document and the reference data are loaded (loader, error with retry before). */
export function PlanQueryState({
  planId,
  children,
}: {
  planId: string;
  children: (plan: PlanDocument, ref: ReferenceData) => ReactNode;
}) {
  const doc = usePlanDocument(planId);
  const reference = useReference();
  return (
    <QueryState query={reference}>
      {(ref) => <QueryState query={doc}>{(plan) => children(plan, ref)}</QueryState>}
    </QueryState>
  );
}
