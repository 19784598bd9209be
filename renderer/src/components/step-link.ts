import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { StepId } from '../../../shared/contract';

/**
 * Deep links into a step (`?programme=<id>`, `?quickwin=<id>`, `?rpjmd=<id>`,
 * `?pillar=<code>&sub=<code>`, `?book=<id>`), from findings and review comments: `onLink` runs
 * once per new link, while rendering (so it may set the step's state), and the parameters are
 * then dropped from the address so that they do not stick. Returns the link's parameters while
 * they are still there (for effects that bring the item into view).
 */
export function useStepLink(
  planId: string,
  step: StepId,
  onLink: (params: URLSearchParams) => void,
): URLSearchParams | null {
  const search = useSearch();
  const [seen, setSeen] = useState('');
  if (search !== seen) {
    setSeen(search);
    if (search) onLink(new URLSearchParams(search));
  }
  const [, navigate] = useLocation();
  useEffect(() => {
    // wouter keeps the search on later navigations; the trailing `?` clears it.
    if (search) navigate(`/plans/${planId}/${step}?`, { replace: true });
  }, [search, planId, step, navigate]);
  return search ? new URLSearchParams(search) : null;
}
