import { Alert, Button, Center, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMode, PackageInfo } from '../../../../shared/contract/packages';
import { DiffTable } from './DiffTable';
import { LastChangedTable, useLastChanged } from './LastChanged';
import { ProvenancePanel } from './ProvenancePanel';

/**
 * The dialog's buttons stay in sight at the bottom of a long dialog (1366×768), over the
 * scrolling content, so the choice is always visible without scrolling.
 */
const STICKY_ACTIONS = {
  justify: 'flex-end',
  pos: 'sticky',
  bottom: 'calc(var(--mb-padding, 1rem) * -1)',
  mx: 'calc(var(--mb-padding, 1rem) * -1)',
  mb: 'calc(var(--mb-padding, 1rem) * -1)',
  px: 'var(--mb-padding, 1rem)',
  py: 'sm',
  bg: 'var(--mantine-color-body)',
  style: { zIndex: 2, borderTop: '1px solid var(--mantine-color-gray-3)' },
} as const;

export interface OpenedFile {
  fileName: string;
  data: string;
  info: PackageInfo | null;
  error: string | null;
}

/** What the package is and where it came from, then the user's choice. */
export function ImportDialog({
  file,
  busy,
  actionError = null,
  onChoose,
  onAttachReview,
  onClose,
  onTrusted,
}: {
  file: OpenedFile;
  busy: boolean;
  /** Why the last choice failed (import refused): shown above the buttons. */
  actionError?: string | null;
  onChoose: (mode: ImportMode) => void;
  onAttachReview: () => void;
  onClose: () => void;
  onTrusted: () => void;
}) {
  const { t } = useTranslation();
  const { info } = file;
  const lastChanged = useLastChanged();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('packages.openTitle', { file: file.fileName })}
      size="lg"
    >
      {file.error ? (
        <Stack>
          <Alert color="red" title={t('packages.openFailed')} role="alert">
            {file.error}
          </Alert>
          <Text size="sm">{t('packages.storeUnchanged')}</Text>
          <Group {...STICKY_ACTIONS}>
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : !info ? (
        <Center p="lg">
          <Loader aria-label={t('packages.checking')} />
        </Center>
      ) : (
        <Stack>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {info.kind === 'plan' ? t('packages.kind.plan') : t('packages.kind.review')}
            </Text>
            <Title order={3} size="h4">
              {info.planTitle}
            </Title>
            {info.kind === 'plan' && !info.existing && (
              <Text size="sm" c="dimmed">
                {lastChanged(info.incomingModifiedBy, info.incomingUpdatedAt)}
              </Text>
            )}
          </div>
          <ProvenancePanel info={info} onTrusted={onTrusted} />
          {actionError && (
            <Alert color="red" title={t('packages.importFailed')} role="alert">
              {actionError} {t('packages.storeUnchanged')}
            </Alert>
          )}
          {info.status === 'altered' ? (
            <Group {...STICKY_ACTIONS}>
              <Button onClick={onClose} data-autofocus>
                {t('common.close')}
              </Button>
            </Group>
          ) : info.kind === 'review' ? (
            <>
              <Text size="sm">
                {t('packages.reviewSummary', { count: info.commentCount, title: info.planTitle })}
              </Text>
              {!info.reviewOfKnown && (
                <Alert color="yellow" variant="light">
                  {t('packages.reviewOfUnknown')}
                </Alert>
              )}
              <Group {...STICKY_ACTIONS}>
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button loading={busy} onClick={onAttachReview} data-autofocus>
                  {t('packages.attachReview')}
                </Button>
              </Group>
            </>
          ) : info.existing && !info.existing.reviewCopy ? (
            <>
              <Alert color="blue" variant="light" title={t('packages.exists')}>
                {t('packages.existsHere', { title: info.existing.title })}
              </Alert>
              <LastChangedTable info={info} />
              {info.diff && (
                <>
                  <Text size="sm" fw={600} mb={-8}>
                    {t('packages.diff.heading')}
                  </Text>
                  <DiffTable diff={info.diff} />
                </>
              )}
              <Text size="xs" c="dimmed">
                {t('packages.replaceHint')}
              </Text>
              <Group {...STICKY_ACTIONS}>
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button variant="light" loading={busy} onClick={() => onChoose('copy')}>
                  {t('packages.copy')}
                </Button>
                <Button color="orange" loading={busy} onClick={() => onChoose('replace')}>
                  {t('packages.replace')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              {info.existing?.reviewCopy && (
                <Alert color="grape" variant="light" title={t('packages.updateReviewTitle')}>
                  {t('packages.updateReviewBody', { count: info.existing.comments })}
                </Alert>
              )}
              <Group {...STICKY_ACTIONS}>
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button variant="light" loading={busy} onClick={() => onChoose('review')}>
                  {info.existing?.reviewCopy
                    ? t('packages.updateReview')
                    : t('packages.openForReview')}
                </Button>
                {!info.existing && (
                  <Button loading={busy} onClick={() => onChoose('new')} data-autofocus>
                    {t('packages.import')}
                  </Button>
                )}
              </Group>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
