import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentBook, ExportJob } from '../../../../shared/contract/documents';
import { useErrorText, useInfo } from '../../data/queries';
import { invoke } from '../../rpc/client';
import type { BookChoice } from './DocumentsStep';
import { base64ToBlob, downloadBlob } from './files';

async function downloadAll(job: ExportJob) {
  for (let index = 0; index < job.files.length; index++) {
    const file = await invoke('documents.file', { jobId: job.jobId, index });
    downloadBlob(base64ToBlob(file.base64), file.fileName);
  }
}

export function ExportPanel({
  planId,
  choice,
  blockers,
  onDraft,
}: {
  planId: string;
  choice: BookChoice;
  /** Checklist problems: export then needs the explicit "anyway as draft". */
  blockers: number;
  onDraft: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The desktop app writes into a folder the user picks; the browser downloads.
  const desktop = useInfo().data?.host === 'electron';
  const [job, setJob] = useState<ExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  const poll = (jobId: string) => {
    timer.current = setInterval(() => {
      invoke('documents.job', { jobId })
        .then(async (next) => {
          setJob(next);
          if (next.status !== 'running') {
            if (timer.current) clearInterval(timer.current);
            timer.current = null;
            if (next.status === 'done' && next.folder === null) await downloadAll(next);
          }
        })
        .catch((e: unknown) => {
          if (timer.current) clearInterval(timer.current);
          setError(errorText(e));
        });
    }, 400);
  };

  const start = async (draft: boolean) => {
    setError(null);
    try {
      let folder: string | null = null;
      if (desktop) {
        const picked = await invoke('documents.pickFolder', {});
        if (picked.available && picked.folder === null) return; // dialog cancelled
        folder = picked.folder;
      }
      const started = await invoke('documents.export', {
        planId,
        books: choice.books,
        paper: choice.paper,
        draft,
        lang: choice.lang,
        folder,
      });
      setJob(started);
      poll(started.jobId);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const cancel = async () => {
    if (!job) return;
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setJob(await invoke('documents.cancel', { jobId: job.jobId }));
  };

  const running = job?.status === 'running';
  const bookName = (b: DocumentBook | null) => (b ? t(`books.title.${b}`) : '');
  const needsDraft = blockers > 0 && !choice.draft;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('documents.export')}
      </Title>
      <Stack gap="sm">
        {choice.books.length === 0 ? (
          <Text size="sm" c="red">
            {t('documents.noBooks')}
          </Text>
        ) : null}
        {needsDraft ? (
          <Text size="sm" c="dimmed">
            {t('documents.needsDraftHint', { count: blockers })}
          </Text>
        ) : null}
        <Group>
          {needsDraft ? (
            <Button
              color="orange"
              disabled={running || choice.books.length === 0}
              onClick={() => {
                onDraft();
                void start(true);
              }}
            >
              {t('documents.exportAnyway')}
            </Button>
          ) : (
            <Button
              disabled={running || choice.books.length === 0}
              onClick={() => void start(choice.draft)}
            >
              {t('documents.export')}
            </Button>
          )}
          {running ? (
            <Button variant="default" onClick={() => void cancel()}>
              {t('documents.cancel')}
            </Button>
          ) : null}
        </Group>
        {running ? (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">
              {t('documents.exporting', { book: bookName(job.current) })}
            </Text>
            <Progress
              value={Math.max(4, job.progress * 100)}
              animated
              aria-label={t('documents.exporting', { book: bookName(job.current) })}
            />
          </Stack>
        ) : null}
        {job?.status === 'done' && job.folder !== null ? (
          <Alert color="green" variant="light">
            <Text size="sm">
              {t('documents.savedTo', { count: job.files.length, folder: job.folder })}
            </Text>
            <Group gap="xs" mt="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => void invoke('documents.openFolder', { folder: job.folder! })}
              >
                {t('documents.openFolder')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        {job?.status === 'done' && job.folder === null ? (
          <Alert color="green" variant="light">
            <Text size="sm">{t('documents.done', { count: job.files.length })}</Text>
            <Group gap="xs" mt="xs">
              <Button size="xs" variant="light" onClick={() => void downloadAll(job)}>
                {t('documents.download')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        {job?.status === 'cancelled' ? (
          <Text size="sm" c="dimmed">
            {t('documents.cancelled')}
          </Text>
        ) : null}
        {job?.status === 'failed' || error ? (
          <Alert color="red" variant="light">
            {t('documents.failed', { error: error ?? job?.error ?? '' })}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
