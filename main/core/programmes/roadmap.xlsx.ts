/**
 * The programme, quick-win and roadmap tables as one XLSX workbook (exceljs, main side).
 * Money cells are whole rupiah with an Indonesian number format.
 */
import ExcelJS from 'exceljs';
import { budgetSummary, horizonOf, planYears } from '../../../shared/analysis/roadmap';
import { recommendQuickWins, scoreProgrammes } from '../../../shared/analysis/scoring';
import type { ParsedInput } from '../../../shared/contract';
import { QUICKWIN_PROFILE_TYPES } from '../../../shared/contract/programmes';
import { createI18n } from '../../../shared/i18n';
import { localized } from '../../../shared/reference';
import type { CoreContext } from '../context';
import { exportPlanDocument } from '../plans/plan-document.repository';

const MONEY = '"Rp"#,##0';

export async function exportRoadmapXlsx(
  ctx: CoreContext,
  input: ParsedInput<'roadmap.exportXlsx'>,
): Promise<{ fileName: string; base64: string }> {
  const doc = await exportPlanDocument(ctx.db, input.planId);
  const lang = input.language;
  const t = createI18n(lang).t;
  const ref = ctx.reference.data;
  const pillarName = (code: string) => {
    const p = ref.pillars.pillars.find((x) => x.code === code);
    return p ? localized(p.name, lang) : code;
  };
  const subName = (code: string) => {
    for (const p of ref.pillars.pillars) {
      const s = p.subDimensions.find((x) => x.code === code);
      if (s) return localized(s.name, lang);
    }
    return code;
  };
  const typeName = (code: string) => {
    const v = ref.vocabularies.programmeTypes.find((x) => x.code === code);
    return v ? localized(v.name, lang) : code;
  };
  const sourceName = (code: string) => {
    const v = ref.fundingSources.sources.find((x) => x.code === code);
    return v ? localized(v.name, lang) : code;
  };
  const criterionName = (c: { code: string; name: string }) => {
    const base = ref.quickWinCriteria.criteria.find((x) => x.code === c.code);
    return base && base.name.id === c.name ? localized(base.name, lang) : c.name;
  };
  const opdName = (id: string | null) => {
    const o = doc.opds.find((x) => x.id === id);
    return o ? o.abbreviation || o.name : '';
  };
  const years = planYears(doc.plan.startYear);
  const quickWinIds = new Set(doc.quickWins.map((q) => q.programmeId));
  const book = new ExcelJS.Workbook();
  book.creator = 'Rancang';

  const header = (sheet: ExcelJS.Worksheet) => {
    const row = sheet.getRow(1);
    row.font = { bold: true };
    row.alignment = { vertical: 'middle', wrapText: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };

  // Programmes
  const programmes = book.addWorksheet(t('programmes.xlsx.programmes'));
  programmes.columns = [
    { header: t('programmes.columns.pillar'), width: 16 },
    { header: t('programmes.columns.subDimension'), width: 18 },
    { header: t('programmes.columns.name'), width: 40 },
    { header: t('programmes.columns.type'), width: 16 },
    { header: t('programmes.columns.leadOpd'), width: 18 },
    { header: t('programmes.columns.supportOpd'), width: 24 },
    { header: t('programmes.columns.horizon'), width: 12 },
    { header: t('programmes.columns.start'), width: 8 },
    { header: t('programmes.columns.end'), width: 8 },
    { header: t('programmes.columns.cost'), width: 20, style: { numFmt: MONEY } },
    { header: t('programmes.columns.funding'), width: 20 },
    { header: t('programmes.columns.quickWin'), width: 10 },
  ];
  for (const p of doc.programmes) {
    const horizon = horizonOf(p.startYear, p.endYear, doc.plan.startYear);
    programmes.addRow([
      pillarName(p.pillarCode),
      subName(p.subDimensionCode),
      p.name,
      typeName(p.type),
      opdName(p.leadOpdId),
      p.supportOpdIds.map(opdName).join(', '),
      horizon ? t(`roadmap.horizons.${horizon}`) : '',
      p.startYear,
      p.endYear,
      p.costEstimate,
      p.fundingSources.map(sourceName).join(', '),
      quickWinIds.has(p.id) ? t('common.yes') : '',
    ]);
  }
  header(programmes);

  // Scores
  const scores = book.addWorksheet(t('programmes.xlsx.scores'));
  const ranked = scoreProgrammes(doc);
  const picks = recommendQuickWins(ranked);
  const byProgramme = new Map<string, Map<string, number>>();
  for (const s of doc.scores) {
    const m = byProgramme.get(s.programmeId) ?? new Map<string, number>();
    m.set(s.criterionId, s.score);
    byProgramme.set(s.programmeId, m);
  }
  scores.columns = [
    { header: t('programmes.columns.name'), width: 40 },
    { header: t('programmes.columns.pillar'), width: 16 },
    ...doc.criteria.map((c) => ({ header: `${criterionName(c)} (${c.weight}%)`, width: 16 })),
    { header: t('quickwin.score'), width: 10, style: { numFmt: '0.00' } },
    { header: t('quickwin.rank'), width: 8 },
    { header: t('quickwin.recommended'), width: 14 },
    { header: t('programmes.columns.quickWin'), width: 10 },
  ];
  doc.programmes.forEach((p, i) => {
    const r = ranked[i]!;
    scores.addRow([
      p.name,
      pillarName(p.pillarCode),
      ...doc.criteria.map((c) => byProgramme.get(p.id)?.get(c.id) ?? null),
      r.score,
      r.rank,
      picks.has(p.id) ? t('common.yes') : '',
      quickWinIds.has(p.id) ? t('common.yes') : '',
    ]);
  });
  header(scores);

  // Roadmap: programme × year budget (all sources)
  const roadmap = book.addWorksheet(t('roadmap.xlsx.roadmap'));
  roadmap.columns = [
    { header: t('programmes.columns.pillar'), width: 16 },
    { header: t('programmes.columns.name'), width: 40 },
    { header: t('programmes.columns.leadOpd'), width: 18 },
    { header: t('programmes.columns.horizon'), width: 12 },
    ...years.map((y) => ({ header: String(y), width: 16, style: { numFmt: MONEY } })),
    { header: t('roadmap.total'), width: 18, style: { numFmt: MONEY } },
  ];
  for (const p of doc.programmes) {
    const perYear = years.map((y) =>
      doc.budgets
        .filter((b) => b.programmeId === p.id && b.year === y)
        .reduce((sum, b) => sum + b.amount, 0),
    );
    const horizon = horizonOf(p.startYear, p.endYear, doc.plan.startYear);
    roadmap.addRow([
      pillarName(p.pillarCode),
      p.name,
      opdName(p.leadOpdId),
      horizon ? t(`roadmap.horizons.${horizon}`) : '',
      ...perYear.map((v) => v || null),
      perYear.reduce((a, b) => a + b, 0),
    ]);
  }
  header(roadmap);

  // Indicators: baseline and target per year
  const indicators = book.addWorksheet(t('roadmap.xlsx.indicators'));
  indicators.columns = [
    { header: t('programmes.columns.name'), width: 36 },
    { header: t('programmes.indicators.kind'), width: 10 },
    { header: t('programmes.indicators.name'), width: 36 },
    { header: t('programmes.indicators.unit'), width: 12 },
    { header: t('programmes.indicators.baseline'), width: 12 },
    ...years.map((y) => ({ header: String(y), width: 10 })),
  ];
  const programmeName = new Map(doc.programmes.map((p) => [p.id, p.name]));
  for (const i of doc.indicators) {
    if (!i.programmeId) continue;
    indicators.addRow([
      programmeName.get(i.programmeId) ?? '',
      t(`programmes.indicators.kinds.${i.kind}`),
      i.name,
      i.unit,
      i.baseline,
      ...years.map((y) => i.targets.find((x) => x.year === y)?.value ?? null),
    ]);
  }
  header(indicators);

  // Quick wins: rationale, profile and risk register (one row per risk)
  const quick = book.addWorksheet(t('roadmap.xlsx.quickWins'));
  const handlingName = (code: string) => {
    const v = ref.vocabularies.riskHandling.find((x) => x.code === code);
    return v ? localized(v.name, lang) : code;
  };
  quick.columns = [
    { header: t('programmes.columns.name'), width: 36 },
    { header: t('quickwin.rationale'), width: 48 },
    { header: t('quickwin.profile.type'), width: 12 },
    { header: t('quickwin.profile.duration'), width: 12 },
    { header: t('quickwin.profile.benefit'), width: 36 },
    { header: t('quickwin.profile.partners'), width: 30 },
    { header: t('quickwin.profile.sustainability'), width: 30 },
    { header: t('quickwin.risks.risk'), width: 36 },
    { header: t('quickwin.risks.likelihood'), width: 10 },
    { header: t('quickwin.risks.impact'), width: 10 },
    { header: t('quickwin.risks.level'), width: 8 },
    { header: t('quickwin.risks.handling'), width: 12 },
    { header: t('quickwin.risks.mitigation'), width: 36 },
    { header: t('quickwin.risks.owner'), width: 20 },
  ];
  for (const q of doc.quickWins) {
    const base = [
      programmeName.get(q.programmeId) ?? '',
      q.rationale,
      (QUICKWIN_PROFILE_TYPES as readonly string[]).includes(q.profileType)
        ? t(`quickwin.profileTypes.${q.profileType as 'program'}`)
        : q.profileType,
      q.durationMonths ?? '',
      q.benefit,
      q.partners,
      q.sustainability,
    ];
    if (q.risks.length === 0) quick.addRow(base);
    for (const r of q.risks)
      quick.addRow([
        ...base,
        r.risk,
        r.likelihood,
        r.impact,
        r.likelihood * r.impact,
        handlingName(r.handling),
        r.mitigation,
        r.owner,
      ]);
  }
  quick.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  header(quick);

  // Budget summary: year × source
  const summary = budgetSummary(
    doc,
    ref.fundingSources.sources.map((s) => s.code),
  );
  const budget = book.addWorksheet(t('roadmap.xlsx.budget'));
  budget.columns = [
    { header: t('roadmap.year'), width: 10 },
    ...summary.sources.map((s) => ({ header: sourceName(s), width: 18, style: { numFmt: MONEY } })),
    { header: t('roadmap.total'), width: 20, style: { numFmt: MONEY } },
  ];
  for (const y of summary.years)
    budget.addRow([
      y,
      ...summary.sources.map((s) => summary.byYearSource[y]?.[s] ?? 0),
      summary.totalByYear[y] ?? 0,
    ]);
  budget.addRow([
    t('roadmap.total'),
    ...summary.sources.map((s) => summary.totalBySource[s] ?? 0),
    summary.total,
  ]).font = { bold: true };
  header(budget);

  const bytes = await book.xlsx.writeBuffer();
  const safe = doc.region.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return {
    fileName: `${t('roadmap.xlsx.fileName')}-${safe}.xlsx`,
    base64: Buffer.from(bytes as ArrayBuffer).toString('base64'),
  };
}
