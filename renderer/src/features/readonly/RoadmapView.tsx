import { Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../../shared/format';
import { localized } from '../../../../shared/reference';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument, useReference } from '../../data/queries';
import { ReadOnlyNote, useLanguage } from './ReadOnlyNote';

export function RoadmapView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument(planId);
  const reference = useReference();
  const language = useLanguage();
  return (
    <Stack>
      <ReadOnlyNote />
      <QueryState query={doc}>
        {(plan) => {
          const years = Array.from({ length: 10 }, (_, i) => plan.plan.startYear + i);
          const sources = reference.data?.fundingSources.sources ?? [];
          const sum = (year: number, source?: string) =>
            plan.budgets
              .filter((b) => b.year === year && (!source || b.sourceCode === source))
              .reduce((s, b) => s + b.amount, 0);
          const usedSources = sources.filter((s) =>
            plan.budgets.some((b) => b.sourceCode === s.code),
          );
          return (
            <Stack>
              <Paper withBorder p="md">
                <Title order={3} size="h5" mb="xs">
                  {t('readonly.programme')}
                </Title>
                <ScrollArea>
                  <Table className="dense-table" withColumnBorders miw={900}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('readonly.programme')}</Table.Th>
                        {years.map((y) => (
                          <Table.Th key={y} ta="center" w={52}>
                            {y}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {plan.programmes.map((p) => (
                        <Table.Tr key={p.id}>
                          <Table.Td>
                            <Text size="xs">{p.name}</Text>
                          </Table.Td>
                          {years.map((y) => {
                            const active =
                              p.startYear !== null &&
                              p.endYear !== null &&
                              y >= p.startYear &&
                              y <= p.endYear;
                            return (
                              <Table.Td
                                key={y}
                                bg={active ? 'blue.2' : undefined}
                                aria-label={active ? String(y) : undefined}
                              />
                            );
                          })}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea>
              </Paper>
              <Paper withBorder p="md">
                <Title order={3} size="h5" mb="xs">
                  {t('readonly.budgetPerYear')}
                </Title>
                <ScrollArea>
                  <Table className="dense-table" striped miw={700}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('readonly.year')}</Table.Th>
                        {usedSources.map((s) => (
                          <Table.Th key={s.code} ta="right">
                            {localized(s.name, language)}
                          </Table.Th>
                        ))}
                        <Table.Th ta="right">{t('readonly.total')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {years.map((y) => (
                        <Table.Tr key={y}>
                          <Table.Td>{y}</Table.Td>
                          {usedSources.map((s) => (
                            <Table.Td key={s.code} ta="right">
                              {formatRupiah(sum(y, s.code))}
                            </Table.Td>
                          ))}
                          <Table.Td ta="right" fw={600}>
                            {formatRupiah(sum(y))}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea>
              </Paper>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
