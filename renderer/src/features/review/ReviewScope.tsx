import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { stepIds, type StepId } from '../../../../shared/contract';
import { useReviewStatus } from './review-data';
import { StepComments } from './StepComments';

/**
 * Wraps a step's view: on a review copy, a clear banner and every control inside disabled
 * (a disabled fieldset), so all steps stay viewable but nothing can be changed.
 */
export function ReviewScope({ planId, children }: { planId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const status = useReviewStatus(planId);
  const params = useParams<{ step?: string }>();
  const step: StepId = (stepIds as readonly string[]).includes(params.step ?? '')
    ? (params.step as StepId)
    : 'profile';
  const comments = <StepComments planId={planId} step={step} />;
  if (!status.data?.reviewMode) {
    return (
      <>
        {comments}
        {children}
      </>
    );
  }
  const signer = status.data.signerName
    ? t('review.bannerSigner', {
        name: status.data.signerName,
        fingerprint: status.data.fingerprint ?? '',
      })
    : '';
  return (
    <>
      <Alert color="grape" variant="light" title={t('review.bannerTitle')} role="status">
        {t('review.banner', { signer })}
      </Alert>
      {comments}
      <fieldset
        disabled
        aria-label={t('review.bannerTitle')}
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        {children}
      </fieldset>
    </>
  );
}
