import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { StepId } from '../../../../shared/contract';
import { localized } from '../../../../shared/reference';
import { useReference } from '../../data/queries';
import { setReviewPanelOpen } from './panel-store';
import { useCommentTargets, useComments } from './review-data';
import { STEP_OF, targetKey } from './targets';

const SHOWN = 4;

/**
 * The open comments on this step's items, above the step: each names its item (a document
 * section as "Buku II › BAB III › 3.2 …") and links to it; the review panel has them all.
 */
export function StepComments({ planId, step }: { planId: string; step: StepId }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const comments = useComments(planId);
  const reference = useReference();
  const open = (comments.data ?? []).filter(
    (c) => c.resolvedAt === null && STEP_OF[c.targetType as keyof typeof STEP_OF] === step,
  );
  const targets = useCommentTargets(
    planId,
    open.some((c) => c.targetType === 'document_section'),
    open.length > 0,
  );
  const byKey = useMemo(() => new Map(targets.map((x) => [targetKey(x.type, x.id), x])), [targets]);
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
        {open.slice(0, SHOWN).map((c) => {
          const target = byKey.get(targetKey(c.targetType, c.targetId));
          return (
            <List.Item key={c.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge size="sm" variant="light" color="orange" style={{ flexShrink: 0 }}>
                  {severity(c.severity)}
                </Badge>
                <Text size="sm" lineClamp={2}>
                  <strong>
                    {t(`review.targets.${c.targetType}` as 'review.targets.plan')}:{' '}
                    {target?.label ?? t('review.targets.unknown')}
                  </strong>{' '}
                  — {c.body}
                </Text>
                {target?.search && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    style={{ flexShrink: 0 }}
                    aria-label={t('review.showItemOf', { item: target.label })}
                    onClick={() => navigate(`/plans/${planId}/${step}?${target.search}`)}
                  >
                    {t('review.showItem')}
                  </Anchor>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {open.length > SHOWN && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('review.moreInPanel', { count: open.length - SHOWN })}
        </Text>
      )}
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
