import { Alert, Anchor, List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/contract/documents';
import { QueryState } from '../../components/QueryState';
import { keys, useRpcQuery } from '../../data/queries';

export function useChecklist(planId: string) {
  return useRpcQuery(keys.planPart(planId, 'documentChecklist'), 'documents.checklist', {
    planId,
  });
}

const OWN_CODES = new Set(['forewordMissing', 'signatoryMissing', 'dateMissing']);
const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

export function ChecklistMessage({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const text = OWN_CODES.has(item.code)
    ? t(`documents.checklistItem.${item.code}` as 'documents.checklistItem.forewordMissing')
    : t(`findings.${item.code}` as 'findings.rpjmdMissing', item.params);
  return <>{text}</>;
}

export function Checklist({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const checklist = useChecklist(planId);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('documents.checklist')}
      </Title>
      <QueryState query={checklist}>
        {(items) =>
          items.length === 0 ? (
            <Alert color="green" variant="light">
              {t('documents.checklistEmpty')}
            </Alert>
          ) : (
            <>
              <Text size="sm" mb="xs" fw={600}>
                {t('documents.checklistCount', { count: items.length })}
              </Text>
              <List spacing={4} size="sm" aria-label={t('documents.checklist')}>
                {items.slice(0, 40).map((item, i) => (
                  <List.Item
                    key={`${item.code}-${i}`}
                    icon={<ThemeIcon color={COLORS[item.severity]} size={10} radius="xl" />}
                  >
                    <ChecklistMessage item={item} />{' '}
                    {item.step !== 'documents' ? (
                      <Anchor component={Link} href={`/plans/${planId}/${item.step}`} size="sm">
                        {t('documents.goToStep', {
                          step: t(`steps.${item.step}` as 'steps.profile'),
                        })}
                      </Anchor>
                    ) : null}
                  </List.Item>
                ))}
              </List>
              {items.length > 40 ? (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('documents.checklistMore', { count: items.length - 40 })}
                </Text>
              ) : null}
            </>
          )
        }
      </QueryState>
    </Paper>
  );
}
