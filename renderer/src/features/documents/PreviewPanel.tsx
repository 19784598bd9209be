import { Anchor, Button, Group, Loader, Paper, Select, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStepLink } from '../../components/step-link';
import { documentBookSchema, type DocumentBook } from '../../../../shared/contract/documents';
import { useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import type { BookChoice } from './DocumentsStep';
import { base64ToBlob } from './files';

export function PreviewPanel({ planId, choice }: { planId: string; choice: BookChoice }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [book, setBook] = useState<DocumentBook>('ringkasan');
  // Deep link `?book=<id>` (a review comment on a book or one of its sections): the preview is
  // set to that book.
  useStepLink(planId, 'documents', (params) => {
    const linked = documentBookSchema.safeParse(params.get('book'));
    if (linked.success) setBook(linked.data);
  });
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<{
    url: string;
    pages: number;
    book: DocumentBook;
    fileName: string;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => (shown ? URL.revokeObjectURL(shown.url) : undefined), [shown]);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await invoke('documents.preview', {
        planId,
        book,
        paper: choice.paper,
        draft: choice.draft,
        lang: choice.lang,
      });
      const url = URL.createObjectURL(base64ToBlob(result.base64));
      setShown({ url, pages: result.pages, book, fileName: result.fileName });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const name = (b: DocumentBook) => t(`books.title.${b}`);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('documents.preview')}
      </Title>
      <Group align="end" mb="sm">
        <Select
          label={t('documents.previewBook')}
          data={documentBookSchema.options.map((b) => ({ value: b, label: name(b) }))}
          value={book}
          onChange={(v) => v && setBook(v as DocumentBook)}
          allowDeselect={false}
          w={280}
        />
        <Button variant="light" onClick={() => void show()} disabled={busy}>
          {t('documents.preview')}
        </Button>
        {busy ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('documents.previewLoading')}</Text>
          </Group>
        ) : null}
        {shown && !busy ? (
          <>
            <Text size="sm" c="dimmed">
              {t('documents.pages', { count: shown.pages })}
            </Text>
            {/* Also a way out when a PDF viewer cannot show the frame: the same file, saved. */}
            <Anchor size="sm" href={shown.url} download={shown.fileName}>
              {t('documents.previewSave')}
            </Anchor>
          </>
        ) : null}
      </Group>
      {error ? (
        <Text size="sm" c="red">
          {error}
        </Text>
      ) : null}
      {shown ? (
        <iframe
          style={{ width: '100%', height: 760, border: '1px solid var(--mantine-color-gray-4)' }}
          title={t('documents.previewFrame', { book: name(shown.book) })}
          src={shown.url}
        />
      ) : null}
    </Paper>
  );
}
