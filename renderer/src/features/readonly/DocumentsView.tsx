import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument } from '../../data/queries';
import { ReadOnlyNote, useLanguage } from './ReadOnlyNote';

export function DocumentsView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument(planId);
  const language = useLanguage();
  return (
    <Stack>
      <ReadOnlyNote />
      <Alert color="blue" variant="light">
        {t('readonly.documentsComing')}
      </Alert>
      <QueryState query={doc}>
        {(plan) =>
          plan.documentSettings ? (
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="xs">
                {t('readonly.documentSettings')}
              </Title>
              <Text size="sm" fw={600}>
                {t('readonly.foreword')}
              </Text>
              <Text size="sm" className="pre-wrap" mb="sm">
                {plan.documentSettings.foreword || t('common.none')}
              </Text>
              <Text size="sm">
                {t('readonly.placeDate')}: {plan.documentSettings.place}
                {plan.documentSettings.date
                  ? `, ${formatDate(plan.documentSettings.date, language)}`
                  : ''}
              </Text>
              <Text size="sm">
                {t('readonly.signatory')}: {plan.documentSettings.signatoryName} —{' '}
                {plan.documentSettings.signatoryTitle}
              </Text>
            </Paper>
          ) : (
            <Text c="dimmed">{t('common.empty')}</Text>
          )
        }
      </QueryState>
    </Stack>
  );
}
