import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDto, RpjmdItemDto } from '../../../../shared/contract/rpjmd';
import { formatNumber, parseIndonesianNumber } from '../../../../shared/format';
import { AutosaveTextInput, useDraft } from '../../components/autosave';
import { useOutlineSave } from './data';
import { useLanguage } from '../readonly/ReadOnlyNote';

const numberText = (v: number | null, lang: 'id' | 'en') =>
  v === null ? '' : formatNumber(v, lang);

function useNumberField() {
  const { t } = useTranslation();
  return {
    validate: (text: string) =>
      text.trim() === '' || parseIndonesianNumber(text) !== null
        ? null
        : t('rpjmd.indicators.notNumber'),
    parse: (text: string) => (text.trim() === '' ? null : parseIndonesianNumber(text)),
  };
}

/**
 * A light number field for the baseline and the yearly targets: a plain labelled input with the
 * same autosave, since a line's panel holds dozens of them and is rebuilt on every selection.
 */
function ValueField({
  label,
  ariaLabel,
  value,
  validate,
  onSave,
}: {
  label: string;
  ariaLabel?: string;
  value: string;
  validate: (text: string) => string | null;
  onSave: (text: string) => unknown;
}) {
  const id = useId();
  const draft = useDraft(value, { commit: onSave, validate });
  return (
    <div className="value-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="value-input"
        inputMode="decimal"
        aria-label={ariaLabel}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={draft.error ? `${id}-error` : undefined}
        value={draft.value}
        onChange={(e) => draft.onChange(e.currentTarget.value)}
        onBlur={draft.onBlur}
      />
      {draft.error && (
        <div id={`${id}-error`} className="value-error" role="alert">
          {draft.error}
        </div>
      )}
    </div>
  );
}

const IndicatorCard = memo(function IndicatorCard({
  planId,
  indicator,
  years,
  index,
}: {
  planId: string;
  indicator: IndicatorDto;
  years: number[];
  index: number;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const update = useOutlineSave('rpjmd.updateIndicator', planId);
  const setTarget = useOutlineSave('rpjmd.setTarget', planId);
  const remove = useOutlineSave('rpjmd.removeIndicator', planId);
  const num = useNumberField();
  const name = indicator.name || t('rpjmd.indicators.unnamed', { n: index + 1 });
  const patch = (p: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate({ planId, indicatorId: indicator.id, patch: p });
  return (
    <Paper withBorder p="xs" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <AutosaveTextInput
          label={t('rpjmd.indicators.name')}
          size="xs"
          style={{ flex: 1 }}
          value={indicator.name}
          onSave={(v) => patch({ name: v.trim() })}
        />
        <AutosaveTextInput
          label={t('rpjmd.indicators.unit')}
          size="xs"
          w={90}
          value={indicator.unit}
          onSave={(v) => patch({ unit: v.trim() })}
        />
        <NativeSelect
          label={t('rpjmd.indicators.kind')}
          size="xs"
          w={96}
          value={indicator.kind}
          data={(['impact', 'outcome', 'output'] as const).map((k) => ({
            value: k,
            label: t(`rpjmd.indicatorKinds.${k}`),
          }))}
          onChange={(e) => patch({ kind: e.currentTarget.value as IndicatorDto['kind'] })}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          mb={2}
          aria-label={t('rpjmd.indicators.remove', { name })}
          onClick={() => remove.mutate({ planId, indicatorId: indicator.id })}
        >
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Group>
      <div
        className="indicator-years"
        style={{ gridTemplateColumns: `1.3fr 1fr repeat(${years.length}, 1fr)` }}
        role="group"
        aria-label={t('rpjmd.indicators.values', { name })}
      >
        <ValueField
          label={t('rpjmd.indicators.baseline')}
          value={numberText(indicator.baseline, lang)}
          validate={num.validate}
          onSave={(v) => patch({ baseline: num.parse(v) })}
        />
        <ValueField
          label={t('rpjmd.indicators.baselineYear')}
          value={indicator.baselineYear === null ? '' : String(indicator.baselineYear)}
          validate={(v) =>
            v.trim() === '' || /^(19|20|21)\d\d$/.test(v.trim())
              ? null
              : t('rpjmd.indicators.notYear')
          }
          onSave={(v) => patch({ baselineYear: v.trim() ? Number(v.trim()) : null })}
        />
        {years.map((year) => (
          <ValueField
            key={year}
            label={String(year)}
            ariaLabel={t('rpjmd.indicators.target', { year })}
            value={numberText(indicator.targets.find((x) => x.year === year)?.value ?? null, lang)}
            validate={num.validate}
            onSave={(v) =>
              setTarget.mutate({ planId, indicatorId: indicator.id, year, value: num.parse(v) })
            }
          />
        ))}
      </div>
    </Paper>
  );
});

export function IndicatorTable({
  planId,
  item,
  indicators,
  years,
}: {
  planId: string;
  item: RpjmdItemDto;
  indicators: IndicatorDto[];
  years: number[];
}) {
  const { t } = useTranslation();
  const add = useOutlineSave('rpjmd.addIndicator', planId);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('rpjmd.indicators.title')}
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => add.mutate({ planId, itemId: item.id })}
        >
          {t('rpjmd.indicators.add')}
        </Button>
      </Group>
      {indicators.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('rpjmd.indicators.none')}
        </Text>
      )}
      {indicators.map((ind, i) => (
        <IndicatorCard key={ind.id} planId={planId} indicator={ind} years={years} index={i} />
      ))}
    </Stack>
  );
}
