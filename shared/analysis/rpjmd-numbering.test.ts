import { describe, expect, it } from 'vitest';
import { childKind, rpjmdLabel, rpjmdNumbers, rpjmdOutline } from './rpjmd-numbering';

const item = (id: string, parentId: string | null, kind: any, code = '') => ({
  id,
  parentId,
  kind,
  code,
});

describe('RPJMD numbering', () => {
  const items = [
    item('m1', null, 'misi'),
    item('m2', null, 'misi'),
    item('t21', 'm2', 'tujuan'),
    item('s211', 't21', 'sasaran'),
    item('s212', 't21', 'sasaran'),
    item('s213', 't21', 'sasaran'),
    item('st', 's213', 'strategi'),
    item('ak', 's213', 'arah_kebijakan'),
    item('ak2', 's213', 'arah_kebijakan'),
    item('p', 'ak2', 'program', '2.16.03'),
  ];

  it('numbers Misi 2 → Tujuan 2.1 → Sasaran 2.1.3', () => {
    const n = rpjmdNumbers(items);
    expect(n.get('m2')).toBe('2');
    expect(n.get('t21')).toBe('2.1');
    expect(n.get('s213')).toBe('2.1.3');
  });

  it('numbers strategi and arah kebijakan as separate lists under a sasaran', () => {
    const n = rpjmdNumbers(items);
    expect(n.get('st')).toBe('2.1.3.1');
    expect(n.get('ak')).toBe('2.1.3.1');
    expect(n.get('ak2')).toBe('2.1.3.2');
  });

  it('renumbers when the order changes and survives orphans and cycles', () => {
    const reordered = [items[1]!, items[0]!, ...items.slice(2)];
    expect(rpjmdNumbers(reordered).get('m2')).toBe('1');
    const bad = [item('a', 'b', 'misi'), item('b', 'a', 'tujuan'), item('x', 'gone', 'misi')];
    const n = rpjmdNumbers(bad);
    expect(n.get('x')).toBe('1');
    expect(n.size).toBe(1);
  });

  it('labels items with the translated kind, programmes with their nomenclature code', () => {
    const n = rpjmdNumbers(items);
    const kind = (k: string) => ({ sasaran: 'Sasaran', program: 'Program' })[k] ?? k;
    expect(rpjmdLabel(items[5]!, n, kind)).toBe('Sasaran 2.1.3');
    expect(rpjmdLabel(items[9]!, n, kind)).toBe('Program 2.16.03');
  });

  it('gives the outline in depth-first order with depths, and the next kind for a child', () => {
    const outline = rpjmdOutline(items).map((o) => `${o.item.id}:${o.depth}`);
    expect(outline.slice(0, 4)).toEqual(['m1:0', 'm2:0', 't21:1', 's211:2']);
    expect(childKind(null)).toBe('misi');
    expect(childKind('sasaran')).toBe('strategi');
    expect(childKind('program')).toBe('program');
  });
});
