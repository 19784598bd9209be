import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../../../shared/contract';
import { useErrorText } from '../../data/queries';
import { invoke, RpcError } from '../../rpc/client';
import { IdentityDialog } from '../packages/IdentityDialog';
import { downloadBase64 } from '../packages/files';
import { SavePackageButton } from '../packages/SavePackageButton';
import { useComments, useReviewStatus } from './review-data';
import { setReviewPanelOpen, useReviewPanelOpen } from './panel-store';
import { ReviewPanel } from './ReviewPanel';

/** The plan's package actions: save as package (or export the review), and the review panel. */
export function PlanPackageBar({ planId, step }: { planId: string; step: StepId }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useReviewStatus(planId);
  const comments = useComments(planId);
  const panel = useReviewPanelOpen();
  const setPanel = setReviewPanelOpen;
  // The panel belongs to this plan page: closed when leaving it.
  useEffect(() => () => setReviewPanelOpen(false), []);
  const reviewMode = status.data?.reviewMode ?? false;
  const open = (comments.data ?? []).filter((c) => c.resolvedAt === null).length;
  const exportReview = useMutation({
    mutationFn: () => invoke('review.export', { planId }),
    onSuccess: (result) => {
      downloadBase64(result.fileName, result.dataBase64);
      notifications.show({
        color: 'teal',
        message: t('review.exported', { file: result.fileName }),
      });
    },
    onError: (error) => {
      // A reviewer who has not commented yet may have no identity: ask, then export.
      if (error instanceof RpcError && error.info.code === 'identity.required') setAsking(true);
      else notifications.show({ color: 'red', message: errorText(error) });
    },
  });
  const [asking, setAsking] = useState(false);
  return (
    <Group gap="xs">
      <Button variant={open > 0 ? 'light' : 'default'} onClick={() => setPanel(true)}>
        {t('review.button', { count: open })}
      </Button>
      {reviewMode ? (
        <Button onClick={() => exportReview.mutate()} loading={exportReview.isPending}>
          {t('review.export')}
        </Button>
      ) : (
        <SavePackageButton planId={planId} />
      )}
      {asking && (
        <IdentityDialog
          opened
          onClose={() => setAsking(false)}
          onSaved={() => {
            setAsking(false);
            exportReview.mutate();
          }}
        />
      )}
      <ReviewPanel
        planId={planId}
        step={step}
        reviewMode={reviewMode}
        opened={panel}
        onClose={() => setPanel(false)}
      />
    </Group>
  );
}
