import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../../shared/reference';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument, useReference } from '../../data/queries';
import { ReadOnlyNote, useLanguage } from './ReadOnlyNote';

const SCORE_COLORS = ['gray', 'red', 'orange', 'yellow', 'lime', 'teal'];

export function PillarsView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument(planId);
  const reference = useReference();
  const language = useLanguage();
  return (
    <Stack>
      <ReadOnlyNote />
      <QueryState query={doc}>
        {(plan) => (
          <Stack>
            {(reference.data?.pillars.pillars ?? []).map((pillar) => {
              const swot = plan.swot.filter((s) => s.pillarCode === pillar.code);
              const issues = plan.strategicIssues.filter((s) => s.pillarCode === pillar.code);
              return (
                <Paper
                  withBorder
                  p="md"
                  key={pillar.code}
                  component="section"
                  aria-label={localized(pillar.name, language)}
                >
                  <Title order={3} size="h5">
                    {localized(pillar.name, language)}
                  </Title>
                  <Text size="sm" c="dimmed" mb="xs">
                    {localized(pillar.description, language)}
                  </Text>
                  <Table className="dense-table" withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={150}>{t('readonly.subDimension')}</Table.Th>
                        {reference.data?.readinessScale.elements.map((e) => (
                          <Table.Th key={e.code} w={110}>
                            {localized(e.name, language)}
                          </Table.Th>
                        ))}
                        <Table.Th>{t('readonly.currentCondition')}</Table.Th>
                        <Table.Th>{t('readonly.gap')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {pillar.subDimensions.map((sub) => {
                        const analysis = plan.subDimensions.find(
                          (a) => a.subDimensionCode === sub.code,
                        );
                        return (
                          <Table.Tr key={sub.code}>
                            <Table.Td>
                              <Text size="sm" fw={500}>
                                {localized(sub.name, language)}
                              </Text>
                            </Table.Td>
                            {reference.data?.readinessScale.elements.map((e) => {
                              const score =
                                analysis?.readiness.find((r) => r.element === e.code)?.score ??
                                null;
                              return (
                                <Table.Td key={e.code}>
                                  {score === null ? (
                                    <Text c="dimmed">{t('common.none')}</Text>
                                  ) : (
                                    <Badge color={SCORE_COLORS[score]} variant="light">
                                      {score}
                                    </Badge>
                                  )}
                                </Table.Td>
                              );
                            })}
                            <Table.Td>
                              <Text size="sm" lineClamp={3}>
                                {analysis?.currentCondition || t('common.none')}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" lineClamp={3}>
                                {analysis?.gap || t('common.none')}
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                  {(swot.length > 0 || issues.length > 0) && (
                    <SimpleGrid cols={2} mt="sm">
                      <div>
                        <Text size="sm" fw={600}>
                          {t('readonly.swot')}
                        </Text>
                        {(['kekuatan', 'kelemahan', 'peluang', 'ancaman'] as const).map((q) => {
                          const items = swot.filter((s) => s.quadrant === q);
                          const label = reference.data?.vocabularies.swotQuadrants.find(
                            (x) => x.code === q,
                          );
                          return items.length === 0 ? null : (
                            <div key={q}>
                              <Text size="sm" fw={500}>
                                {label ? localized(label.name, language) : q}
                              </Text>
                              <ul style={{ margin: 0, paddingLeft: 18 }}>
                                {items.map((i) => (
                                  <li key={i.id}>
                                    <Text size="sm">{i.text}</Text>
                                  </li>
                                ))}
                              </ul>
                            </div>
                          );
                        })}
                      </div>
                      <div>
                        <Text size="sm" fw={600}>
                          {t('readonly.strategicIssues')}
                        </Text>
                        <ol style={{ margin: 0, paddingLeft: 18 }}>
                          {issues.map((i) => (
                            <li key={i.id}>
                              <Text size="sm">{i.text}</Text>
                            </li>
                          ))}
                        </ol>
                      </div>
                    </SimpleGrid>
                  )}
                </Paper>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
