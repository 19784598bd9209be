/**
 * Automatic numbering of the RPJMD cascade: Misi 2 → Tujuan 2.1 → Sasaran 2.1.3. Each item is
 * numbered among its siblings of the same kind (a sasaran's strategi and arah kebijakan are two
 * lists), prefixed by its parent's number. Pure; the array order is the user's order.
 */
import type { PlanDocument } from '../plan-document';

export type RpjmdItem = PlanDocument['rpjmdItems'][number];
export type RpjmdKind = RpjmdItem['kind'];

/** The kinds in cascade order; a child is normally the next kind of its parent. */
export const RPJMD_KINDS: readonly RpjmdKind[] = [
  'misi',
  'tujuan',
  'sasaran',
  'strategi',
  'arah_kebijakan',
  'program',
];

/** The kind a new child of `kind` gets (null under the root gives a misi). */
export function childKind(kind: RpjmdKind | null): RpjmdKind {
  if (kind === null) return 'misi';
  const next = RPJMD_KINDS[RPJMD_KINDS.indexOf(kind) + 1];
  return next ?? 'program';
}

/** Item id → its number ("2.1.3"). Items whose parent is missing are numbered at the root. */
export function rpjmdNumbers(
  items: ReadonlyArray<Pick<RpjmdItem, 'id' | 'parentId' | 'kind'>>,
): Map<string, string> {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, Array<Pick<RpjmdItem, 'id' | 'parentId' | 'kind'>>>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent);
    if (list) list.push(item);
    else children.set(parent, [item]);
  }
  const numbers = new Map<string, string>();
  const visit = (parentId: string | null, prefix: string) => {
    const counters = new Map<RpjmdKind, number>();
    for (const child of children.get(parentId) ?? []) {
      if (numbers.has(child.id)) continue; // guards against a cycle in bad data
      const n = (counters.get(child.kind) ?? 0) + 1;
      counters.set(child.kind, n);
      const number = prefix ? `${prefix}.${n}` : String(n);
      numbers.set(child.id, number);
      visit(child.id, number);
    }
  };
  visit(null, '');
  return numbers;
}

/**
 * A short label for an item, e.g. "Sasaran 2.1.3" — `kindName` gives the translated kind name
 * (`t('rpjmd.kinds.<kind>')`). A programme with a nomenclature code shows the code instead.
 */
export function rpjmdLabel(
  item: Pick<RpjmdItem, 'id' | 'kind' | 'code'>,
  numbers: Map<string, string>,
  kindName: (kind: RpjmdKind) => string,
): string {
  if (item.kind === 'program' && item.code.trim()) return `${kindName(item.kind)} ${item.code}`;
  const number = numbers.get(item.id);
  return number ? `${kindName(item.kind)} ${number}` : kindName(item.kind);
}

/** Items in depth-first outline order with their depth (root = 0). */
export function rpjmdOutline<T extends Pick<RpjmdItem, 'id' | 'parentId'>>(
  items: readonly T[],
): Array<{ item: T; depth: number }> {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent);
    if (list) list.push(item);
    else children.set(parent, [item]);
  }
  const out: Array<{ item: T; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const child of children.get(parentId) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      out.push({ item: child, depth });
      visit(child.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
