import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  rpjmdLabel,
  rpjmdNumbers,
  rpjmdOutline,
} from '../../../../shared/analysis/rpjmd-numbering';
import type { RpjmdData, RpjmdDeletion } from '../../../../shared/contract/rpjmd';
import { useErrorText, useSave } from '../../data/queries';
import { OutlineRow, type RowActions } from './OutlineRow';

interface Props {
  planId: string;
  data: RpjmdData;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Set by the parent to move the keyboard focus to a line (e.g. from a finding). */
  focusId: string | null;
  setFocusId: (id: string | null) => void;
}

export function useRpjmdLabels(data: RpjmdData) {
  const { t } = useTranslation();
  return useMemo(() => {
    const numbers = rpjmdNumbers(data.items);
    const kindName = (kind: string) => t(`rpjmd.kinds.${kind}` as 'rpjmd.kinds.misi');
    const labels = new Map(data.items.map((i) => [i.id, rpjmdLabel(i, numbers, kindName)]));
    return { numbers, labels, kindName };
  }, [data.items, t]);
}

/** Outline commands shared by the keyboard (rows) and the buttons (detail panel). */
export function useOutlineActions({
  planId,
  data,
  onSelect,
  setFocusId,
}: Pick<Props, 'planId' | 'data' | 'onSelect' | 'setFocusId'>) {
  const errorText = useErrorText();
  const add = useSave('rpjmd.addItem', planId);
  const update = useSave('rpjmd.updateItem', planId);
  const move = useSave('rpjmd.moveItem', planId);
  const del = useSave('rpjmd.deleteItem', planId);
  const restore = useSave('rpjmd.restore', planId);
  const [undo, setUndo] = useState<{ deletion: RpjmdDeletion; label: string } | null>(null);

  const outline = useMemo(() => rpjmdOutline(data.items), [data.items]);
  const { labels } = useRpjmdLabels(data);

  // Handlers read the latest outline through a ref so that the rows' props stay stable.
  const latest = useRef({ outline, labels });
  useLayoutEffect(() => {
    latest.current = { outline, labels };
  });
  const fail = useCallback(
    (error: unknown) => notifications.show({ color: 'red', message: errorText(error) }),
    [errorText],
  );

  const actions: RowActions = useMemo(
    () => ({
      select: (id) => onSelect(id),
      focused: () => setFocusId(null),
      saveText: (id, text) => update.mutate({ planId, itemId: id, patch: { text } }),
      add: (id, position) =>
        add.mutateAsync({ planId, relativeTo: id, position }).then((item) => {
          onSelect(item.id);
          setFocusId(item.id);
        }, fail),
      move: (id, action) =>
        move.mutateAsync({ planId, itemId: id, action }).then(() => setFocusId(id), fail),
      remove: (id, focusPrevious) => {
        const list = latest.current.outline;
        const index = list.findIndex((o) => o.item.id === id);
        const previous = focusPrevious ? list[index - 1]?.item.id : undefined;
        const label = latest.current.labels.get(id) ?? '';
        del.mutateAsync({ planId, itemId: id }).then((deletion) => {
          setUndo({ deletion, label });
          onSelect(previous ?? null);
          if (previous) setFocusId(previous);
        }, fail);
      },
      focusNeighbour: (id, delta) => {
        const list = latest.current.outline;
        const index = list.findIndex((o) => o.item.id === id);
        const next = list[index + delta];
        if (next) setFocusId(next.item.id);
      },
    }),
    // The mutation objects change identity on every state change; their `mutate` does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId, onSelect, setFocusId, fail],
  );

  const undoDelete = () => {
    if (!undo) return;
    const firstId = undo.deletion.items[0]?.id ?? null;
    restore.mutateAsync({ planId, deletion: undo.deletion }).then(() => {
      setUndo(null);
      onSelect(firstId);
      setFocusId(firstId);
    }, fail);
  };

  const addMisi = () =>
    add.mutateAsync({ planId, relativeTo: null, kind: 'misi' }).then((item) => {
      onSelect(item.id);
      setFocusId(item.id);
    }, fail);

  return { actions, undo, undoDelete, dismissUndo: () => setUndo(null), addMisi };
}

/** The RPJMD cascade as a keyboard-first outline. */
export function OutlineEditor({
  data,
  selectedId,
  focusId,
  commands,
}: Pick<Props, 'data' | 'selectedId' | 'focusId'> & {
  commands: ReturnType<typeof useOutlineActions>;
}) {
  const { t } = useTranslation();
  const { actions, undo, undoDelete, dismissUndo, addMisi } = commands;
  const outline = useMemo(() => rpjmdOutline(data.items), [data.items]);
  const { labels } = useRpjmdLabels(data);
  const parents = useMemo(() => new Set(data.items.map((i) => i.parentId)), [data.items]);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="outline-title">
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5" id="outline-title">
          {t('rpjmd.outline.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('rpjmd.outline.counts', {
            misi: data.items.filter((i) => i.kind === 'misi').length,
            sasaran: data.items.filter((i) => i.kind === 'sasaran').length,
            program: data.items.filter((i) => i.kind === 'program').length,
          })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mb="xs" id="outline-keys">
        {t('rpjmd.outline.keys')}
      </Text>
      {undo && (
        <Alert
          color="yellow"
          variant="light"
          py={6}
          mb="xs"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={dismissUndo}
        >
          <Group gap="sm">
            <Text size="sm">
              {t('rpjmd.outline.deleted', { label: undo.label, count: undo.deletion.items.length })}
            </Text>
            <Button size="compact-sm" variant="white" onClick={undoDelete}>
              {t('rpjmd.outline.undo')}
            </Button>
          </Group>
        </Alert>
      )}
      {outline.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t('rpjmd.outline.empty')}
        </Text>
      ) : (
        <div className="outline-scroll">
          <ol className="outline-list" aria-describedby="outline-keys">
            {outline.map(({ item, depth }) => (
              <OutlineRow
                key={item.id}
                item={item}
                depth={depth}
                label={labels.get(item.id) ?? ''}
                ariaLabel={labels.get(item.id) ?? ''}
                selected={item.id === selectedId}
                shouldFocus={item.id === focusId}
                hasChildren={parents.has(item.id)}
                actions={actions}
              />
            ))}
          </ol>
        </div>
      )}
      <Button size="xs" variant="light" mt="xs" onClick={addMisi}>
        {t('rpjmd.outline.addMisi')}
      </Button>
    </Paper>
  );
}
