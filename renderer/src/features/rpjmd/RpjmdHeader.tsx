import { Group, Paper, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RpjmdData } from '../../../../shared/contract/rpjmd';
import { AutosaveTextarea, AutosaveTextInput } from '../../components/autosave';
import { usePlan, useSave } from '../../data/queries';

/** Period (five years), the regent's visi and the regulation that set the RPJMD. */
export function RpjmdHeader({ planId, data }: { planId: string; data: RpjmdData }) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const save = useSave('rpjmd.update', planId);
  const start = data.rpjmd?.periodStart ?? plan.data?.startYear ?? new Date().getFullYear();
  const end = data.rpjmd?.periodEnd ?? start + 4;
  const planStart = plan.data?.startYear ?? start;
  const years = Array.from({ length: 11 }, (_, i) => planStart - 6 + i);
  if (!years.includes(start)) years.push(start);
  years.sort((a, b) => a - b);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('rpjmd.header.title')}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Select
          label={t('rpjmd.header.periodStart')}
          size="xs"
          w={92}
          allowDeselect={false}
          value={String(start)}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => v && save.mutate({ planId, patch: { periodStart: Number(v) } })}
        />
        <Select
          label={t('rpjmd.header.periodEnd')}
          size="xs"
          w={150}
          allowDeselect={false}
          value={String(end)}
          data={[4, 5].map((d) => ({
            value: String(start + d),
            label: `${start + d} (${t('rpjmd.header.years', { count: d + 1 })})`,
          }))}
          onChange={(v) => v && save.mutate({ planId, patch: { periodEnd: Number(v) } })}
        />
        <AutosaveTextarea
          label={t('rpjmd.header.visi')}
          size="xs"
          autosize
          minRows={1}
          maxRows={4}
          style={{ flex: 2 }}
          value={data.rpjmd?.visi ?? ''}
          onSave={(v) => save.mutate({ planId, patch: { visi: v } })}
        />
        <AutosaveTextInput
          label={t('rpjmd.header.legalBasis')}
          size="xs"
          style={{ flex: 1 }}
          placeholder={t('rpjmd.header.legalBasisHint')}
          value={data.rpjmd?.legalBasis ?? ''}
          onSave={(v) => save.mutate({ planId, patch: { legalBasis: v.trim() } })}
        />
      </Group>
      {!data.rpjmd && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('rpjmd.header.new')}
        </Text>
      )}
    </Paper>
  );
}
