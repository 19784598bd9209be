import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PlanSummary } from '../../../../shared/contract';
import { useErrorText, useSave } from '../../data/queries';

/** Open, duplicate, rename and delete (with confirmation) for one plan of the list. */
export function PlanActions({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const [newTitle, setNewTitle] = useState(plan.title);
  const rename = useSave('plans.rename', plan.id);
  const duplicate = useSave('plans.duplicate');
  const remove = useSave('plans.delete');
  const fail = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('home.planActions', { title: plan.title })}>
            <span aria-hidden>⋯</span>
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => navigate(`/plans/${plan.id}/profile`)}>
            {t('common.open')}
          </Menu.Item>
          <Menu.Item
            onClick={() =>
              duplicate.mutate(
                { planId: plan.id, title: t('duplicate.copyTitle', { title: plan.title }) },
                {
                  onSuccess: (copy) =>
                    notifications.show({
                      color: 'teal',
                      message: t('duplicate.done', { title: copy.title }),
                    }),
                  onError: fail,
                },
              )
            }
          >
            {t('common.duplicate')}
          </Menu.Item>
          <Menu.Item
            onClick={() => {
              setNewTitle(plan.title);
              setDialog('rename');
            }}
          >
            {t('common.rename')}…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => setDialog('delete')}>
            {t('common.delete')}…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal opened={dialog === 'rename'} onClose={() => setDialog(null)} title={t('rename.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!newTitle.trim()) return;
            rename.mutate(
              { planId: plan.id, title: newTitle.trim() },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('rename.done') });
                  setDialog(null);
                },
                onError: fail,
              },
            );
          }}
        >
          <Stack>
            <TextInput
              label={t('rename.label')}
              value={newTitle}
              onChange={(e) => setNewTitle(e.currentTarget.value)}
              error={newTitle.trim() ? null : t('validation.required')}
              data-autofocus
              required
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={rename.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={dialog === 'delete'} onClose={() => setDialog(null)} title={t('remove.title')}>
        <Stack>
          <Text>{t('remove.body', { title: plan.title })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { planId: plan.id },
                  {
                    onSuccess: () => {
                      notifications.show({
                        color: 'teal',
                        message: t('remove.done', { title: plan.title }),
                      });
                      setDialog(null);
                    },
                    onError: fail,
                  },
                )
              }
            >
              {t('remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
