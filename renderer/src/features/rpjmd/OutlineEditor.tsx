import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  childKind,
  rpjmdLabel,
  rpjmdNumbers,
  rpjmdOutline,
} from '../../../../shared/analysis/rpjmd-numbering';
import type { RpjmdData, RpjmdDeletion, RpjmdItemDto } from '../../../../shared/contract/rpjmd';
import { useErrorText } from '../../data/queries';
import { useOutlineSave } from './data';
import { OutlineRow, type RowActions } from './OutlineRow';

export function useRpjmdLabels(data: Pick<RpjmdData, 'items'>) {
  const { t } = useTranslation();
  return useMemo(() => {
    const numbers = rpjmdNumbers(data.items);
    const kindName = (kind: string) => t(`rpjmd.kinds.${kind}` as 'rpjmd.kinds.misi');
    const labels = new Map(data.items.map((i) => [i.id, rpjmdLabel(i, numbers, kindName)]));
    return { numbers, labels, kindName };
  }, [data.items, t]);
}

/** A line the UI created and shows at once, until the server's list has it. */
interface Optimistic {
  item: RpjmdItemDto;
  /** Shown right after this item (a new sibling), or at the end of the list (null). */
  afterId: string | null;
}

function withOptimistic(items: RpjmdItemDto[], extra: Optimistic[]): RpjmdItemDto[] {
  const missing = extra.filter((o) => !items.some((i) => i.id === o.item.id));
  if (missing.length === 0) return items;
  const out = [...items];
  for (const o of missing) {
    const at = o.afterId === null ? -1 : out.findIndex((i) => i.id === o.afterId);
    if (at < 0) out.push(o.item);
    else out.splice(at + 1, 0, o.item);
  }
  return out;
}

/**
 * Outline commands shared by the keyboard (rows) and the buttons (detail panel). A new line is
 * named here and shown at once, so the keys typed right after Enter land in it; the saves run
 * in order on the server (one mutation scope).
 */
export function useOutlineActions({
  planId,
  data,
  onSelect,
  setFocusId,
}: {
  planId: string;
  data: RpjmdData;
  onSelect: (id: string | null) => void;
  setFocusId: (id: string | null) => void;
}) {
  const errorText = useErrorText();
  const add = useOutlineSave('rpjmd.addItem', planId);
  const update = useOutlineSave('rpjmd.updateItem', planId);
  const move = useOutlineSave('rpjmd.moveItem', planId);
  const del = useOutlineSave('rpjmd.deleteItem', planId);
  const restore = useOutlineSave('rpjmd.restore', planId);
  const [undo, setUndo] = useState<{ deletion: RpjmdDeletion; label: string } | null>(null);
  const [optimistic, setOptimistic] = useState<Optimistic[]>([]);

  // A created line leaves this list once the server's list has it (never before: a stale
  // answer must not make it blink out and lose the caret).
  const arrived = optimistic.filter((o) => data.items.some((i) => i.id === o.item.id));
  if (arrived.length > 0) setOptimistic((list) => list.filter((o) => !arrived.includes(o)));
  const items = useMemo(() => withOptimistic(data.items, optimistic), [data.items, optimistic]);
  const view = useMemo(() => ({ ...data, items }), [data, items]);
  const outline = useMemo(() => rpjmdOutline(items), [items]);
  const { labels } = useRpjmdLabels(view);

  // Handlers read the latest state through refs so that the rows' props stay stable.
  const latest = useRef({ outline, labels, items, errorText });
  useLayoutEffect(() => {
    latest.current = { outline, labels, items, errorText };
  });
  const fail = useCallback(
    (error: unknown) =>
      notifications.show({ color: 'red', message: latest.current.errorText(error) }),
    [],
  );

  const create = useCallback(
    (item: RpjmdItemDto, afterId: string | null, input: Parameters<typeof add.mutateAsync>[0]) => {
      setOptimistic((list) => [...list, { item, afterId }]);
      onSelect(item.id);
      setFocusId(item.id);
      add.mutateAsync(input).catch((error: unknown) => {
        setOptimistic((list) => list.filter((o) => o.item.id !== item.id));
        fail(error);
      });
    },
    // `mutateAsync` is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onSelect, setFocusId, fail],
  );

  const actions: RowActions = useMemo(
    () => ({
      select: (id) => onSelect(id),
      focused: () => setFocusId(null),
      saveText: (id, text) => update.mutate({ planId, itemId: id, patch: { text } }),
      add: (id, position) => {
        const anchor = latest.current.items.find((i) => i.id === id);
        if (!anchor) return;
        const item: RpjmdItemDto = {
          id: crypto.randomUUID(),
          parentId: position === 'child' ? anchor.id : anchor.parentId,
          kind: position === 'child' ? childKind(anchor.kind) : anchor.kind,
          code: '',
          text: '',
          opdId: null,
          updatedAt: '',
        };
        create(item, position === 'child' ? null : anchor.id, {
          planId,
          id: item.id,
          relativeTo: id,
          position,
        });
      },
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
        // Straight to the element: no render needed to move the caret.
        if (next)
          document
            .querySelector<HTMLTextAreaElement>(`textarea[data-item-id="${next.item.id}"]`)
            ?.focus();
      },
    }),
    // The mutations' `mutate`/`mutateAsync` are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId, onSelect, setFocusId, fail, create],
  );

  const undoDelete = useCallback(() => {
    if (!undo) return;
    const firstId = undo.deletion.items[0]?.id ?? null;
    restore.mutateAsync({ planId, deletion: undo.deletion }).then(() => {
      setUndo(null);
      onSelect(firstId);
      setFocusId(firstId);
    }, fail);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [undo, planId, onSelect, setFocusId, fail]);

  const addMisi = useCallback(() => {
    const item: RpjmdItemDto = {
      id: crypto.randomUUID(),
      parentId: null,
      kind: 'misi',
      code: '',
      text: '',
      opdId: null,
      updatedAt: '',
    };
    create(item, null, { planId, id: item.id, relativeTo: null, kind: 'misi' });
  }, [create, planId]);

  // One stable object: the outline re-renders when its content changes, not on selection.
  return useMemo(
    () => ({ actions, undo, undoDelete, dismissUndo: () => setUndo(null), addMisi, view }),
    [actions, undo, undoDelete, addMisi, view],
  );
}

/**
 * Marks the selected line in the DOM without re-rendering the 400-line outline: selection
 * changes with every caret move between lines.
 */
export function SelectionMarker({ selectedId }: { selectedId: string | null }) {
  useLayoutEffect(() => {
    if (!selectedId) return;
    const row = document
      .querySelector(`textarea[data-item-id="${selectedId}"]`)
      ?.closest('.outline-row');
    row?.setAttribute('data-selected', 'true');
    return () => row?.removeAttribute('data-selected');
  }, [selectedId]);
  return null;
}

/** The RPJMD cascade as a keyboard-first outline. */
export const OutlineEditor = memo(function OutlineEditor({
  view,
  focusId,
  commands,
}: {
  view: RpjmdData;
  focusId: string | null;
  commands: ReturnType<typeof useOutlineActions>;
}) {
  const { t } = useTranslation();
  const { actions, undo, undoDelete, dismissUndo, addMisi } = commands;
  const outline = useMemo(() => rpjmdOutline(view.items), [view.items]);
  const { labels } = useRpjmdLabels(view);
  const parents = useMemo(() => new Set(view.items.map((i) => i.parentId)), [view.items]);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="outline-title">
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5" id="outline-title">
          {t('rpjmd.outline.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('rpjmd.outline.counts', {
            misi: view.items.filter((i) => i.kind === 'misi').length,
            sasaran: view.items.filter((i) => i.kind === 'sasaran').length,
            program: view.items.filter((i) => i.kind === 'program').length,
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
              {undo.deletion.items.length > 1
                ? t('rpjmd.outline.deletedBranch', {
                    label: undo.label,
                    count: undo.deletion.items.length - 1,
                  })
                : t('rpjmd.outline.deleted', { label: undo.label })}
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
});
