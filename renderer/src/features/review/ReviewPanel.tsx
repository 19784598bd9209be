import { Alert, Divider, Drawer, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { StepId } from '../../../../shared/contract';
import { localized } from '../../../../shared/reference';
import { useErrorText, useReference } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { IdentityDialog } from '../packages/IdentityDialog';
import { useIdentity } from '../packages/identity';
import { CommentCard } from './CommentCard';
import { CommentForm } from './CommentForm';
import { useCommentTargets, useComments, useRefreshComments } from './review-data';
import { STEP_OF, targetKey } from './targets';

/** The review panel: comments of this step (or all), adding in review mode, answering otherwise. */
export function ReviewPanel({
  planId,
  step,
  reviewMode,
  opened,
  onClose,
}: {
  planId: string;
  step: StepId;
  reviewMode: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const comments = useComments(planId);
  const refresh = useRefreshComments(planId);
  const reference = useReference();
  const identity = useIdentity();
  const [scope, setScope] = useState<'step' | 'all'>('step');
  const [busy, setBusy] = useState<string | null>(null);
  const [askIdentity, setAskIdentity] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const targets = useCommentTargets(planId, opened, opened);
  const byKey = useMemo(() => new Map(targets.map((x) => [targetKey(x.type, x.id), x])), [targets]);
  const [, navigate] = useLocation();
  const severities = (reference.data?.vocabularies.commentSeverities ?? []).map((s) => ({
    value: s.code,
    label: localized(s.name, i18n.language),
  }));
  const severityLabel = (code: string) => severities.find((s) => s.value === code)?.label ?? code;
  const all = comments.data ?? [];
  const shown = all.filter(
    (c) => scope === 'all' || STEP_OF[c.targetType as keyof typeof STEP_OF] === step,
  );

  const run = async (id: string, action: () => Promise<unknown>) => {
    setBusy(id);
    setError(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      // In the drawer itself: toasts sit below drawers and modals.
      setError(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={t('review.panelTitle')}
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v as 'step' | 'all')}
          data={[
            { value: 'step', label: `${t('review.thisStep')}: ${t(`steps.${step}`)}` },
            { value: 'all', label: t('review.all') },
          ]}
        />
        {shown.length === 0 && (
          <Text size="sm" c="dimmed">
            {scope === 'step' ? t('review.emptyStep') : t('review.empty')}
          </Text>
        )}
        {shown.map((c) => (
          <CommentCard
            key={c.id}
            comment={c}
            targetLabel={`${t(`review.targets.${c.targetType}` as 'review.targets.plan')}: ${
              byKey.get(targetKey(c.targetType, c.targetId))?.label ?? t('review.targets.unknown')
            }`}
            onShow={(() => {
              const target = byKey.get(targetKey(c.targetType, c.targetId));
              if (!target?.search) return undefined;
              return () => {
                onClose();
                navigate(`/plans/${planId}/${target.step}?${target.search}`);
              };
            })()}
            severityLabel={severityLabel(c.severity)}
            reviewMode={reviewMode}
            busy={busy === c.id}
            onRemove={() =>
              void run(c.id, () => invoke('review.remove', { planId, commentId: c.id }))
            }
            onReply={(reply) =>
              void run(c.id, () => invoke('review.reply', { planId, commentId: c.id, reply }))
            }
            onResolve={(resolved) =>
              void run(c.id, () => invoke('review.resolve', { planId, commentId: c.id, resolved }))
            }
          />
        ))}
        {reviewMode && targets.length > 0 && (
          <>
            <Divider label={t('review.add')} labelPosition="left" />
            <CommentForm
              targets={targets}
              step={step}
              severities={severities}
              busy={busy === 'new'}
              onSave={async (input) => {
                if (!identity.data?.identity) {
                  setAskIdentity(true);
                  throw new Error('identity');
                }
                await run('new', () => invoke('review.add', { planId, ...input }));
                // Keep the new comment in sight when it concerns another step.
                if (STEP_OF[input.targetType] !== step) setScope('all');
              }}
            />
          </>
        )}
      </Stack>
      {askIdentity && (
        <IdentityDialog
          opened
          onClose={() => setAskIdentity(false)}
          onSaved={() => setAskIdentity(false)}
        />
      )}
    </Drawer>
  );
}
