import { Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, ProfilePatch } from '../../../../shared/contract';
import { formatNumber, parseIndonesianNumber } from '../../../../shared/format';
import { AutosaveSelect, AutosaveTextInput } from '../../components/autosave';
import { QueryState } from '../../components/QueryState';
import { useErrorText, usePlan, useSave } from '../../data/queries';

function numberText(value: number | null): string {
  return value === null ? '' : formatNumber(value, 'id');
}

function ProfileFields({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const save = useSave('plans.updateProfile', plan.id);
  const errorText = useErrorText();
  const patch = (p: ProfilePatch) => save.mutate({ planId: plan.id, patch: p });
  const r = plan.region;

  /** Optional numbers: empty clears; otherwise Indonesian or plain notation. */
  const numberField = (
    text: string,
    integer: boolean,
  ): { value: number | null; error: string | null } => {
    if (text.trim() === '') return { value: null, error: null };
    const value = parseIndonesianNumber(text);
    if (value === null || value < 0) return { value: null, error: t('validation.number') };
    if (integer && !Number.isInteger(value))
      return { value: null, error: t('validation.wholeNumber') };
    return { value, error: null };
  };
  const yearField = (text: string, min: number, max: number): string | null => {
    const n = Number(text);
    return /^\d{4}$/.test(text.trim()) && n >= min && n <= max
      ? null
      : t('validation.yearRange', { min, max });
  };

  return (
    <Stack2>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('profile.regionSection')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <TextInput label={t('profile.regionName')} value={r.name} readOnly variant="filled" />
          <TextInput
            label={t('profile.regionType')}
            value={t(`profile.types.${r.type}`)}
            readOnly
            variant="filled"
          />
          <TextInput label={t('profile.code')} value={r.code} readOnly variant="filled" />
          <TextInput
            label={t('profile.province')}
            value={r.provinceName}
            readOnly
            variant="filled"
          />
          <AutosaveTextInput
            label={t('profile.capital')}
            value={r.capital}
            onSave={(v) => patch({ capital: v.trim() })}
          />
          <AutosaveTextInput
            label={t('profile.population')}
            value={numberText(r.population)}
            inputMode="numeric"
            validate={(v) => numberField(v, true).error}
            onSave={(v) => patch({ population: numberField(v, true).value })}
          />
          <AutosaveTextInput
            label={t('profile.area')}
            value={numberText(r.areaKm2)}
            inputMode="decimal"
            validate={(v) => numberField(v, false).error}
            onSave={(v) => patch({ areaKm2: numberField(v, false).value })}
          />
          <AutosaveTextInput
            label={t('profile.apbd')}
            value={numberText(r.apbd)}
            inputMode="numeric"
            validate={(v) => numberField(v.replace(/^Rp/i, ''), true).error}
            onSave={(v) => patch({ apbd: numberField(v.replace(/^Rp/i, ''), true).value })}
          />
          <AutosaveTextInput
            label={t('profile.apbdYear')}
            value={r.apbdYear === null ? '' : String(r.apbdYear)}
            inputMode="numeric"
            validate={(v) => (v.trim() === '' ? null : yearField(v, 2000, 2100))}
            onSave={(v) => patch({ apbdYear: v.trim() === '' ? null : Number(v) })}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('profile.planSection')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <AutosaveTextInput
            label={t('profile.planTitle')}
            value={plan.title}
            validate={(v) => (v.trim() ? null : t('validation.required'))}
            onSave={(v) => patch({ title: v.trim() })}
            style={{ gridColumn: 'span 2' }}
          />
          <AutosaveSelect
            label={t('profile.status')}
            value={plan.status}
            data={(['draft', 'review', 'final'] as const).map((s) => ({
              value: s,
              label: t(`status.${s}`),
            }))}
            allowDeselect={false}
            onSave={(v) => patch({ status: v as PlanDetail['status'] })}
          />
          <div />
          <AutosaveTextInput
            label={t('profile.startYear')}
            value={String(plan.startYear)}
            inputMode="numeric"
            validate={(v) => yearField(v, 2000, 2100)}
            onSave={(v) => patch({ startYear: Number(v) })}
          />
          <TextInput
            label={t('profile.endYear')}
            value={String(plan.endYear)}
            readOnly
            variant="filled"
          />
          <AutosaveTextInput
            label={t('profile.baseYear')}
            value={String(plan.baseYear)}
            inputMode="numeric"
            validate={(v) => yearField(v, plan.startYear - 5, plan.startYear)}
            onSave={(v) => patch({ baseYear: Number(v) })}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          {t('profile.periodNote')} {t('profile.baseYearHint')}
        </Text>
        {save.isError && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {errorText(save.error)}
          </Text>
        )}
      </Paper>
    </Stack2>
  );
}

function Stack2({ children }: { children: React.ReactNode }) {
  return <div style={{ display: 'grid', gap: 16 }}>{children}</div>;
}

export function PlanProfileForm({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  return <QueryState query={plan}>{(detail) => <ProfileFields plan={detail} />}</QueryState>;
}
