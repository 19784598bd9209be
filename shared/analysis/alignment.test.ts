import { describe, expect, it } from 'vitest';
import demo from '../../resources/demo/manggarai-timur.json';
import pillars from '../../resources/reference/pillars.json';
import { planDocumentSchema, type PlanDocument } from '../plan-document';
import { alignmentCoverage, alignmentFindings, alignmentMatrix } from './alignment';

const ref = { pillars: pillars as any };
const at = '2026-01-01T00:00:00.000Z';

function small(): PlanDocument {
  const doc = planDocumentSchema.parse(structuredClone(demo));
  doc.rpjmd = {
    id: 'r',
    periodStart: 2025,
    periodEnd: 2029,
    visi: 'V',
    legalBasis: '',
    updatedAt: at,
  };
  doc.rpjmdItems = [
    {
      id: 'm1',
      parentId: null,
      kind: 'misi',
      code: '',
      text: 'Misi satu',
      opdId: null,
      updatedAt: at,
    },
    {
      id: 'm2',
      parentId: null,
      kind: 'misi',
      code: '',
      text: 'Misi dua',
      opdId: null,
      updatedAt: at,
    },
    { id: 't', parentId: 'm1', kind: 'tujuan', code: '', text: 'T', opdId: null, updatedAt: at },
    { id: 's', parentId: 't', kind: 'sasaran', code: '', text: 'S', opdId: null, updatedAt: at },
    { id: 's2', parentId: 't', kind: 'sasaran', code: '', text: 'S2', opdId: null, updatedAt: at },
  ];
  doc.indicators = [
    {
      id: 'i1',
      rpjmdItemId: 's',
      programmeId: null,
      kind: 'outcome',
      name: 'IPM',
      unit: '',
      baseline: null,
      baselineYear: null,
      updatedAt: at,
      targets: [
        { id: 'y1', year: 2025, value: 1, updatedAt: at },
        { id: 'y2', year: 2031, value: 2, updatedAt: at },
      ],
    },
  ];
  doc.statements = [
    {
      id: 'g',
      kind: 'tujuan',
      pillarCode: 'governance',
      text: 'Goal',
      rpjmdItemIds: [],
      updatedAt: at,
    },
  ];
  doc.programmes = doc.programmes
    .slice(0, 1)
    .map((p) => ({ ...p, pillarCode: 'governance', rpjmdItemIds: ['s'] }));
  return doc;
}

const codes = (doc: PlanDocument) =>
  alignmentFindings(doc, ref).map((f) => `${f.code}:${f.targetId}`);

describe('alignment findings', () => {
  it('flags what an assessor would raise, each pointing to the item to fix', () => {
    const doc = small();
    const found = codes(doc);
    expect(found).toContain('misiNotServed:m2');
    expect(found).not.toContain('misiNotServed:m1');
    expect(found).toContain('pillarWithoutAnchor:economy');
    expect(found).not.toContain('pillarWithoutAnchor:governance');
    expect(found).toContain('statementWithoutRpjmd:g');
    expect(found).toContain('targetWithoutBaseline:i1');
    expect(found).toContain('yearOutsidePeriod:i1');
    const year = alignmentFindings(doc, ref).find((f) => f.code === 'yearOutsidePeriod');
    expect(year).toMatchObject({
      step: 'rpjmd',
      targetType: 'indicator',
      params: { year: 2031, start: 2025, end: 2029 },
    });
  });

  it('drops a finding once it is fixed', () => {
    const doc = small();
    doc.programmes[0]!.rpjmdItemIds = [];
    expect(codes(doc)).toContain(`programmeWithoutRpjmd:${doc.programmes[0]!.id}`);
    doc.programmes[0]!.rpjmdItemIds = ['m2'];
    doc.indicators[0]!.baseline = 0.5;
    doc.indicators[0]!.targets = doc.indicators[0]!.targets.filter((t) => t.year <= 2029);
    doc.statements[0]!.rpjmdItemIds = ['m1'];
    const found = codes(doc);
    expect(found).not.toContain(`programmeWithoutRpjmd:${doc.programmes[0]!.id}`);
    expect(found).not.toContain('misiNotServed:m2');
    expect(found).not.toContain('targetWithoutBaseline:i1');
    expect(found).not.toContain('yearOutsidePeriod:i1');
    expect(found).not.toContain('statementWithoutRpjmd:g');
  });

  it('reports an empty RPJMD once, and names pillars in the chosen language', () => {
    const doc = small();
    doc.rpjmd = null;
    doc.rpjmdItems = [];
    expect(codes(doc)).toContain('rpjmdMissing:');
    const d2 = small();
    const f = alignmentFindings(d2, ref, 'en').find((x) => x.targetId === 'economy');
    expect(f?.params.pillar).toBe('Smart Economy');
  });

  it('the demo plan is mostly aligned', () => {
    const doc = planDocumentSchema.parse(demo);
    const found = alignmentFindings(doc, ref);
    expect(found.filter((f) => f.code === 'programmeWithoutRpjmd')).toEqual([]);
    expect(found.filter((f) => f.code === 'yearOutsidePeriod')).toEqual([]);
  });
});

describe('alignment coverage and matrix', () => {
  it('counts sasaran served per misi and anchors per pillar', () => {
    const doc = small();
    const cov = alignmentCoverage(doc, ref);
    expect(cov.misi.find((m) => m.id === 'm1')).toMatchObject({
      number: '1',
      covered: 1,
      total: 2,
      programmes: 1,
    });
    expect(cov.misi.find((m) => m.id === 'm2')).toMatchObject({ covered: 0, total: 1 });
    expect(cov.pillars.find((p) => p.code === 'governance')).toMatchObject({
      anchored: true,
      linkedProgrammes: 1,
    });
  });

  it('lists goals and programmes with the misi and sasaran they serve', () => {
    const rows = alignmentMatrix(small());
    const prog = rows.find((r) => r.kind === 'programme')!;
    expect(prog.misi).toEqual(['m1']);
    expect(prog.sasaran).toEqual(['s']);
  });
});
