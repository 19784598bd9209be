import { Badge, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../../../shared/plan-document';
import { localized } from '../../../../shared/reference';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument, useReference } from '../../data/queries';
import { ReadOnlyNote, useLanguage } from './ReadOnlyNote';

type Item = PlanDocument['rpjmdItems'][number];

function Tree({
  items,
  parentId,
  depth,
  indicatorCount,
}: {
  items: Item[];
  parentId: string | null;
  depth: number;
  indicatorCount: Map<string, number>;
}) {
  const { t } = useTranslation();
  const children = items.filter((i) => i.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ul style={{ listStyle: 'none', margin: 0, paddingLeft: depth === 0 ? 0 : 20 }}>
      {children.map((item) => (
        <li key={item.id}>
          <Box py={3}>
            <Text size="sm" span fw={item.kind === 'misi' ? 600 : 400}>
              <Badge size="xs" variant="light" mr={6}>
                {t(`readonly.kinds.${item.kind}`)}
              </Badge>
              {item.code && (
                <Text span c="dimmed" mr={6}>
                  {item.code}
                </Text>
              )}
              {item.text}
            </Text>
            {(indicatorCount.get(item.id) ?? 0) > 0 && (
              <Text span size="xs" c="dimmed" ml={6}>
                ({t('readonly.indicators', { count: indicatorCount.get(item.id) })})
              </Text>
            )}
          </Box>
          <Tree
            items={items}
            parentId={item.id}
            depth={depth + 1}
            indicatorCount={indicatorCount}
          />
        </li>
      ))}
    </ul>
  );
}

export function RpjmdView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument(planId);
  const reference = useReference();
  const language = useLanguage();
  return (
    <Stack>
      <ReadOnlyNote />
      <QueryState query={doc}>
        {(plan) => {
          const indicatorCount = new Map<string, number>();
          for (const i of plan.indicators)
            if (i.rpjmdItemId)
              indicatorCount.set(i.rpjmdItemId, (indicatorCount.get(i.rpjmdItemId) ?? 0) + 1);
          const pillarName = (code: string | null) => {
            const p = reference.data?.pillars.pillars.find((x) => x.code === code);
            return p ? localized(p.name, language) : '';
          };
          return (
            <Stack>
              {plan.rpjmd ? (
                <Paper withBorder p="md">
                  <Text size="xs" c="dimmed">
                    {t('readonly.rpjmdPeriod')}: {plan.rpjmd.periodStart}–{plan.rpjmd.periodEnd}
                  </Text>
                  <Title order={3} size="h5" mt={4}>
                    {t('readonly.visi')}
                  </Title>
                  <Text>{plan.rpjmd.visi}</Text>
                  {plan.rpjmd.legalBasis && (
                    <Text size="sm" c="dimmed" mt={4}>
                      {t('readonly.legalBasis')}: {plan.rpjmd.legalBasis}
                    </Text>
                  )}
                </Paper>
              ) : (
                <Text c="dimmed">{t('readonly.noRpjmd')}</Text>
              )}
              {plan.rpjmdItems.length > 0 && (
                <Paper withBorder p="md">
                  <Tree
                    items={plan.rpjmdItems}
                    parentId={null}
                    depth={0}
                    indicatorCount={indicatorCount}
                  />
                </Paper>
              )}
              {plan.statements.length > 0 && (
                <Paper withBorder p="md">
                  <Title order={3} size="h5" mb="xs">
                    {t('readonly.scVision')}
                  </Title>
                  <Stack gap={4}>
                    {plan.statements.map((s) => (
                      <Text size="sm" key={s.id}>
                        <Badge size="xs" variant="outline" mr={6}>
                          {t(`readonly.kinds.${s.kind}`)}
                        </Badge>
                        {s.pillarCode && (
                          <Text span c="dimmed" mr={6}>
                            {pillarName(s.pillarCode)}:
                          </Text>
                        )}
                        {s.text}
                      </Text>
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
