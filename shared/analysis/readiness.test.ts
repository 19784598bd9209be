import { describe, expect, it } from 'vitest';
import demo from '../../resources/demo/manggarai-timur.json';
import pillars from '../../resources/reference/pillars.json';
import { readinessRadarOption } from '../charts/readiness';
import { planDocumentSchema } from '../plan-document';
import { pillarCompletion, readinessSummary } from './readiness';

const ref = { pillars: pillars as any };

describe('readiness summary', () => {
  it('gives 6 pillars and 18 sub-dimensions with means of the scored elements', () => {
    const doc = planDocumentSchema.parse(structuredClone(demo));
    const s = readinessSummary(doc, ref);
    expect(s.pillars).toHaveLength(6);
    expect(s.subDimensions).toHaveLength(18);
    const service = s.subDimensions.find((x) => x.code === 'service')!;
    expect(service).toMatchObject({ pillarCode: 'governance', struktur: 2, average: 2 });
    expect(s.pillars.every((p) => p.total === 9)).toBe(true);
  });

  it('leaves unscored elements out and says null when nothing is scored', () => {
    const doc = planDocumentSchema.parse(structuredClone(demo));
    doc.subDimensions = [];
    expect(readinessSummary(doc, ref).pillars[0]).toMatchObject({ average: null, scored: 0 });
    const at = '2026-01-01T00:00:00.000Z';
    doc.subDimensions = [
      {
        id: 'a',
        subDimensionCode: 'service',
        currentCondition: '',
        expectedCondition: '',
        gap: '',
        updatedAt: at,
        readiness: [
          { id: 'r1', element: 'struktur', score: 4, evidence: '', updatedAt: at },
          { id: 'r2', element: 'infrastruktur', score: null, evidence: '', updatedAt: at },
          { id: 'r3', element: 'suprastruktur', score: 1, evidence: '', updatedAt: at },
        ],
      },
    ];
    const s = readinessSummary(doc, ref);
    expect(s.subDimensions[0]).toMatchObject({ average: 2.5, infrastruktur: null });
    expect(s.pillars[0]).toMatchObject({ average: 2.5, scored: 2 });
    const radar = readinessRadarOption(s, {
      pillarName: (c) => c.toUpperCase(),
      seriesName: 'Kesiapan',
    }) as any;
    expect(radar.radar.indicator[0]).toMatchObject({ name: 'GOVERNANCE', max: 5 });
    expect(radar.series[0].data[0].value[0]).toBe(2.5);
  });

  it('counts per-pillar completion', () => {
    const doc = planDocumentSchema.parse(structuredClone(demo));
    const c = pillarCompletion(doc, ref);
    expect(c).toHaveLength(6);
    expect(c[0]!.total).toBe(9 + 9 + 4 + 1);
    expect(c[0]!.done).toBeGreaterThan(0);
  });
});
