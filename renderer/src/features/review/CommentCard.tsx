import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/contract/packages';
import { formatDate } from '../../../../shared/format';

const SEVERITY_COLOR: Record<string, string> = {
  info: 'blue',
  minor: 'yellow',
  major: 'orange',
  kritis: 'red',
};

/** One comment: what it concerns, the reviewer's text, the authors' answer and resolution. */
export function CommentCard({
  comment,
  targetLabel,
  severityLabel,
  reviewMode,
  onReply,
  onResolve,
  onRemove,
  onShow,
  busy,
}: {
  comment: Comment;
  targetLabel: string;
  severityLabel: string;
  reviewMode: boolean;
  onReply: (reply: string) => void;
  onResolve: (resolved: boolean) => void;
  onRemove: () => void;
  /** Opens the item's step at the item (when the item has a deep link). */
  onShow?: () => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [reply, setReply] = useState(comment.reply);
  const resolved = comment.resolvedAt !== null;
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={`${targetLabel}: ${comment.body.slice(0, 60)}`}
      style={resolved ? { opacity: 0.75 } : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600} lineClamp={2}>
            {targetLabel}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge color={SEVERITY_COLOR[comment.severity] ?? 'gray'} variant="light">
              {severityLabel}
            </Badge>
            {resolved && (
              <Badge color="teal" variant="filled">
                {t('review.resolved')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.body}
        </Text>
        {onShow && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            onClick={onShow}
            aria-label={t('review.showItemOf', { item: targetLabel })}
          >
            {t('review.showItem')}
          </Anchor>
        )}
        <Text size="xs" c="dimmed">
          {t('review.by', {
            name: comment.authorName,
            instansi: comment.authorInstansi,
            date: formatDate(comment.createdAt.slice(0, 10), lang),
          })}
        </Text>
        {reviewMode ? (
          <>
            {comment.reply && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {t('review.reply')}: {comment.reply}
              </Text>
            )}
            <Group justify="flex-end">
              <Button size="xs" variant="subtle" color="red" onClick={onRemove} loading={busy}>
                {t('review.remove')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Textarea
              label={t('review.reply')}
              value={reply}
              onChange={(e) => setReply(e.currentTarget.value)}
              autosize
              minRows={1}
              maxRows={6}
            />
            {comment.repliedAt && (
              <Text size="xs" c="dimmed">
                {t('review.replied', { date: formatDate(comment.repliedAt.slice(0, 10), lang) })}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button
                size="xs"
                variant="default"
                disabled={reply.trim() === comment.reply}
                onClick={() => onReply(reply.trim())}
                loading={busy}
              >
                {t('review.saveReply')}
              </Button>
              <Button
                size="xs"
                variant={resolved ? 'default' : 'light'}
                color="teal"
                onClick={() => onResolve(!resolved)}
                loading={busy}
              >
                {resolved ? t('review.reopen') : t('review.resolve')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
