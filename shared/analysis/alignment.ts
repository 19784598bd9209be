/**
 * Alignment of the smart-city plan with the RPJMD: the checks a ministry assessor makes
 * (findings) and the coverage figures per RPJMD misi and per pillar. Pure and computed from the
 * plan document; never stored.
 */
import type { PlanDocument } from '../plan-document';
import { localized, type ReferenceData } from '../reference';
import type { Finding } from './finding';
import { rpjmdNumbers } from './rpjmd-numbering';

type Doc = Pick<PlanDocument, 'rpjmd' | 'rpjmdItems' | 'indicators' | 'statements' | 'programmes'>;

/** Finding codes raised here; messages live under `findings.<code>`. */
export const ALIGNMENT_FINDING_CODES = [
  'rpjmdMissing',
  'programmeWithoutRpjmd',
  'misiNotServed',
  'pillarWithoutAnchor',
  'statementWithoutRpjmd',
  'targetWithoutBaseline',
  'yearOutsidePeriod',
] as const;

/** Item id → the id of the misi above it (itself for a misi); absent when it has no misi. */
export function misiOfItems(items: Doc['rpjmdItems']): Map<string, string> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const result = new Map<string, string>();
  for (const item of items) {
    let cursor: (typeof items)[number] | undefined = item;
    const seen = new Set<string>();
    while (cursor && cursor.kind !== 'misi' && cursor.parentId && !seen.has(cursor.id)) {
      seen.add(cursor.id);
      cursor = byId.get(cursor.parentId);
    }
    if (cursor?.kind === 'misi') result.set(item.id, cursor.id);
  }
  return result;
}

/** Item id → the ids of the item itself and all its ancestors. */
function ancestorsOf(items: Doc['rpjmdItems']): Map<string, string[]> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const result = new Map<string, string[]>();
  for (const item of items) {
    const chain: string[] = [];
    let cursor: (typeof items)[number] | undefined = item;
    while (cursor && !chain.includes(cursor.id)) {
      chain.push(cursor.id);
      cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined;
    }
    result.set(item.id, chain);
  }
  return result;
}

/** The RPJMD items served by links to `linked` (each link serves the item and its ancestors). */
function servedBy(linked: readonly string[], ancestors: Map<string, string[]>): Set<string> {
  const served = new Set<string>();
  for (const id of linked) for (const a of ancestors.get(id) ?? []) served.add(a);
  return served;
}

export interface MisiCoverage {
  id: string;
  number: string;
  /** Sasaran of this misi served by a programme or a smart-city statement. */
  covered: number;
  /** Sasaran of this misi (1 when it has none: the misi itself counts). */
  total: number;
  programmes: number;
  statements: number;
}

export interface PillarCoverage {
  code: string;
  anchored: boolean;
  programmes: number;
  linkedProgrammes: number;
  statements: number;
  linkedStatements: number;
}

export interface AlignmentCoverage {
  misi: MisiCoverage[];
  pillars: PillarCoverage[];
}

/** Coverage per RPJMD misi (sasaran served) and per pillar (anchored in the RPJMD or not). */
export function alignmentCoverage(
  doc: Doc,
  ref: Pick<ReferenceData, 'pillars'>,
): AlignmentCoverage {
  const itemIds = new Set(doc.rpjmdItems.map((i) => i.id));
  const ancestors = ancestorsOf(doc.rpjmdItems);
  const misiOf = misiOfItems(doc.rpjmdItems);
  const numbers = rpjmdNumbers(doc.rpjmdItems);
  const progServed = doc.programmes.map((p) => servedBy(p.rpjmdItemIds, ancestors));
  const stServed = doc.statements.map((s) => servedBy(s.rpjmdItemIds, ancestors));
  const allServed = new Set<string>();
  for (const s of [...progServed, ...stServed]) for (const id of s) allServed.add(id);

  const misi = doc.rpjmdItems
    .filter((i) => i.kind === 'misi')
    .map((m): MisiCoverage => {
      const sasaran = doc.rpjmdItems.filter(
        (i) => i.kind === 'sasaran' && misiOf.get(i.id) === m.id,
      );
      const targets = sasaran.length > 0 ? sasaran.map((s) => s.id) : [m.id];
      return {
        id: m.id,
        number: numbers.get(m.id) ?? '',
        covered: targets.filter((id) => allServed.has(id)).length,
        total: targets.length,
        programmes: progServed.filter((s) => s.has(m.id)).length,
        statements: stServed.filter((s) => s.has(m.id)).length,
      };
    });

  const pillars = ref.pillars.pillars.map((pillar): PillarCoverage => {
    const progs = doc.programmes.filter((p) => p.pillarCode === pillar.code);
    const sts = doc.statements.filter((s) => s.pillarCode === pillar.code);
    const linked = (ids: readonly string[]) => ids.some((id) => itemIds.has(id));
    const linkedProgrammes = progs.filter((p) => linked(p.rpjmdItemIds)).length;
    const linkedStatements = sts.filter((s) => linked(s.rpjmdItemIds)).length;
    return {
      code: pillar.code,
      anchored: linkedProgrammes + linkedStatements > 0,
      programmes: progs.length,
      linkedProgrammes,
      statements: sts.length,
      linkedStatements,
    };
  });
  return { misi, pillars };
}

/**
 * What an assessor would raise about the alignment, in a stable order: missing RPJMD,
 * programmes without a link, misi nothing serves, pillars without an anchor, statements without
 * a link, targets without a baseline, target years outside the RPJMD period.
 * `language` picks pillar names for the messages.
 */
export function alignmentFindings(
  doc: Doc,
  ref: Pick<ReferenceData, 'pillars'>,
  language: 'id' | 'en' = 'id',
): Finding[] {
  const findings: Finding[] = [];
  const numbers = rpjmdNumbers(doc.rpjmdItems);
  const itemIds = new Set(doc.rpjmdItems.map((i) => i.id));
  const pillarName = (code: string | null) => {
    const p = ref.pillars.pillars.find((x) => x.code === code);
    return p ? localized(p.name, language) : (code ?? '');
  };

  if (!doc.rpjmd && doc.rpjmdItems.length === 0) {
    findings.push({
      code: 'rpjmdMissing',
      severity: 'error',
      step: 'rpjmd',
      targetType: 'plan',
      targetId: '',
      params: {},
    });
  }

  for (const p of doc.programmes) {
    if (!p.rpjmdItemIds.some((id) => itemIds.has(id)))
      findings.push({
        code: 'programmeWithoutRpjmd',
        severity: 'warning',
        step: 'programmes',
        targetType: 'programme',
        targetId: p.id,
        params: { name: p.name },
      });
  }

  const coverage = alignmentCoverage(doc, ref);
  for (const m of coverage.misi) {
    if (m.programmes === 0) {
      const item = doc.rpjmdItems.find((i) => i.id === m.id);
      findings.push({
        code: 'misiNotServed',
        severity: 'warning',
        step: 'rpjmd',
        targetType: 'rpjmd_item',
        targetId: m.id,
        params: { number: m.number, text: item?.text ?? '' },
      });
    }
  }

  if (doc.rpjmdItems.length > 0) {
    for (const p of coverage.pillars) {
      if (!p.anchored)
        findings.push({
          code: 'pillarWithoutAnchor',
          severity: 'warning',
          step: 'rpjmd',
          targetType: 'pillar',
          targetId: p.code,
          params: { pillar: pillarName(p.code) },
        });
    }
  }

  for (const s of doc.statements) {
    if (s.text.trim() && !s.rpjmdItemIds.some((id) => itemIds.has(id)))
      findings.push({
        code: 'statementWithoutRpjmd',
        severity: 'info',
        step: 'rpjmd',
        targetType: 'sc_statement',
        targetId: s.id,
        params: { kind: s.kind, pillar: pillarName(s.pillarCode), text: s.text.slice(0, 80) },
      });
  }

  const itemLabel = (id: string | null) => (id ? (numbers.get(id) ?? '') : '');
  for (const ind of doc.indicators) {
    const step = ind.programmeId ? 'programmes' : 'rpjmd';
    const hasTarget = ind.targets.some((t) => t.value !== null);
    if (hasTarget && ind.baseline === null)
      findings.push({
        code: 'targetWithoutBaseline',
        severity: 'warning',
        step,
        targetType: 'indicator',
        targetId: ind.id,
        params: { name: ind.name, number: itemLabel(ind.rpjmdItemId) },
      });
    if (doc.rpjmd && ind.rpjmdItemId) {
      const { periodStart, periodEnd } = doc.rpjmd;
      for (const t of ind.targets) {
        if (t.year < periodStart || t.year > periodEnd)
          findings.push({
            code: 'yearOutsidePeriod',
            severity: 'error',
            step,
            targetType: 'indicator',
            targetId: ind.id,
            params: { name: ind.name, year: t.year, start: periodStart, end: periodEnd },
          });
      }
    }
  }
  return findings;
}

/** A matrix row: a smart-city goal or a programme, and the RPJMD misi/sasaran it serves. */
export interface AlignmentRow {
  kind: 'statement' | 'programme';
  id: string;
  pillarCode: string | null;
  label: string;
  /** Served misi ids (directly or through a linked item below the misi). */
  misi: string[];
  /** Linked sasaran ids (directly or through a linked item below the sasaran). */
  sasaran: string[];
}

/** Rows of the alignment matrix: smart-city statements first, then programmes. */
export function alignmentMatrix(doc: Doc): AlignmentRow[] {
  const ancestors = ancestorsOf(doc.rpjmdItems);
  const kindOf = new Map(doc.rpjmdItems.map((i) => [i.id, i.kind]));
  const row = (
    kind: AlignmentRow['kind'],
    id: string,
    pillarCode: string | null,
    label: string,
    linked: readonly string[],
  ): AlignmentRow => {
    const served = [...servedBy(linked, ancestors)];
    return {
      kind,
      id,
      pillarCode,
      label,
      misi: served.filter((x) => kindOf.get(x) === 'misi'),
      sasaran: served.filter((x) => kindOf.get(x) === 'sasaran'),
    };
  };
  return [
    ...doc.statements.map((s) => row('statement', s.id, s.pillarCode, s.text, s.rpjmdItemIds)),
    ...doc.programmes.map((p) => row('programme', p.id, p.pillarCode, p.name, p.rpjmdItemIds)),
  ];
}
