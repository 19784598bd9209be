/** Targets per indicator and budget per funding source, year by year, for one programme. */
import { Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planYears } from '../../../../shared/analysis/roadmap';
import type { ProgrammeDto } from '../../../../shared/contract/programmes';
import { formatNumber, formatRupiah, parseIndonesianNumber } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/reference';
import { useDraft } from '../../components/autosave';
import { stamp, useDocSave, useNames, type Doc } from '../programmes/data';
import { RupiahInput } from '../programmes/RupiahInput';

/** Saves an indicator's target for one year (the plan document follows at once). */
export function useSetTarget(planId: string) {
  return useDocSave(
    'programmes.setTarget',
    planId,
    (d, input) => ({
      ...d,
      indicators: d.indicators.map((i) =>
        i.id !== input.indicatorId
          ? i
          : {
              ...i,
              targets: [
                ...i.targets.filter((x) => x.year !== input.year),
                ...(input.value === null
                  ? []
                  : [
                      {
                        id: `pending-${input.year}`,
                        year: input.year,
                        value: input.value,
                        updatedAt: stamp(),
                      },
                    ]),
              ].sort((a, b) => a.year - b.year),
            },
      ),
    }),
    { refetch: false },
  );
}

/** One year's target of an indicator, typed the Indonesian way (1.250 or 12,5). */
export function TargetCell({
  value,
  label,
  onSave,
}: {
  value: number | null;
  label: string;
  onSave: (v: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const draft = useDraft(
    value === null ? '' : formatNumber(value, i18n.language === 'en' ? 'en' : 'id'),
    {
      validate: (text) =>
        text.trim() === '' || parseIndonesianNumber(text) !== null
          ? null
          : t('programmes.indicators.invalidNumber'),
      commit: (text) => onSave(text.trim() === '' ? null : parseIndonesianNumber(text)),
    },
  );
  return (
    <TextInput
      size="xs"
      aria-label={label}
      value={draft.value}
      error={draft.error ? true : undefined}
      title={draft.error ?? undefined}
      onChange={(e) => draft.onChange(e.currentTarget.value)}
      onBlur={draft.onBlur}
    />
  );
}

export function YearDetail({
  planId,
  doc,
  refData: ref,
  programme: p,
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
  programme: ProgrammeDto;
}) {
  const { t } = useTranslation();
  const names = useNames(ref, doc);
  const years = planYears(doc.plan.startYear);
  const inSpan = (y: number) =>
    p.startYear !== null && y >= p.startYear && y <= (p.endYear ?? p.startYear);
  const setTarget = useSetTarget(planId);
  const setBudget = useDocSave(
    'roadmap.setBudget',
    planId,
    (d, input) => ({
      ...d,
      budgets: [
        ...d.budgets.filter(
          (b) =>
            !(
              b.programmeId === input.programmeId &&
              b.year === input.year &&
              b.sourceCode === input.sourceCode
            ),
        ),
        ...(input.amount
          ? [
              {
                id: `pending-${input.programmeId}-${input.year}-${input.sourceCode}`,
                programmeId: input.programmeId,
                year: input.year,
                sourceCode: input.sourceCode,
                amount: input.amount,
                updatedAt: stamp(),
              },
            ]
          : []),
      ],
    }),
    { refetch: false },
  );
  const update = useDocSave(
    'programmes.update',
    planId,
    (d, input) => ({
      ...d,
      programmes: d.programmes.map((x) =>
        x.id === input.programmeId ? { ...x, ...input.patch } : x,
      ),
    }),
    { refetch: false },
  );
  const budgets = doc.budgets.filter((b) => b.programmeId === p.id);
  const sources = [...new Set([...p.fundingSources, ...budgets.map((b) => b.sourceCode)])];
  const amount = (y: number, s: string) =>
    budgets.find((b) => b.year === y && b.sourceCode === s)?.amount ?? null;
  const indicators = doc.indicators.filter((i) => i.programmeId === p.id);
  const yearTotal = (y: number) =>
    budgets.filter((b) => b.year === y).reduce((a, b) => a + b.amount, 0);
  const headers = (
    <Table.Tr>
      <Table.Th />
      {years.map((y) => (
        <Table.Th key={y} ta="center" className={inSpan(y) ? 'in-span' : undefined}>
          {y}
        </Table.Th>
      ))}
    </Table.Tr>
  );
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={`${t('roadmap.detail.title')}: ${p.name}`}
    >
      <Title order={3} size="h5">
        {t('roadmap.detail.title')}: {p.name}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {names.opd(p.leadOpdId) || t('programmes.detail.noOpd')}
        {p.startYear
          ? ` · ${p.startYear === (p.endYear ?? p.startYear) ? p.startYear : `${p.startYear}–${p.endYear}`}`
          : ` · ${t('roadmap.timeline.unscheduled')}`}
      </Text>
      <Text size="sm" fw={600}>
        {t('roadmap.detail.targets')}
      </Text>
      {indicators.length === 0 ? (
        <Text size="xs" c="dimmed" mb="sm">
          {t('roadmap.detail.noIndicators')}
        </Text>
      ) : (
        <div className="table-scroll">
          <Table className="dense-table year-table" aria-label={t('roadmap.detail.targets')}>
            <Table.Thead>{headers}</Table.Thead>
            <Table.Tbody>
              {indicators.map((i) => (
                <Table.Tr key={i.id} data-indicator={i.id}>
                  <Table.Th scope="row">
                    <Text size="xs" lineClamp={2}>
                      {i.name || t('common.none')}
                    </Text>
                    <Text size="10px" c="dimmed">
                      {i.unit}
                    </Text>
                  </Table.Th>
                  {years.map((y) => (
                    <Table.Td key={y} className={inSpan(y) ? 'in-span' : undefined}>
                      <TargetCell
                        label={`${i.name} ${t('programmes.indicators.target', { year: y })}`}
                        value={i.targets.find((x) => x.year === y)?.value ?? null}
                        onSave={(value) =>
                          setTarget.mutate({ planId, indicatorId: i.id, year: y, value })
                        }
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Group justify="space-between" mt="sm">
        <Text size="sm" fw={600}>
          {t('roadmap.detail.budgets')}
        </Text>
        <Select
          size="xs"
          w={220}
          aria-label={t('roadmap.detail.addSource')}
          placeholder={t('roadmap.detail.addSource')}
          data={ref.fundingSources.sources
            .filter((s) => !sources.includes(s.code))
            .map((s) => ({ value: s.code, label: names.source(s.code) }))}
          value={null}
          onChange={(v) =>
            v &&
            update.mutate({
              planId,
              programmeId: p.id,
              patch: { fundingSources: [...p.fundingSources, v] },
            })
          }
        />
      </Group>
      <div className="table-scroll">
        <Table className="dense-table year-table" aria-label={t('roadmap.detail.budgets')}>
          <Table.Thead>{headers}</Table.Thead>
          <Table.Tbody>
            {sources.map((s) => (
              <Table.Tr key={s}>
                <Table.Th scope="row">
                  <Text size="xs">{names.source(s)}</Text>
                </Table.Th>
                {years.map((y) => (
                  <Table.Td key={y} className={inSpan(y) ? 'in-span' : undefined}>
                    <RupiahInput
                      size="xs"
                      aria-label={t('roadmap.detail.budget', { source: names.source(s), year: y })}
                      value={amount(y, s)}
                      description={null}
                      onSave={(value) =>
                        setBudget.mutate({
                          planId,
                          programmeId: p.id,
                          year: y,
                          sourceCode: s,
                          amount: value,
                        })
                      }
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">
                <Text size="xs" fw={700}>
                  {t('roadmap.total')}
                </Text>
              </Table.Th>
              {years.map((y) => (
                <Table.Td key={y} ta="right">
                  <Text size="10px" fw={600} data-testid={`programme-total-${y}`}>
                    {yearTotal(y) ? formatRupiah(yearTotal(y)) : ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}
