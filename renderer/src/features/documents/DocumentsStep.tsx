import {
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentBookSchema, type DocumentBook } from '../../../../shared/contract/documents';
import { Checklist, useChecklist } from './Checklist';
import { DocumentSettingsForm } from './DocumentSettingsForm';
import { ExportPanel } from './ExportPanel';
import { PreviewPanel } from './PreviewPanel';

export interface BookChoice {
  books: DocumentBook[];
  paper: 'a4' | 'f4';
  draft: boolean;
  lang: 'id' | 'en';
}

function Options({ choice, onChange }: { choice: BookChoice; onChange: (c: BookChoice) => void }) {
  const { t } = useTranslation();
  const bookLabel = (b: DocumentBook) => {
    const label = t(`books.label.${b}`);
    const title = t(`books.title.${b}`);
    return b.startsWith('buku') ? `${label} – ${title}` : title;
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Checkbox.Group
          label={t('documents.books')}
          value={choice.books}
          onChange={(v) =>
            onChange({
              ...choice,
              books: documentBookSchema.options.filter((b) => v.includes(b)),
            })
          }
        >
          <Group mt="xs" gap="lg">
            {documentBookSchema.options.map((b) => (
              <Checkbox key={b} value={b} label={bookLabel(b)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group gap="xl" align="end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="doc-paper">
              {t('documents.paper')}
            </Text>
            <SegmentedControl
              aria-labelledby="doc-paper"
              value={choice.paper}
              onChange={(v) => onChange({ ...choice, paper: v as 'a4' | 'f4' })}
              data={[
                { value: 'a4', label: t('documents.paperA4') },
                { value: 'f4', label: t('documents.paperF4') },
              ]}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="doc-lang">
              {t('documents.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="doc-lang"
              value={choice.lang}
              onChange={(v) => onChange({ ...choice, lang: v as 'id' | 'en' })}
              data={[
                { value: 'id', label: t('documents.langId') },
                { value: 'en', label: t('documents.langEn') },
              ]}
            />
          </Stack>
          <Switch
            label={t('documents.draft')}
            checked={choice.draft}
            onChange={(e) => onChange({ ...choice, draft: e.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}

export function DocumentsStep({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<BookChoice>({
    books: [...documentBookSchema.options],
    paper: 'a4',
    draft: false,
    // The edition follows the language the planner works in; either can be chosen.
    lang: i18n.language === 'en' ? 'en' : 'id',
  });
  const checklist = useChecklist(planId);
  const blockers = (checklist.data ?? []).filter((i) => i.severity !== 'info').length;
  return (
    <Stack gap="lg">
      <Title order={2} size="h4" className="visually-hidden">
        {t('documents.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('documents.intro')}
      </Text>
      <Options choice={choice} onChange={setChoice} />
      <Checklist planId={planId} />
      <ExportPanel
        planId={planId}
        choice={choice}
        blockers={blockers}
        onDraft={() => setChoice({ ...choice, draft: true })}
      />
      <DocumentSettingsForm planId={planId} />
      <PreviewPanel planId={planId} choice={choice} />
    </Stack>
  );
}
