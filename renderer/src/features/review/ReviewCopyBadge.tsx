import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReviewCopies } from './review-data';

/** Marks a plan of the list that is a read-only review copy opened from a package. */
export function ReviewCopyBadge({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const copies = useReviewCopies();
  if (!copies.data?.includes(planId)) return null;
  return (
    <Badge variant="light" color="orange" size="sm">
      {t('review.copyBadge')}
    </Badge>
  );
}
