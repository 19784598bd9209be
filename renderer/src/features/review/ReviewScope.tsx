import { Alert } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { stepIds, type StepId } from '../../../../shared/contract';
import { lockReviewFields } from './read-only';
import { useReviewStatus } from './review-data';
import { StepComments } from './StepComments';

/**
 * Wraps a step's view: on a review copy, a clear banner and the data fields read-only (see
 * read-only.ts), so every step stays viewable but nothing can be changed.
 */
export function ReviewScope({ planId, children }: { planId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const status = useReviewStatus(planId);
  const ref = useRef<HTMLDivElement>(null);
  const reviewMode = status.data?.reviewMode ?? false;
  const params = useParams<{ step?: string }>();
  const step: StepId = (stepIds as readonly string[]).includes(params.step ?? '')
    ? (params.step as StepId)
    : 'profile';
  useEffect(
    () =>
      reviewMode && ref.current
        ? // The documents step's checkboxes choose what to export: the reviewer may too. The
          // step is read from the wrapper's attribute, updated in the same commit as the step.
          lockReviewFields(ref.current, () => ref.current?.dataset.reviewStep === 'documents')
        : undefined,
    [reviewMode],
  );
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
      <div ref={ref} data-review-copy data-review-step={step}>
        {children}
      </div>
    </>
  );
}
