import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Paper,
  Select,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opd, TeamMember } from '../../../../shared/contract';
import { localized } from '../../../../shared/reference';
import { AutosaveTextInput, useDraft } from '../../components/autosave';
import { QueryState } from '../../components/QueryState';
import { useOpds, useReference, useSave, useTeam } from '../../data/queries';

type Body = TeamMember['body'];

function RoleInput({
  value,
  onSave,
  label,
  roles,
}: {
  value: string;
  onSave: (v: string) => void;
  label: string;
  roles: string[];
}) {
  const draft = useDraft(value, { commit: onSave });
  return (
    <Autocomplete
      aria-label={label}
      size="xs"
      data={roles}
      value={draft.value}
      onChange={draft.onChange}
      onBlur={draft.onBlur}
    />
  );
}

function MemberRow(props: {
  planId: string;
  member: TeamMember;
  index: number;
  count: number;
  opds: Opd[];
  roles: string[];
  autoFocus: boolean;
}) {
  const { planId, member, index, count, opds, roles, autoFocus } = props;
  const { t } = useTranslation();
  const update = useSave('team.updateMember', planId);
  const remove = useSave('team.removeMember', planId);
  const move = useSave('team.moveMember', planId);
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate({ planId, memberId: member.id, patch });
  const who = member.name.trim() || t('team.memberLabel', { index: index + 1 });
  return (
    <Table.Tr>
      <Table.Td w={36}>
        <Text size="sm" c="dimmed" pt={4}>
          {index + 1}
        </Text>
      </Table.Td>
      <Table.Td>
        <AutosaveTextInput
          aria-label={`${t('team.name')} (${t('team.memberLabel', { index: index + 1 })})`}
          size="xs"
          autoFocus={autoFocus}
          value={member.name}
          onSave={(v) => save({ name: v.trim() })}
        />
      </Table.Td>
      <Table.Td>
        <AutosaveTextInput
          aria-label={`${t('team.position')} (${who})`}
          size="xs"
          value={member.position}
          onSave={(v) => save({ position: v.trim() })}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`${t('team.opd')} (${who})`}
          size="xs"
          data={opds.map((o) => ({
            value: o.id,
            label: o.abbreviation ? `${o.abbreviation} — ${o.name}` : o.name,
          }))}
          value={member.opdId}
          onChange={(v) => save({ opdId: v })}
          searchable
          clearable
        />
      </Table.Td>
      <Table.Td w={150}>
        <RoleInput
          label={`${t('team.role')} (${who})`}
          value={member.role}
          roles={roles}
          onSave={(v) => save({ role: v.trim() })}
        />
      </Table.Td>
      <Table.Td w={110}>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            disabled={index === 0}
            aria-label={t('team.moveUpLabel', { name: who })}
            onClick={() => move.mutate({ planId, memberId: member.id, direction: 'up' })}
          >
            <span aria-hidden>↑</span>
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={index === count - 1}
            aria-label={t('team.moveDownLabel', { name: who })}
            onClick={() => move.mutate({ planId, memberId: member.id, direction: 'down' })}
          >
            <span aria-hidden>↓</span>
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('team.removeLabel', { name: who })}
            onClick={() => remove.mutate({ planId, memberId: member.id })}
          >
            <span aria-hidden>✕</span>
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** One of the two bodies: Dewan Smart City or Tim Pelaksana. */
export function TeamTable({ planId, body }: { planId: string; body: Body }) {
  const { t } = useTranslation();
  const team = useTeam(planId);
  const opds = useOpds(planId);
  const reference = useReference();
  const add = useSave('team.addMember', planId);
  const [addedId, setAddedId] = useState<string | null>(null);
  const roles = (reference.data?.vocabularies.teamRoles ?? []).map((r) => localized(r.name, 'id'));
  const titleId = `team-${body}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t(`team.${body}`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`team.${body}Hint`)}
      </Text>
      <QueryState query={team}>
        {(all) => {
          const members = all.filter((m) => m.body === body);
          return members.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('team.empty')}
            </Text>
          ) : (
            <Table className="dense-table" verticalSpacing={4} aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('team.name')}</Table.Th>
                  <Table.Th>{t('team.position')}</Table.Th>
                  <Table.Th>{t('team.opd')}</Table.Th>
                  <Table.Th>{t('team.role')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((member, index) => (
                  <MemberRow
                    key={member.id}
                    planId={planId}
                    member={member}
                    index={index}
                    count={members.length}
                    opds={opds.data ?? []}
                    roles={roles}
                    autoFocus={member.id === addedId}
                  />
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
      <Button
        mt="sm"
        variant="light"
        size="xs"
        loading={add.isPending}
        onClick={() =>
          add.mutate({ planId, body }, { onSuccess: (member) => setAddedId(member.id) })
        }
      >
        {t('team.addMember')}
      </Button>
    </Paper>
  );
}
