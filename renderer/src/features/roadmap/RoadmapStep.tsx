/** Step 5: the 1/5/10-year roadmap — timeline, targets and budgets per year, summary, findings. */
import '../programmes/programmes.css';
import { Button, Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useStepLink } from '../../components/step-link';
import type { Finding } from '../../../../shared/analysis/finding';
import { budgetSummary, roadmapFindings } from '../../../../shared/analysis/roadmap';
import { budgetOption } from '../../../../shared/charts/budget';
import { formatRupiah } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/reference';
import { formatRupiahInput, formatRupiahShort } from '../../../../shared/rupiah';
import { PlanQueryState } from '../../components/PlanQueryState';
import { useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { useDocSave, useNames, type Doc } from '../programmes/data';
import { EChart } from '../programmes/EChart';
import { RupiahInput } from '../programmes/RupiahInput';
import { Timeline, type Span } from './Timeline';
import { YearDetail } from './YearDetail';

function downloadBase64(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Roadmap({
  planId,
  doc,
  refData: ref,
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
}) {
  const { t, i18n } = useTranslation();
  const names = useNames(ref, doc);
  const errorText = useErrorText();
  const [selected, setSelected] = useState<string | null>(null);
  const setYears = useDocSave(
    'roadmap.setYears',
    planId,
    (d, input) => ({
      ...d,
      programmes: d.programmes.map((p) =>
        p.id === input.programmeId
          ? { ...p, startYear: input.startYear, endYear: input.endYear }
          : p,
      ),
    }),
    { refetch: false },
  );
  const setCeiling = useDocSave(
    'roadmap.setCeiling',
    planId,
    (d, input) => ({
      ...d,
      plan: { ...d.plan, budgetCeiling: input.ceiling },
    }),
    { refetch: false },
  );
  const onSchedule = useCallback(
    (id: string, span: Span | null) =>
      setYears.mutate({
        planId,
        programmeId: id,
        startYear: span?.start ?? null,
        endYear: span?.end ?? null,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId],
  );
  const sourceOrder = useMemo(() => ref.fundingSources.sources.map((s) => s.code), [ref]);
  // The timeline follows every move at once; sums, findings and the chart a moment later.
  const lateDoc = useDeferredValue(doc);
  const latePlan = lateDoc.plan;
  const lateBudgets = lateDoc.budgets;
  // Moving a programme leaves the money alone: the sums and the chart are not redrawn.
  const summary = useMemo(
    () => budgetSummary({ plan: latePlan, budgets: lateBudgets }, sourceOrder),
    [latePlan, lateBudgets, sourceOrder],
  );
  const computedFindings = useMemo(
    () => roadmapFindings(lateDoc, ref).filter((f) => f.step === 'roadmap'),
    [lateDoc, ref],
  );
  // The same findings keep the same list, so the section is not re-rendered for nothing.
  const findingsKey = JSON.stringify(computedFindings);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const findings = useMemo(() => computedFindings, [findingsKey]);
  const quickWins = useMemo(
    () => new Set(doc.quickWins.map((q) => q.programmeId)),
    [doc.quickWins],
  );
  const ceiling = doc.plan.budgetCeiling;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const option = useMemo(
    () =>
      budgetOption(
        summary,
        {
          sourceName: names.source,
          amount: formatRupiah,
          amountShort: (v) => formatRupiahShort(v, lang),
          ceiling: t('roadmap.ceiling.line'),
        },
        ceiling,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [summary, ceiling, lang],
  );
  const indicators = lateDoc.indicators;
  const quickWinList = lateDoc.quickWins;
  const [, navigate] = useLocation();
  /** Focuses a selected programme's timeline row (or an indicator's first empty year). */
  const focusRow = useCallback((programmeId: string, indicatorId: string | null) => {
    // Two frames: the selection renders the year detail, then the row can be found.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (indicatorId) {
          const inputs = [
            ...document.querySelectorAll<HTMLInputElement>(
              `[data-indicator="${CSS.escape(indicatorId)}"] .in-span input`,
            ),
          ];
          const empty = inputs.find((input) => input.value === '') ?? inputs[0];
          if (empty) {
            empty.scrollIntoView({ block: 'center' });
            empty.focus({ preventScroll: true });
            return;
          }
        }
        const row = document.querySelector<HTMLElement>(
          `[data-programme="${CSS.escape(programmeId)}"]`,
        );
        row?.scrollIntoView({ block: 'center' });
        row?.querySelector<HTMLElement>('.timeline-bar, .timeline-schedule')?.focus();
      }),
    );
  }, []);
  /**
   * Opens what a finding is about: a year's budget row; the programme's row on the timeline
   * (years, dependencies); the indicator's first year without a target; and, for what is fixed
   * in the programme itself (lead OPD), the programme in the catalogue (`?programme=`).
   */
  const openFinding = useCallback(
    (f: Finding) => {
      if (f.targetType === 'roadmap') {
        document.getElementById(`budget-year-${f.targetId}`)?.scrollIntoView({ block: 'center' });
        return;
      }
      const programmeId =
        f.targetType === 'indicator'
          ? indicators.find((i) => i.id === f.targetId)?.programmeId
          : f.targetType === 'quickwin'
            ? quickWinList.find((q) => q.id === f.targetId)?.programmeId
            : f.targetId;
      if (!programmeId) return;
      if (f.code === 'budgetWithoutOpd' || f.code === 'quickWinWithoutLeadOpd') {
        navigate(`/plans/${planId}/programmes?programme=${encodeURIComponent(programmeId)}`);
        return;
      }
      setSelected(programmeId);
      focusRow(programmeId, f.targetType === 'indicator' ? f.targetId : null);
    },
    [indicators, quickWinList, navigate, planId, focusRow],
  );
  // Deep link `?programme=<id>` (review comments on a roadmap row): that programme's row is
  // selected and brought into view once, then the parameter is dropped so that it does not stick.
  const linked =
    useStepLink(planId, 'roadmap', (params) => {
      const programme = params.get('programme');
      if (programme) setSelected(programme);
    })?.get('programme') ?? null;
  useEffect(() => {
    if (linked) focusRow(linked, null);
  }, [linked, focusRow]);
  // Sections fed by the deferred plan: re-rendered only when their own data changes.
  const lateCurrent = lateDoc.programmes.find((p) => p.id === selected) ?? null;
  const detail = useMemo(
    () =>
      lateCurrent ? (
        <YearDetail
          key={lateCurrent.id}
          planId={planId}
          doc={lateDoc}
          refData={ref}
          programme={lateCurrent}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('roadmap.detail.none')}
        </Text>
      ),
    [lateCurrent, lateDoc, planId, ref, t],
  );
  const lateSections = useMemo(
    () => (
      <>
        <Paper withBorder p="sm" component="section" aria-label={t('roadmap.findings.title')}>
          <Title order={3} size="h5" mb="xs">
            {t('roadmap.findings.title')} ({findings.length})
          </Title>
          {findings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('roadmap.findings.none')}
            </Text>
          ) : (
            <ul className="findings-list">
              {findings.map((f, i) => (
                <li
                  key={`${f.code}-${f.targetId}-${i}`}
                  className={`finding finding-${f.severity}`}
                >
                  <UnstyledButton onClick={() => openFinding(f)} className="finding-open">
                    <Text size="sm">
                      {t(`findings.${f.code}` as 'findings.budgetWithoutOpd', f.params)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          )}
        </Paper>
        <Paper withBorder p="sm" component="section" aria-label={t('roadmap.summary.title')}>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {t('roadmap.summary.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('roadmap.summary.unit')}
            </Text>
          </Group>
          <div className="summary-layout">
            <div className="table-scroll">
              <Table className="dense-table summary-table" aria-label={t('roadmap.summary.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('roadmap.year')}</Table.Th>
                    {summary.sources.map((s) => (
                      <Table.Th key={s} ta="right">
                        {names.source(s)}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{t('roadmap.total')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.years.map((y) => {
                    const over = ceiling !== null && (summary.totalByYear[y] ?? 0) > ceiling;
                    return (
                      <Table.Tr
                        key={y}
                        id={`budget-year-${y}`}
                        className={over ? 'over-ceiling' : undefined}
                      >
                        <Table.Th scope="row">{y}</Table.Th>
                        {summary.sources.map((s) => (
                          <Table.Td key={s} ta="right">
                            {summary.byYearSource[y]?.[s]
                              ? formatRupiahInput(summary.byYearSource[y]![s]!)
                              : ''}
                          </Table.Td>
                        ))}
                        <Table.Td ta="right" fw={600}>
                          {formatRupiahInput(summary.totalByYear[y] ?? 0)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>{t('roadmap.total')}</Table.Th>
                    {summary.sources.map((s) => (
                      <Table.Th key={s} ta="right">
                        {formatRupiahInput(summary.totalBySource[s] ?? 0)}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{formatRupiahInput(summary.total)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </div>
            <EChart option={option} height={300} label={t('roadmap.summary.chart')} />
          </div>
        </Paper>
      </>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [findings, summary, ceiling, option, t, openFinding],
  );
  const exportXlsx = async () => {
    try {
      const out = await invoke('roadmap.exportXlsx', { planId, language: lang });
      downloadBase64(out.fileName, out.base64);
      notifications.show({ message: t('roadmap.exported', { name: out.fileName }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };
  const apbd = doc.region.apbd;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <RupiahInput
            size="xs"
            w={240}
            label={t('roadmap.ceiling.label')}
            placeholder={t('rupiah.placeholder')}
            value={ceiling}
            onSave={(value) => setCeiling.mutate({ planId, ceiling: value })}
          />
          <Text size="xs" c="dimmed" maw={360} pb={4}>
            {ceiling && apbd
              ? t('roadmap.ceiling.share', {
                  percent: ((ceiling / apbd) * 100).toLocaleString(
                    lang === 'en' ? 'en-GB' : 'id-ID',
                    {
                      maximumFractionDigits: 1,
                    },
                  ),
                  year: doc.region.apbdYear ?? '',
                })
              : t('roadmap.ceiling.help')}
          </Text>
        </Group>
        <Button size="xs" variant="default" onClick={() => void exportXlsx()}>
          {t('roadmap.export')}
        </Button>
      </Group>
      <Paper withBorder p="sm">
        <Group justify="space-between" mb={4}>
          <Title order={3} size="h5">
            {t('roadmap.timeline.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('roadmap.horizonHelp')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mb="xs">
          {t('roadmap.timeline.help')}
        </Text>
        {doc.programmes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('programmes.empty')}
          </Text>
        ) : (
          <Timeline
            programmes={doc.programmes}
            planStart={doc.plan.startYear}
            quickWins={quickWins}
            selected={selected}
            pillarOrder={ref.pillars.pillars.map((p) => p.code)}
            pillarName={names.pillar}
            onSelect={setSelected}
            onSchedule={onSchedule}
          />
        )}
      </Paper>
      {detail}
      {lateSections}
    </Stack>
  );
}

export function RoadmapStep({ planId }: { planId: string }) {
  return (
    <PlanQueryState planId={planId}>
      {(plan, ref) => <Roadmap planId={planId} doc={plan} refData={ref} />}
    </PlanQueryState>
  );
}
