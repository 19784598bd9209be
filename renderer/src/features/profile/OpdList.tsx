import { ActionIcon, Autocomplete, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opd } from '../../../../shared/contract';
import { AutosaveTextInput } from '../../components/autosave';
import { QueryState } from '../../components/QueryState';
import { useErrorText, useOpds, useReference, useSave } from '../../data/queries';

function OpdRow({ planId, opd }: { planId: string; opd: Opd }) {
  const { t } = useTranslation();
  const update = useSave('opd.update', planId);
  const remove = useSave('opd.remove', planId);
  return (
    <Table.Tr>
      <Table.Td>
        <AutosaveTextInput
          aria-label={t('opd.name')}
          value={opd.name}
          size="xs"
          validate={(v) => (v.trim() ? null : t('validation.required'))}
          onSave={(v) => update.mutate({ planId, opdId: opd.id, patch: { name: v.trim() } })}
        />
      </Table.Td>
      <Table.Td w={200}>
        <AutosaveTextInput
          aria-label={t('opd.abbreviation')}
          value={opd.abbreviation}
          size="xs"
          onSave={(v) =>
            update.mutate({ planId, opdId: opd.id, patch: { abbreviation: v.trim() } })
          }
        />
      </Table.Td>
      <Table.Td w={48}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('opd.removeLabel', { name: opd.name })}
          onClick={() => remove.mutate({ planId, opdId: opd.id })}
        >
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** The plan's own agency list; suggestions come from the reference data. */
export function OpdList({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const opds = useOpds(planId);
  const reference = useReference();
  const add = useSave('opd.add', planId);
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const suggestions = reference.data?.opdSuggestions.opds ?? [];
  const existing = new Set((opds.data ?? []).map((o) => o.name.toLowerCase()));

  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const suggestion = suggestions.find((s) => s.name === trimmed);
    add.mutate(
      { planId, name: trimmed, abbreviation: suggestion?.abbreviation ?? '' },
      {
        onSuccess: () => setName(''),
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="opd-title">
      <Title order={3} size="h5" id="opd-title">
        {t('opd.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('opd.subtitle')}
      </Text>
      <QueryState query={opds}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('opd.empty')}
            </Text>
          ) : (
            <Table className="dense-table" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('opd.name')}</Table.Th>
                  <Table.Th>{t('opd.abbreviation')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((opd) => (
                  <OpdRow key={opd.id} planId={planId} opd={opd} />
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Group mt="sm" align="flex-end">
          <Autocomplete
            label={t('opd.add')}
            placeholder={t('opd.addPlaceholder')}
            data={suggestions.map((s) => s.name).filter((n) => !existing.has(n.toLowerCase()))}
            value={name}
            onChange={setName}
            style={{ flex: 1 }}
            limit={12}
          />
          <Button type="submit" variant="light" loading={add.isPending} disabled={!name.trim()}>
            {t('common.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
