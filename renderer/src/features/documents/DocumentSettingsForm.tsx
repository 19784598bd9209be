import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSettings } from '../../../../shared/contract/documents';
import { AutosaveTextarea, AutosaveTextInput } from '../../components/autosave';
import { QueryState } from '../../components/QueryState';
import { keys, useRpcQuery, useSave } from '../../data/queries';
import { LogoPicker } from './LogoPicker';

export function useDocumentSettings(planId: string) {
  return useRpcQuery(keys.planPart(planId, 'documentSettings'), 'documents.settings', { planId });
}

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function Fields({ planId, s }: { planId: string; s: DocumentSettings }) {
  const { t } = useTranslation();
  const save = useSave('documents.updateSettings', planId);
  const patch = (settings: Partial<DocumentSettings>) => save.mutate({ planId, settings });
  return (
    <Stack gap="sm">
      <AutosaveTextarea
        label={t('documents.foreword')}
        description={t('documents.forewordHint')}
        value={s.foreword}
        autosize
        minRows={5}
        maxRows={14}
        onSave={(v) => patch({ foreword: v })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <AutosaveTextInput
          label={t('documents.place')}
          value={s.place}
          onSave={(v) => patch({ place: v })}
        />
        <AutosaveTextInput
          label={t('documents.date')}
          description={t('documents.dateHint')}
          // The hint under the field keeps the row's inputs on one line.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={s.date ?? ''}
          validate={(v) =>
            v.trim() === '' || validDate(v.trim()) ? null : t('documents.dateInvalid')
          }
          onSave={(v) => patch({ date: v.trim() === '' ? null : v.trim() })}
        />
        <AutosaveTextInput
          label={t('documents.signatoryName')}
          value={s.signatoryName}
          onSave={(v) => patch({ signatoryName: v })}
        />
        <AutosaveTextInput
          label={t('documents.signatoryTitle')}
          value={s.signatoryTitle}
          onSave={(v) => patch({ signatoryTitle: v })}
        />
        <AutosaveTextInput
          label={t('documents.signatoryNip')}
          value={s.signatoryNip}
          onSave={(v) => patch({ signatoryNip: v })}
        />
      </SimpleGrid>
      <LogoPicker planId={planId} />
    </Stack>
  );
}

export function DocumentSettingsForm({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const settings = useDocumentSettings(planId);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('documents.settings')}
      </Title>
      <QueryState query={settings}>{(s) => <Fields planId={planId} s={s} />}</QueryState>
    </Paper>
  );
}
