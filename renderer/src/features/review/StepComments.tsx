import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../../../shared/contract';
import { localized } from '../../../../shared/reference';
import { usePlanDocument, useReference } from '../../data/queries';
import { setReviewPanelOpen } from './panel-store';
import { useComments } from './review-data';
import { commentTargets, STEP_OF, targetKey } from './targets';

const SHOWN = 4;

/** The open comments on this step's items, above the step, with a link to the review panel. */
export function StepComments({ planId, step }: { planId: string; step: StepId }) {
  const { t, i18n } = useTranslation();
  const comments = useComments(planId);
  const doc = usePlanDocument(planId);
  const reference = useReference();
  const labels = useMemo(
    () =>
      new Map(
        doc.data && reference.data
          ? commentTargets(doc.data, reference.data, t, i18n.language).map((x) => [
              targetKey(x.type, x.id),
              x.label,
            ])
          : [],
      ),
    [doc.data, reference.data, t, i18n.language],
  );
  const open = (comments.data ?? []).filter(
    (c) => c.resolvedAt === null && STEP_OF[c.targetType as keyof typeof STEP_OF] === step,
  );
  if (open.length === 0) return null;
  const severity = (code: string) => {
    const entry = reference.data?.vocabularies.commentSeverities.find((s) => s.code === code);
    return entry ? localized(entry.name, i18n.language) : code;
  };
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('review.stepComments', { count: open.length })}
      aria-label={t('review.stepComments', { count: open.length })}
    >
      <List size="sm" spacing={4}>
        {open.slice(0, SHOWN).map((c) => (
          <List.Item key={c.id}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge size="sm" variant="light" color="orange" style={{ flexShrink: 0 }}>
                {severity(c.severity)}
              </Badge>
              <Text size="sm" lineClamp={2}>
                <strong>
                  {t(`review.targets.${c.targetType}` as 'review.targets.plan')}:{' '}
                  {labels.get(targetKey(c.targetType, c.targetId)) ?? t('review.targets.unknown')}
                </strong>{' '}
                — {c.body}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      <Anchor
        component="button"
        type="button"
        size="sm"
        mt="xs"
        onClick={() => setReviewPanelOpen(true)}
      >
        {t('review.openPanel')}
      </Anchor>
    </Alert>
  );
}
