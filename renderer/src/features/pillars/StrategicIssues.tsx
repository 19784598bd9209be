import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategicIssueDto } from '../../../../shared/contract/pillars';
import { AutosaveTextarea } from '../../components/autosave';
import { useSave } from '../../data/queries';

/** Strategic issues of a pillar, each with a priority (1 high … 3 low), in the user's order. */
export function StrategicIssues({
  planId,
  pillarCode,
  pillarName,
  issues,
  subDimensions,
}: {
  planId: string;
  pillarCode: string;
  pillarName: string;
  issues: StrategicIssueDto[];
  subDimensions: { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const add = useSave('issues.add', planId);
  const update = useSave('issues.update', planId);
  const remove = useSave('issues.remove', planId);
  const move = useSave('issues.move', planId);
  const priorities = [1, 2, 3].map((p) => ({
    value: String(p),
    label: t(`pillars.priority.${p}` as 'pillars.priority.1'),
  }));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`issues-${pillarCode}`}>
      <Title order={4} size="h6" id={`issues-${pillarCode}`} mb="xs">
        {t('pillars.issues', { pillar: pillarName })}
      </Title>
      <Stack gap={6}>
        {issues.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('pillars.noIssues')}
          </Text>
        )}
        {issues.map((issue, i) => {
          const label = t('pillars.issueN', { n: i + 1 });
          return (
            <Group key={issue.id} gap={6} wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600} w={20} pt={4}>
                {i + 1}.
              </Text>
              <AutosaveTextarea
                aria-label={label}
                size="xs"
                rows={1}
                classNames={{ input: 'grow-input' }}
                style={{ flex: 1 }}
                value={issue.text}
                onSave={(text) => update.mutate({ planId, issueId: issue.id, patch: { text } })}
              />
              <Select
                aria-label={t('pillars.priorityOf', { label })}
                size="xs"
                w={96}
                allowDeselect={false}
                value={String(issue.priority)}
                data={priorities}
                onChange={(v) =>
                  v && update.mutate({ planId, issueId: issue.id, patch: { priority: Number(v) } })
                }
              />
              <Select
                aria-label={t('pillars.subOf', { label })}
                size="xs"
                w={200}
                clearable
                placeholder={t('pillars.wholePillar')}
                value={issue.subDimensionCode}
                data={subDimensions.map((s) => ({ value: s.code, label: s.name }))}
                onChange={(v) =>
                  update.mutate({ planId, issueId: issue.id, patch: { subDimensionCode: v } })
                }
              />
              <ActionIcon
                variant="subtle"
                size="sm"
                mt={4}
                disabled={i === 0}
                aria-label={t('pillars.issueUp', { label })}
                onClick={() => move.mutate({ planId, issueId: issue.id, direction: 'up' })}
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="sm"
                mt={4}
                disabled={i === issues.length - 1}
                aria-label={t('pillars.issueDown', { label })}
                onClick={() => move.mutate({ planId, issueId: issue.id, direction: 'down' })}
              >
                <span aria-hidden>↓</span>
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                mt={4}
                aria-label={t('pillars.removeIssue', { label })}
                onClick={() => remove.mutate({ planId, issueId: issue.id })}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
          );
        })}
        <Button
          size="compact-sm"
          variant="light"
          w="fit-content"
          onClick={() => add.mutate({ planId, pillarCode })}
        >
          {t('pillars.addIssue')}
        </Button>
      </Stack>
    </Paper>
  );
}
