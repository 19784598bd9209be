import {
  Anchor,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  pillarCompletion,
  READINESS_ELEMENTS,
  readinessSummary,
} from '../../../../shared/analysis/readiness';
import type { PillarsData } from '../../../../shared/contract/pillars';
import { formatNumber } from '../../../../shared/format';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { useLanguage } from '../readonly/ReadOnlyNote';
import { ReadinessRadar } from './ReadinessRadar';

// Low readiness is red, high is green: the map a planner reads at a glance.
const HEAT = ['', '#ffc9c9', '#ffd8a8', '#fff3bf', '#d8f5a2', '#96f2d7'];

/** Radar of readiness per pillar, per-pillar completion and the 18 × 3 heat table. */
export const PillarsOverview = memo(function PillarsOverview({
  data,
  reference,
  onOpenPillar,
}: {
  data: PillarsData;
  reference: ReferenceData;
  onOpenPillar: (code: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = useMemo(() => readinessSummary(data, reference), [data, reference]);
  const completion = useMemo(() => pillarCompletion(data, reference), [data, reference]);
  const names = useMemo(
    () =>
      new Map(
        reference.pillars.pillars.flatMap((p) => [
          [p.code, localized(p.name, language)] as const,
          ...p.subDimensions.map((s) => [s.code, localized(s.name, language)] as const),
        ]),
      ),
    [reference, language],
  );
  const pillarName = useCallback((code: string) => names.get(code) ?? code, [names]);
  const value = (v: number | null) => (v === null ? t('common.none') : formatNumber(v, language));
  const description = t('pillars.radarAlt', {
    values: summary.pillars.map((p) => `${pillarName(p.code)} ${value(p.average)}`).join('; '),
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <Paper withBorder p="sm" component="section" aria-labelledby="radar-title">
          <Title order={3} size="h5" id="radar-title">
            {t('pillars.radarTitle')}
          </Title>
          <ReadinessRadar
            summary={summary}
            pillarName={pillarName}
            seriesName={t('pillars.radarSeries')}
            description={description}
          />
        </Paper>
        <Paper withBorder p="sm" component="section" aria-labelledby="completion-title">
          <Title order={3} size="h5" id="completion-title" mb="xs">
            {t('pillars.completionTitle')}
          </Title>
          <Stack gap="sm">
            {completion.map((c) => {
              const avg = summary.pillars.find((p) => p.code === c.code)?.average ?? null;
              const label = t('pillars.completion', { done: c.done, total: c.total });
              return (
                <div key={c.code}>
                  <Group justify="space-between" gap={4}>
                    <Anchor component="button" size="sm" onClick={() => onOpenPillar(c.code)}>
                      {pillarName(c.code)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('pillars.average', { value: value(avg) })} · {label}
                    </Text>
                  </Group>
                  <Progress
                    value={(c.done / c.total) * 100}
                    color={c.done === c.total ? 'teal' : 'blue'}
                    aria-label={`${pillarName(c.code)}: ${label}`}
                  />
                </div>
              );
            })}
          </Stack>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="sm" component="section" aria-labelledby="heat-title">
        <Title order={3} size="h5" id="heat-title" mb="xs">
          {t('pillars.heatTitle')}
        </Title>
        <Table
          withTableBorder
          withColumnBorders
          className="dense-table"
          aria-labelledby="heat-title"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pillars.pillar')}</Table.Th>
              <Table.Th>{t('pillars.subDimension')}</Table.Th>
              {reference.readinessScale.elements.map((e) => (
                <Table.Th key={e.code} ta="center" w={130}>
                  {localized(e.name, language)}
                </Table.Th>
              ))}
              <Table.Th ta="center" w={110}>
                {t('pillars.averageHead')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.subDimensions.map((s, i) => (
              <Table.Tr key={s.code}>
                {i % 3 === 0 && (
                  <Table.Td rowSpan={3} style={{ verticalAlign: 'middle' }}>
                    <Text size="sm" fw={600}>
                      {pillarName(s.pillarCode)}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{pillarName(s.code)}</Text>
                </Table.Td>
                {READINESS_ELEMENTS.map((e) => (
                  <Table.Td
                    key={e}
                    className="heat-cell"
                    style={{ background: s[e] ? HEAT[s[e]] : undefined }}
                  >
                    {s[e] ?? t('common.none')}
                  </Table.Td>
                ))}
                <Table.Td className="heat-cell">{value(s.average)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
});
