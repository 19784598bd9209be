import { Button, Group, NativeSelect, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RPJMD_KINDS } from '../../../../shared/analysis/rpjmd-numbering';
import type { RpjmdData, RpjmdItemDto } from '../../../../shared/contract/rpjmd';
import { AutosaveTextInput } from '../../components/autosave';
import { useOpds } from '../../data/queries';
import { useOutlineSave } from './data';
import { IndicatorTable } from './IndicatorTable';

/** The selected line: its kind, nomenclature code, responsible OPD, commands and indicators. */
export const ItemDetail = memo(function ItemDetail({
  planId,
  data,
  item,
  label,
  years,
  onCommand,
}: {
  planId: string;
  data: RpjmdData;
  item: RpjmdItemDto | undefined;
  label: string;
  years: number[];
  onCommand: (
    id: string,
    command: 'after' | 'child' | 'up' | 'down' | 'indent' | 'outdent' | 'delete',
  ) => void;
}) {
  const { t } = useTranslation();
  const update = useOutlineSave('rpjmd.updateItem', planId);
  const opds = useOpds(planId);
  const opdOptions = useMemo(
    () =>
      (opds.data ?? []).map((o) => ({
        value: o.id,
        label: o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name,
      })),
    [opds.data],
  );
  const indicators = useMemo(
    () => (item ? data.indicators.filter((i) => i.rpjmdItemId === item.id) : []),
    [data.indicators, item],
  );
  if (!item)
    return (
      <Paper withBorder p="md" className="rpjmd-detail">
        <Text c="dimmed" size="sm">
          {t('rpjmd.detail.none')}
        </Text>
      </Paper>
    );
  const commands = [
    ['after', 'rpjmd.detail.addSibling'],
    ['child', 'rpjmd.detail.addChild'],
    ['up', 'rpjmd.detail.up'],
    ['down', 'rpjmd.detail.down'],
    ['indent', 'rpjmd.detail.indent'],
    ['outdent', 'rpjmd.detail.outdent'],
  ] as const;
  return (
    <Paper
      withBorder
      p="sm"
      className="rpjmd-detail"
      component="section"
      aria-labelledby="rpjmd-detail-title"
    >
      <Stack gap="xs">
        <Title order={3} size="h5" id="rpjmd-detail-title">
          {label}
        </Title>
        <Group gap={4}>
          {commands.map(([command, key]) => (
            <Button
              key={command}
              size="compact-xs"
              variant="default"
              onClick={() => onCommand(item.id, command)}
            >
              {t(key)}
            </Button>
          ))}
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            onClick={() => onCommand(item.id, 'delete')}
          >
            {t('rpjmd.detail.delete')}
          </Button>
        </Group>
        <Group gap="xs" grow align="flex-start">
          {/* Native select: light, since the panel is rebuilt on every selection. */}
          <NativeSelect
            label={t('rpjmd.detail.kind')}
            size="xs"
            value={item.kind}
            data={RPJMD_KINDS.map((k) => ({ value: k, label: t(`rpjmd.kinds.${k}`) }))}
            onChange={(e) =>
              update.mutate({
                planId,
                itemId: item.id,
                patch: { kind: e.currentTarget.value as RpjmdItemDto['kind'] },
              })
            }
          />
          <AutosaveTextInput
            key={`code-${item.id}`}
            label={t('rpjmd.detail.code')}
            placeholder={item.kind === 'program' ? '2.16.03' : ''}
            size="xs"
            value={item.code}
            onSave={(v) => update.mutate({ planId, itemId: item.id, patch: { code: v.trim() } })}
          />
        </Group>
        <Select
          label={t('rpjmd.detail.opd')}
          size="xs"
          clearable
          searchable
          value={item.opdId}
          placeholder={t('rpjmd.detail.opdNone')}
          nothingFoundMessage={t('rpjmd.detail.opdMissing')}
          data={opdOptions}
          onChange={(v) => update.mutate({ planId, itemId: item.id, patch: { opdId: v } })}
        />
        <IndicatorTable
          key={item.id}
          planId={planId}
          item={item}
          indicators={indicators}
          years={years}
        />
      </Stack>
    </Paper>
  );
});
