import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../../shared/format';
import { localized } from '../../../../shared/reference';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument, useReference } from '../../data/queries';
import { ReadOnlyNote, useLanguage } from './ReadOnlyNote';

export function ProgrammesView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument(planId);
  const reference = useReference();
  const language = useLanguage();
  const ref = reference.data;
  const subName = (code: string) => {
    for (const p of ref?.pillars.pillars ?? []) {
      const s = p.subDimensions.find((x) => x.code === code);
      if (s) return `${localized(p.name, language)} · ${localized(s.name, language)}`;
    }
    return code;
  };
  const typeName = (code: string) => {
    const entry = ref?.vocabularies.programmeTypes.find((x) => x.code === code);
    return entry ? localized(entry.name, language) : code;
  };
  return (
    <Stack>
      <ReadOnlyNote />
      <QueryState query={doc}>
        {(plan) => {
          const opdName = (id: string | null) =>
            plan.opds.find((o) => o.id === id)?.abbreviation ||
            plan.opds.find((o) => o.id === id)?.name ||
            t('common.none');
          const quickWinIds = new Set(plan.quickWins.map((q) => q.programmeId));
          return (
            <Stack>
              <Paper withBorder p="md">
                <Title order={3} size="h5" mb="xs">
                  {t('readonly.criteria')}
                </Title>
                <Table className="dense-table">
                  <Table.Tbody>
                    {plan.criteria.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td w={120}>
                          {t('readonly.weight')} {c.weight}%
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
              <Paper withBorder p="md">
                {plan.programmes.length === 0 ? (
                  <Text c="dimmed">{t('common.empty')}</Text>
                ) : (
                  <Table className="dense-table" striped aria-label={t('readonly.programme')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('readonly.programme')}</Table.Th>
                        <Table.Th>{t('readonly.subDimension')}</Table.Th>
                        <Table.Th>{t('readonly.type')}</Table.Th>
                        <Table.Th>{t('readonly.leadOpd')}</Table.Th>
                        <Table.Th>{t('readonly.years')}</Table.Th>
                        <Table.Th ta="right">{t('readonly.cost')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {plan.programmes.map((p) => (
                        <Table.Tr key={p.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {p.name}{' '}
                              {quickWinIds.has(p.id) && (
                                <Badge size="xs" color="orange">
                                  {t('readonly.quickWin')}
                                </Badge>
                              )}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs">{subName(p.subDimensionCode)}</Text>
                          </Table.Td>
                          <Table.Td>{typeName(p.type)}</Table.Td>
                          <Table.Td>{opdName(p.leadOpdId)}</Table.Td>
                          <Table.Td>
                            {p.startYear && p.endYear
                              ? p.startYear === p.endYear
                                ? p.startYear
                                : `${p.startYear}–${p.endYear}`
                              : t('common.none')}
                          </Table.Td>
                          <Table.Td ta="right">
                            {p.costEstimate === null
                              ? t('common.none')
                              : formatRupiah(p.costEstimate)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Paper>
              {plan.quickWins.length > 0 && (
                <Paper withBorder p="md">
                  <Title order={3} size="h5" mb="xs">
                    {t('readonly.quickWins')}
                  </Title>
                  <Stack gap="xs">
                    {plan.quickWins.map((q) => (
                      <div key={q.id}>
                        <Text size="sm" fw={600}>
                          {plan.programmes.find((p) => p.id === q.programmeId)?.name}{' '}
                          <Text span size="xs" c="dimmed">
                            ({t('readonly.risks', { count: q.risks.length })})
                          </Text>
                        </Text>
                        <Text size="sm" c="dimmed">
                          {t('readonly.rationale')}: {q.rationale}
                        </Text>
                      </div>
                    ))}
                  </Stack>
                </Paper>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
