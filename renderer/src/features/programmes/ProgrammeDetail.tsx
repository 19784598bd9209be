/** The detail panel of one programme: every field, saved as the planner types. */
import {
  ActionIcon,
  Button,
  CloseButton,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planYears } from '../../../../shared/analysis/roadmap';
import type { ProgrammeDto, ProgrammeFields } from '../../../../shared/contract/programmes';
import { formatNumber, parseIndonesianNumber } from '../../../../shared/format';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { AutosaveTextarea, AutosaveTextInput } from '../../components/autosave';
import { stamp, useDocSave, useNames, type Doc } from './data';
import { TargetCell, useSetTarget } from '../roadmap/YearDetail';
import { RupiahInput } from './RupiahInput';

const patchProgramme = (doc: Doc, id: string, patch: ProgrammeFields): Doc => ({
  ...doc,
  programmes: doc.programmes.map((p) => (p.id === id ? { ...p, ...patch, updatedAt: stamp() } : p)),
});

function IndicatorEditor({
  planId,
  indicator,
  years,
  inSpan,
}: {
  planId: string;
  indicator: Doc['indicators'][number];
  /** The plan's ten years. */
  years: number[];
  /** Whether the programme runs in that year (targets outside it are dimmed). */
  inSpan: (year: number) => boolean;
}) {
  const { t, i18n } = useTranslation();
  const setTarget = useSetTarget(planId);
  const update = useDocSave('programmes.updateIndicator', planId);
  const remove = useDocSave('programmes.removeIndicator', planId, (doc, input) => ({
    ...doc,
    indicators: doc.indicators.filter((i) => i.id !== input.indicatorId),
  }));
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate({ planId, indicatorId: indicator.id, patch });
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Paper withBorder p="xs">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          size="xs"
          w={100}
          label={t('programmes.indicators.kind')}
          data={(['output', 'outcome', 'impact'] as const).map((k) => ({
            value: k,
            label: t(`programmes.indicators.kinds.${k}`),
          }))}
          value={indicator.kind}
          allowDeselect={false}
          onChange={(v) => v && save({ kind: v as 'output' })}
        />
        <AutosaveTextInput
          size="xs"
          style={{ flex: 1 }}
          label={t('programmes.indicators.name')}
          value={indicator.name}
          onSave={(name) => save({ name })}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('programmes.indicators.remove')}
          onClick={() => remove.mutate({ planId, indicatorId: indicator.id })}
        >
          ×
        </ActionIcon>
      </Group>
      <Group gap="xs" mt={4} wrap="nowrap">
        <AutosaveTextInput
          size="xs"
          w={100}
          label={t('programmes.indicators.unit')}
          value={indicator.unit}
          onSave={(unit) => save({ unit })}
        />
        <AutosaveTextInput
          size="xs"
          w={110}
          label={t('programmes.indicators.baseline')}
          value={indicator.baseline === null ? '' : formatNumber(indicator.baseline, lang)}
          validate={(text) =>
            text.trim() === '' || parseIndonesianNumber(text) !== null
              ? null
              : t('programmes.indicators.invalidNumber')
          }
          onSave={(text) =>
            save({ baseline: text.trim() === '' ? null : parseIndonesianNumber(text) })
          }
        />
        <AutosaveTextInput
          size="xs"
          w={90}
          label={t('programmes.indicators.baselineYear')}
          value={indicator.baselineYear === null ? '' : String(indicator.baselineYear)}
          validate={(text) =>
            text.trim() === '' || /^(19|20)\d\d$/.test(text.trim())
              ? null
              : t('programmes.indicators.invalidNumber')
          }
          onSave={(text) => save({ baselineYear: text.trim() === '' ? null : Number(text.trim()) })}
        />
      </Group>
      <Text size="xs" fw={600} mt={6}>
        {t('programmes.indicators.targets')}
      </Text>
      <div className="target-years" role="group" aria-label={t('programmes.indicators.targets')}>
        {years.map((y) => (
          <div key={y} className={inSpan(y) ? 'target-year in-span' : 'target-year'}>
            <span className="target-year-label" aria-hidden>
              {y}
            </span>
            <TargetCell
              label={`${indicator.name} ${t('programmes.indicators.target', { year: y })}`}
              value={indicator.targets.find((x) => x.year === y)?.value ?? null}
              onSave={(value) =>
                setTarget.mutate({ planId, indicatorId: indicator.id, year: y, value })
              }
            />
          </div>
        ))}
      </div>
    </Paper>
  );
}

export function ProgrammeDetail({
  planId,
  doc,
  refData: ref,
  programme: p,
  onClose,
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
  programme: ProgrammeDto;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const names = useNames(ref, doc);
  const update = useDocSave(
    'programmes.update',
    planId,
    (d, input) => patchProgramme(d, input.programmeId, input.patch),
    { refetch: false },
  );
  const remove = useDocSave('programmes.remove', planId, (d, input) => ({
    ...d,
    programmes: d.programmes.filter((x) => x.id !== input.programmeId),
  }));
  const addIndicator = useDocSave('programmes.addIndicator', planId);
  const save = (patch: ProgrammeFields) => update.mutate({ planId, programmeId: p.id, patch });
  const lang = i18n.language;
  const years = planYears(doc.plan.startYear).map(String);
  const opds = doc.opds.map((o) => ({ value: o.id, label: o.abbreviation || o.name }));
  const subData = ref.pillars.pillars.map((pl) => ({
    group: localized(pl.name, lang),
    items: pl.subDimensions.map((s) => ({ value: s.code, label: localized(s.name, lang) })),
  }));
  const rpjmdData = doc.rpjmdItems
    .filter((i) => i.kind === 'sasaran' || i.kind === 'program')
    .map((i) => ({
      value: i.id,
      label: `${i.code ? `${i.code} ` : ''}${i.text}`.slice(0, 120),
    }));
  const indicators = doc.indicators.filter((i) => i.programmeId === p.id);
  const inSpan = (y: number) =>
    p.startYear !== null && y >= p.startYear && y <= (p.endYear ?? p.startYear);
  const [confirming, setConfirming] = useState(false);
  return (
    <Paper
      withBorder
      p="sm"
      className="detail-panel"
      component="section"
      aria-label={t('programmes.detail.title')}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h5">
          {t('programmes.detail.title')}
        </Title>
        <CloseButton aria-label={t('programmes.detail.close')} onClick={onClose} />
      </Group>
      <Stack gap="xs">
        <AutosaveTextInput
          size="xs"
          label={t('programmes.columns.name')}
          value={p.name}
          validate={(text) => (text.trim() ? null : t('validation.required'))}
          onSave={(name) => save({ name: name.trim() })}
        />
        <AutosaveTextarea
          size="xs"
          label={t('programmes.columns.description')}
          autosize
          minRows={2}
          maxRows={6}
          value={p.description}
          onSave={(description) => save({ description })}
        />
        <SimpleGrid cols={2} spacing="xs">
          <Select
            size="xs"
            label={t('programmes.columns.subDimension')}
            description={names.pillar(p.pillarCode)}
            data={subData}
            value={p.subDimensionCode}
            allowDeselect={false}
            searchable
            onChange={(v) => {
              if (!v) return;
              const pillar = ref.pillars.pillars.find((x) =>
                x.subDimensions.some((s) => s.code === v),
              )!;
              save({ pillarCode: pillar.code, subDimensionCode: v });
            }}
          />
          <Select
            size="xs"
            label={t('programmes.columns.type')}
            data={ref.vocabularies.programmeTypes.map((v) => ({
              value: v.code,
              label: localized(v.name, lang),
            }))}
            value={p.type || null}
            clearable
            onChange={(v) => save({ type: v ?? '' })}
          />
          <Select
            size="xs"
            label={t('programmes.columns.leadOpd')}
            placeholder={t('programmes.detail.noOpd')}
            data={opds}
            value={p.leadOpdId}
            clearable
            searchable
            onChange={(v) => save({ leadOpdId: v })}
            // Emptying the text clears the lead OPD (the clear button is mouse-only).
            onBlur={(e) => {
              if (e.currentTarget.value.trim() === '' && p.leadOpdId) save({ leadOpdId: null });
            }}
          />
          <AutosaveTextInput
            size="xs"
            label={t('programmes.columns.nomenclature')}
            value={p.nomenclatureCode}
            onSave={(nomenclatureCode) => save({ nomenclatureCode })}
          />
        </SimpleGrid>
        <MultiSelect
          size="xs"
          label={t('programmes.columns.supportOpd')}
          data={opds}
          value={p.supportOpdIds}
          searchable
          onChange={(supportOpdIds) => save({ supportOpdIds })}
        />
        <MultiSelect
          size="xs"
          label={t('programmes.columns.rpjmd')}
          data={rpjmdData}
          value={p.rpjmdItemIds.filter((id) => rpjmdData.some((d) => d.value === id))}
          searchable
          onChange={(rpjmdItemIds) => save({ rpjmdItemIds })}
        />
        <SimpleGrid cols={2} spacing="xs">
          <RupiahInput
            size="xs"
            label={t('programmes.columns.cost')}
            placeholder={t('rupiah.placeholder')}
            value={p.costEstimate}
            onSave={(costEstimate) => save({ costEstimate })}
          />
          <Group gap={4} wrap="nowrap" align="flex-end">
            <Select
              size="xs"
              label={t('programmes.columns.start')}
              data={years}
              value={p.startYear ? String(p.startYear) : null}
              clearable
              onChange={(v) => {
                const start = v ? Number(v) : null;
                const end = start === null ? null : Math.max(start, p.endYear ?? start);
                save({ startYear: start, endYear: end });
              }}
            />
            <Select
              size="xs"
              label={t('programmes.columns.end')}
              data={years.filter((y) => !p.startYear || Number(y) >= p.startYear)}
              value={p.endYear ? String(p.endYear) : null}
              disabled={!p.startYear}
              onChange={(v) => v && save({ endYear: Number(v) })}
            />
          </Group>
        </SimpleGrid>
        <MultiSelect
          size="xs"
          label={t('programmes.columns.funding')}
          data={ref.fundingSources.sources.map((s) => ({
            value: s.code,
            label: names.source(s.code),
          }))}
          value={p.fundingSources}
          onChange={(fundingSources) => save({ fundingSources })}
        />
        <MultiSelect
          size="xs"
          label={t('programmes.columns.dependsOn')}
          description={t('programmes.detail.dependsHelp')}
          data={doc.programmes
            .filter((x) => x.id !== p.id)
            .map((x) => ({ value: x.id, label: x.name }))}
          value={p.dependsOn}
          searchable
          onChange={(dependsOn) => save({ dependsOn })}
        />
        <Group justify="space-between" mt="xs">
          <Text size="sm" fw={600}>
            {t('programmes.indicators.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => addIndicator.mutate({ planId, programmeId: p.id })}
          >
            {t('programmes.indicators.add')}
          </Button>
        </Group>
        {indicators.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('programmes.indicators.none')}
          </Text>
        )}
        {indicators.map((i) => (
          <IndicatorEditor
            key={i.id}
            planId={planId}
            indicator={i}
            years={planYears(doc.plan.startYear)}
            inSpan={inSpan}
          />
        ))}
        {confirming ? (
          <Paper withBorder p="xs" bg="red.0" role="alert">
            <Text size="sm">{t('programmes.detail.removeConfirm', { name: p.name })}</Text>
            <Group justify="flex-end" gap="xs" mt="xs">
              <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                size="xs"
                color="red"
                onClick={() => {
                  onClose();
                  remove.mutate({ planId, programmeId: p.id });
                }}
              >
                {t('common.delete')}
              </Button>
            </Group>
          </Paper>
        ) : (
          <Group justify="flex-end" mt="sm">
            <Button size="xs" color="red" variant="subtle" onClick={() => setConfirming(true)}>
              {t('programmes.detail.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
