import { ActionIcon, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RpjmdData, StatementDto } from '../../../../shared/contract/rpjmd';
import { localized } from '../../../../shared/reference';
import { AutosaveTextarea } from '../../components/autosave';
import { QueryState } from '../../components/QueryState';
import { useReference, useSave } from '../../data/queries';
import { useLanguage } from '../readonly/ReadOnlyNote';
import { useStatements } from './data';
import { useRpjmdLabels } from './OutlineEditor';

type Option = { value: string; label: string };

const StatementEditor = memo(function StatementEditor({
  planId,
  statement,
  label,
  options,
}: {
  planId: string;
  statement: StatementDto;
  label: string;
  options: Option[];
}) {
  const { t } = useTranslation();
  const update = useSave('statements.update', planId);
  const remove = useSave('statements.remove', planId);
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <AutosaveTextarea
        id={`st-${statement.id}`}
        aria-label={label}
        size="sm"
        autosize
        minRows={1}
        style={{ flex: '3 1 0', minWidth: 0 }}
        value={statement.text}
        onSave={(text) => update.mutate({ planId, statementId: statement.id, patch: { text } })}
      />
      <MultiSelect
        aria-label={t('vision.links', { label })}
        placeholder={statement.rpjmdItemIds.length ? undefined : t('vision.linksPlaceholder')}
        size="sm"
        style={{ flex: '2 1 0', minWidth: 0 }}
        searchable
        clearable
        data={options}
        value={statement.rpjmdItemIds.filter((id) => options.some((o) => o.value === id))}
        onChange={(ids) =>
          update.mutate({ planId, statementId: statement.id, patch: { rpjmdItemIds: ids } })
        }
        error={statement.rpjmdItemIds.length === 0 && statement.text.trim() ? true : undefined}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        mt={6}
        aria-label={t('vision.remove', { label })}
        onClick={() => remove.mutate({ planId, statementId: statement.id })}
      >
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );
});

/** Smart-city visi, misi and tujuan per pillar, each linked to the RPJMD misi/sasaran it serves. */
export const VisionTab = memo(function VisionTab({
  planId,
  data,
  focusTarget,
  onFocused,
}: {
  planId: string;
  data: RpjmdData;
  focusTarget: string | null;
  onFocused: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reference = useReference();
  const statements = useStatements(planId);
  const add = useSave('statements.add', planId);
  const { labels } = useRpjmdLabels(data);
  const options = useMemo(
    () =>
      data.items
        .filter((i) => i.kind === 'misi' || i.kind === 'tujuan' || i.kind === 'sasaran')
        .map((i) => ({
          value: i.id,
          label: `${labels.get(i.id)} · ${i.text.length > 48 ? `${i.text.slice(0, 48)}…` : i.text}`,
        })),
    [data.items, labels],
  );

  useEffect(() => {
    if (!focusTarget || !statements.data) return;
    const el = document.getElementById(
      focusTarget.startsWith('pillar:') ? focusTarget.replace(':', '-') : `st-${focusTarget}`,
    );
    if (el) {
      el.scrollIntoView({ block: 'center' });
      if (el instanceof HTMLTextAreaElement) el.focus();
      else el.querySelector<HTMLElement>('textarea, button')?.focus();
      onFocused();
    }
  }, [focusTarget, statements.data, onFocused]);

  const section = (
    key: string,
    title: string,
    list: StatementDto[],
    kind: StatementDto['kind'],
    pillarCode: string | null,
    itemLabel: (index: number) => string,
    single = false,
  ) => (
    <Paper withBorder p="sm" component="section" aria-label={title} id={key} key={key}>
      <Title order={4} size="h6" mb={6}>
        {title}
      </Title>
      <Stack gap={6}>
        {list.map((s, i) => (
          <StatementEditor
            key={s.id}
            planId={planId}
            statement={s}
            label={itemLabel(i)}
            options={options}
          />
        ))}
        {(!single || list.length === 0) && (
          <Button
            size="compact-sm"
            variant="light"
            w="fit-content"
            onClick={() => add.mutate({ planId, kind, pillarCode })}
          >
            {t(`vision.add.${kind}`)}
          </Button>
        )}
      </Stack>
    </Paper>
  );

  return (
    <QueryState query={statements}>
      {(list) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('vision.intro')}
          </Text>
          {section(
            'sc-visi',
            t('vision.visi'),
            list.filter((s) => s.kind === 'visi'),
            'visi',
            null,
            () => t('vision.visi'),
            true,
          )}
          {section(
            'sc-misi',
            t('vision.misi'),
            list.filter((s) => s.kind === 'misi' && s.pillarCode === null),
            'misi',
            null,
            (i) => t('vision.misiN', { n: i + 1 }),
          )}
          {(reference.data?.pillars.pillars ?? []).map((pillar) => {
            const name = localized(pillar.name, language);
            return section(
              `pillar-${pillar.code}`,
              t('vision.tujuanOf', { pillar: name }),
              list.filter((s) => s.kind !== 'visi' && s.pillarCode === pillar.code),
              'tujuan',
              pillar.code,
              (i) => t('vision.tujuanN', { pillar: name, n: i + 1 }),
            );
          })}
        </Stack>
      )}
    </QueryState>
  );
});
