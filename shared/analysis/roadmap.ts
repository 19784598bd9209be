/**
 * The 1/5/10-year roadmap: horizons, budget sums and the findings an assessor would raise.
 * Pure: works on the PlanDocument and the reference data, for the screens and the PDF alike.
 */
import type { PlanDocument } from '../plan-document';
import type { ReferenceData } from '../reference';
import { formatRupiah } from '../format';
import type { Finding } from './finding';

/** The plan covers ten years from its start year. */
export const PLAN_YEARS = 10;
/** A quick win is delivered in under 12 months (domain: quick wins). */
export const QUICK_WIN_MONTHS = 12;

export type Horizon = 'pendek' | 'menengah' | 'panjang';

/**
 * The horizon a programme belongs to, by the plan year in which it ends:
 * pendek = year 1, menengah = years 2–5, panjang = years 6–10. Null without years.
 */
export function horizonOf(
  startYear: number | null,
  endYear: number | null,
  planStartYear: number,
): Horizon | null {
  const end = endYear ?? startYear;
  if (end === null) return null;
  const index = end - planStartYear + 1;
  if (index <= 1) return 'pendek';
  if (index <= 5) return 'menengah';
  return 'panjang';
}

/** The plan's ten years. */
export function planYears(planStartYear: number): number[] {
  return Array.from({ length: PLAN_YEARS }, (_, i) => planStartYear + i);
}

export interface Span {
  start: number;
  end: number;
}

/** Where a drag or key press moves a bar (pure, clamped to the plan's years). */
export function moveSpan(
  span: Span,
  mode: 'move' | 'start' | 'end',
  delta: number,
  first: number,
  last: number,
): Span {
  if (mode === 'move') {
    const d = Math.max(first - span.start, Math.min(last - span.end, delta));
    return { start: span.start + d, end: span.end + d };
  }
  if (mode === 'start')
    return { start: Math.max(first, Math.min(span.end, span.start + delta)), end: span.end };
  return { start: span.start, end: Math.min(last, Math.max(span.start, span.end + delta)) };
}

export interface BudgetSummary {
  years: number[];
  /** Funding sources that carry money, in reference order (unknown codes last). */
  sources: string[];
  byYearSource: Record<number, Record<string, number>>;
  totalByYear: Record<number, number>;
  totalBySource: Record<string, number>;
  total: number;
}

/**
 * Budget per year and funding source over the plan's ten years (amounts outside the period
 * are counted in the totals of their own year too, so nothing disappears from a sum).
 * `sourceOrder` is the reference order of the funding sources.
 */
export function budgetSummary(
  doc: Pick<PlanDocument, 'plan' | 'budgets'>,
  sourceOrder: readonly string[] = [],
): BudgetSummary {
  const yearSet = new Set(planYears(doc.plan.startYear));
  const byYearSource: Record<number, Record<string, number>> = {};
  const totalByYear: Record<number, number> = {};
  const totalBySource: Record<string, number> = {};
  let total = 0;
  for (const y of yearSet) {
    byYearSource[y] = {};
    totalByYear[y] = 0;
  }
  for (const b of doc.budgets) {
    if (!yearSet.has(b.year)) {
      yearSet.add(b.year);
      byYearSource[b.year] = {};
      totalByYear[b.year] = 0;
    }
    const row = byYearSource[b.year]!;
    row[b.sourceCode] = (row[b.sourceCode] ?? 0) + b.amount;
    totalByYear[b.year] = totalByYear[b.year]! + b.amount;
    totalBySource[b.sourceCode] = (totalBySource[b.sourceCode] ?? 0) + b.amount;
    total += b.amount;
  }
  const rank = (code: string) => {
    const i = sourceOrder.indexOf(code);
    return i < 0 ? sourceOrder.length : i;
  };
  const sources = Object.keys(totalBySource)
    .filter((code) => totalBySource[code]! > 0)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return {
    years: [...yearSet].sort((a, b) => a - b),
    sources,
    byYearSource,
    totalByYear,
    totalBySource,
    total,
  };
}

/** Budget of one programme per year (all sources). */
export function programmeBudgetByYear(
  doc: Pick<PlanDocument, 'budgets'>,
  programmeId: string,
): Map<number, number> {
  const result = new Map<number, number>();
  for (const b of doc.budgets)
    if (b.programmeId === programmeId) result.set(b.year, (result.get(b.year) ?? 0) + b.amount);
  return result;
}

type FindingDoc = Pick<
  PlanDocument,
  'plan' | 'programmes' | 'quickWins' | 'budgets' | 'indicators' | 'criteria' | 'scores'
>;

/**
 * Findings on programmes, quick wins and the roadmap. Codes (messages under `findings.<code>`):
 * dependencyBeforePrerequisite, quickWinAfterYearOne, quickWinOver12Months (a schedule over more
 * than one budget year, when no duration is stated), quickWinDurationOver12Months (a stated
 * duration above 12 months),
 * quickWinWithoutLeadOpd, budgetWithoutOpd, indicatorYearWithoutTarget, budgetAboveCeiling,
 * budgetOutsideSchedule, programmeWithoutYears.
 */
export function roadmapFindings(doc: FindingDoc, _ref?: ReferenceData): Finding[] {
  const findings: Finding[] = [];
  const start = doc.plan.startYear;
  const byId = new Map(doc.programmes.map((p) => [p.id, p]));

  for (const p of doc.programmes) {
    if (p.startYear === null)
      findings.push({
        code: 'programmeWithoutYears',
        severity: 'info',
        step: 'roadmap',
        targetType: 'programme',
        targetId: p.id,
        params: { programme: p.name },
      });
    for (const depId of p.dependsOn) {
      const dep = byId.get(depId);
      if (!dep || p.startYear === null || dep.startYear === null) continue;
      if (p.startYear < dep.startYear)
        findings.push({
          code: 'dependencyBeforePrerequisite',
          severity: 'warning',
          step: 'roadmap',
          targetType: 'programme',
          targetId: p.id,
          params: {
            programme: p.name,
            dependency: dep.name,
            year: p.startYear,
            dependencyYear: dep.startYear,
          },
        });
    }
  }

  for (const q of doc.quickWins) {
    const p = byId.get(q.programmeId);
    if (!p) continue;
    if (!p.leadOpdId)
      findings.push({
        code: 'quickWinWithoutLeadOpd',
        severity: 'warning',
        step: 'programmes',
        targetType: 'quickwin',
        targetId: q.id,
        params: { programme: p.name },
      });
    // The planner's stated duration decides; without it, a schedule over more than one budget
    // year cannot be delivered within 12 months.
    const months = q.durationMonths ?? null;
    if (months !== null && months > QUICK_WIN_MONTHS)
      findings.push({
        code: 'quickWinDurationOver12Months',
        severity: 'warning',
        step: 'programmes',
        targetType: 'quickwin',
        targetId: q.id,
        params: { programme: p.name, months },
      });
    else if (
      months === null &&
      p.startYear !== null &&
      p.endYear !== null &&
      p.endYear > p.startYear
    )
      findings.push({
        code: 'quickWinOver12Months',
        severity: 'warning',
        step: 'programmes',
        targetType: 'quickwin',
        targetId: q.id,
        params: { programme: p.name, start: p.startYear, end: p.endYear },
      });
    const end = p.endYear ?? p.startYear;
    if (end !== null && end > start)
      findings.push({
        code: 'quickWinAfterYearOne',
        severity: 'warning',
        step: 'roadmap',
        targetType: 'programme',
        targetId: p.id,
        params: { programme: p.name, year: end, firstYear: start },
      });
  }

  const budgetByProgramme = new Map<string, { total: number; years: Set<number> }>();
  for (const b of doc.budgets) {
    if (b.amount <= 0) continue;
    const entry = budgetByProgramme.get(b.programmeId) ?? { total: 0, years: new Set<number>() };
    entry.total += b.amount;
    entry.years.add(b.year);
    budgetByProgramme.set(b.programmeId, entry);
  }
  for (const [programmeId, entry] of budgetByProgramme) {
    const p = byId.get(programmeId);
    if (!p) continue;
    if (!p.leadOpdId)
      findings.push({
        code: 'budgetWithoutOpd',
        severity: 'warning',
        step: 'roadmap',
        targetType: 'programme',
        targetId: p.id,
        params: { programme: p.name, amount: formatRupiah(entry.total) },
      });
    if (p.startYear !== null) {
      const end = p.endYear ?? p.startYear;
      const outside = [...entry.years].filter((y) => y < p.startYear! || y > end).sort();
      if (outside.length)
        findings.push({
          code: 'budgetOutsideSchedule',
          severity: 'info',
          step: 'roadmap',
          targetType: 'programme',
          targetId: p.id,
          params: { programme: p.name, years: outside.join(', ') },
        });
    }
  }

  for (const indicator of doc.indicators) {
    if (!indicator.programmeId) continue;
    const p = byId.get(indicator.programmeId);
    if (!p || p.startYear === null) continue;
    const end = Math.min(p.endYear ?? p.startYear, start + PLAN_YEARS - 1);
    const withTarget = new Set(
      indicator.targets.filter((t) => t.value !== null).map((t) => t.year),
    );
    const missing: number[] = [];
    for (let y = Math.max(p.startYear, start); y <= end; y++)
      if (!withTarget.has(y)) missing.push(y);
    if (missing.length)
      findings.push({
        code: 'indicatorYearWithoutTarget',
        severity: 'info',
        step: 'roadmap',
        targetType: 'indicator',
        targetId: indicator.id,
        params: {
          programme: p.name,
          indicator: indicator.name,
          years: missing.join(', '),
          count: missing.length,
        },
      });
  }

  const ceiling = doc.plan.budgetCeiling;
  if (ceiling !== null) {
    const summary = budgetSummary(doc);
    for (const year of summary.years) {
      const total = summary.totalByYear[year] ?? 0;
      if (total > ceiling)
        findings.push({
          code: 'budgetAboveCeiling',
          severity: 'warning',
          step: 'roadmap',
          targetType: 'roadmap',
          targetId: String(year),
          params: {
            year,
            total: formatRupiah(total),
            ceiling: formatRupiah(ceiling),
            excess: formatRupiah(total - ceiling),
          },
        });
    }
  }
  return findings;
}
