import { describe, expect, it } from 'vitest';
import demo from '../../resources/demo/manggarai-timur.json';
import { planDocumentSchema } from '../plan-document';
import { emptyFilter, filterProgrammes } from './programme-filter';
import { moveSpan } from './roadmap';
import { scoreProgrammes } from './scoring';

const doc = planDocumentSchema.parse(demo);
const scores = scoreProgrammes(doc);
const names = {
  opd: (id: string | null) => doc.opds.find((o) => o.id === id)?.abbreviation ?? '',
  pillar: (code: string) => code,
};
const order = { key: 'order', descending: false } as const;
const run = (
  filter: Partial<typeof emptyFilter>,
  sort: Parameters<typeof filterProgrammes>[3] = order,
) =>
  filterProgrammes(doc, scores, { ...emptyFilter, ...filter }, sort, names).map(
    (r) => r.programme.name,
  );

describe('programme table', () => {
  it('searches names, descriptions and OPDs, ignoring case and accents', () => {
    expect(run({ search: 'SATU data' })).toContain('Satu Data Manggarai Timur (Satu Data Matim)');
    expect(run({ search: 'mal PELAYANAN públik' })).toEqual(['Mal Pelayanan Publik Borong']);
    expect(run({ search: 'tidak ada program seperti ini' })).toEqual([]);
    expect(run({ search: 'diskominfo' }).length).toBeGreaterThan(1);
  });

  it('filters by pillar, OPD, horizon and quick win', () => {
    expect(run({ pillar: 'economy' }).length).toBe(
      doc.programmes.filter((p) => p.pillarCode === 'economy').length,
    );
    const qw = run({ quickWin: 'yes' });
    expect(qw.length).toBe(doc.quickWins.length);
    expect(run({ quickWin: 'no' }).length).toBe(doc.programmes.length - qw.length);
    expect(run({ horizon: 'pendek' })).toEqual(
      doc.programmes.filter((p) => p.endYear === doc.plan.startYear).map((p) => p.name),
    );
    const lead = doc.programmes[0]!.leadOpdId!;
    expect(run({ opd: lead })).toContain(doc.programmes[0]!.name);
  });

  it('sorts by score, best first, and by name', () => {
    const byScore = filterProgrammes(
      doc,
      scores,
      emptyFilter,
      { key: 'score', descending: true },
      names,
    );
    const values = byScore.map((r) => r.score!.score!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const byName = run({}, { key: 'name', descending: false });
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'id')));
  });
});

describe('moving a bar on the timeline', () => {
  it('moves, stretches and shrinks within the plan years', () => {
    expect(moveSpan({ start: 2024, end: 2026 }, 'move', -1, 2022, 2031)).toEqual({
      start: 2023,
      end: 2025,
    });
    expect(moveSpan({ start: 2023, end: 2025 }, 'move', -5, 2022, 2031)).toEqual({
      start: 2022,
      end: 2024,
    });
    expect(moveSpan({ start: 2029, end: 2030 }, 'move', 4, 2022, 2031)).toEqual({
      start: 2030,
      end: 2031,
    });
    expect(moveSpan({ start: 2024, end: 2026 }, 'end', 2, 2022, 2031)).toEqual({
      start: 2024,
      end: 2028,
    });
    expect(moveSpan({ start: 2024, end: 2026 }, 'end', -5, 2022, 2031)).toEqual({
      start: 2024,
      end: 2024,
    });
    expect(moveSpan({ start: 2024, end: 2026 }, 'start', 5, 2022, 2031)).toEqual({
      start: 2026,
      end: 2026,
    });
    expect(moveSpan({ start: 2024, end: 2026 }, 'start', -9, 2022, 2031)).toEqual({
      start: 2022,
      end: 2026,
    });
  });
});
