/** What differs between the plan in the store and an incoming one, counted per step. */
import type { StepDiff } from '../../../shared/contract/packages';
import type { PlanDocument } from '../../../shared/plan-document';

type Entity = { id: string };
type Part = StepDiff['part'];

function items(doc: PlanDocument, part: Part): Entity[] {
  const one = <T extends Entity>(x: T | null): T[] => (x ? [x] : []);
  switch (part) {
    case 'profile':
      return [
        { ...doc.plan, updatedAt: '' } as Entity,
        { id: 'region', ...doc.region },
        ...doc.opds,
        ...doc.team,
      ];
    case 'rpjmd':
      return [...one(doc.rpjmd), ...doc.rpjmdItems, ...doc.indicators, ...doc.statements];
    case 'pillars':
      return [...doc.subDimensions, ...doc.swot, ...doc.strategicIssues];
    case 'programmes':
      return [...doc.programmes, ...doc.criteria, ...doc.scores, ...doc.quickWins];
    case 'roadmap':
      return doc.budgets;
    case 'documents':
      return one(doc.documentSettings);
    case 'comments':
      return doc.comments;
  }
}

const PARTS: Part[] = [
  'profile',
  'rpjmd',
  'pillars',
  'programmes',
  'roadmap',
  'documents',
  'comments',
];

export function diffPlans(local: PlanDocument, incoming: PlanDocument): StepDiff[] {
  return PARTS.map((part) => {
    const before = new Map(items(local, part).map((e) => [e.id, JSON.stringify(e)]));
    const after = new Map(items(incoming, part).map((e) => [e.id, JSON.stringify(e)]));
    let added = 0;
    let changed = 0;
    for (const [id, json] of after) {
      const old = before.get(id);
      if (old === undefined) added++;
      else if (old !== json) changed++;
    }
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    return { part, added, removed, changed };
  });
}

/** The latest `updatedAt` anywhere in the plan. */
export function lastChange(doc: PlanDocument): string {
  let latest = doc.plan.updatedAt;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'updatedAt' && typeof v === 'string' && v > latest) latest = v;
        else if (typeof v === 'object') visit(v);
      }
    }
  };
  visit(doc);
  return latest;
}
