import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  childKind,
  rpjmdLabel,
  rpjmdNumbers,
  rpjmdOutline,
  type RpjmdKind,
} from '../../../../shared/analysis/rpjmd-numbering';
import type { RpjmdData, RpjmdDeletion } from '../../../../shared/contract/rpjmd';
import { useErrorText, useSave } from '../../data/queries';
import { OutlineRow, type RowActions } from './OutlineRow';

interface PendingLine {
  afterId: string | null;
  depth: number;
  kind: RpjmdKind;
  text: string;
}

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
  // While a new line is being created, a placeholder takes the keystrokes; the real line then
  // starts with them (nothing typed during the round trip is lost).
  const [pending, setPending] = useState<PendingLine | null>(null);
  const pendingText = useRef('');
  const seeds = useRef(new Map<string, string>());

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

  const create = useCallback(
    (
      input: {
        planId: string;
        relativeTo: string | null;
        position?: 'after' | 'child';
        kind?: RpjmdKind;
      },
      line: PendingLine,
    ) => {
      pendingText.current = '';
      setPending(line);
      add.mutateAsync(input).then(
        (item) => {
          if (pendingText.current) seeds.current.set(item.id, pendingText.current);
          setPending(null);
          onSelect(item.id);
          setFocusId(item.id);
        },
        (error) => {
          setPending(null);
          fail(error);
        },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId, onSelect, setFocusId, fail],
  );

  const actions: RowActions = useMemo(
    () => ({
      select: (id) => onSelect(id),
      focused: () => setFocusId(null),
      saveText: (id, text) => update.mutate({ planId, itemId: id, patch: { text } }),
      add: (id, position) => {
        const list = latest.current.outline;
        const index = list.findIndex((o) => o.item.id === id);
        const anchor = list[index];
        if (!anchor) return;
        let last = index;
        while (list[last + 1] && list[last + 1]!.depth > anchor.depth) last += 1;
        create(
          { planId, relativeTo: id, position },
          {
            afterId: list[last]!.item.id,
            depth: anchor.depth + (position === 'child' ? 1 : 0),
            kind: position === 'child' ? childKind(anchor.item.kind) : anchor.item.kind,
            text: '',
          },
        );
      },
      takeSeed: (id) => {
        const seed = seeds.current.get(id);
        seeds.current.delete(id);
        return seed;
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
        if (next) setFocusId(next.item.id);
      },
    }),
    // The mutation objects change identity on every state change; their `mutate` does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId, onSelect, setFocusId, fail, create],
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
    create(
      { planId, relativeTo: null, kind: 'misi' },
      { afterId: latest.current.outline.at(-1)?.item.id ?? null, depth: 0, kind: 'misi', text: '' },
    );

  const typePending = (text: string) => {
    pendingText.current = text;
    setPending((p) => (p ? { ...p, text } : p));
  };

  return {
    actions,
    undo,
    undoDelete,
    dismissUndo: () => setUndo(null),
    addMisi,
    pending,
    typePending,
  };
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
  const { actions, undo, undoDelete, dismissUndo, addMisi, pending, typePending } = commands;
  const { kindName } = useRpjmdLabels(data);
  const placeholder = pending && (
    <li className="outline-row" style={{ paddingLeft: 6 + pending.depth * 22 }}>
      <span className="outline-label" data-kind={pending.kind} aria-hidden>
        {kindName(pending.kind)} …
      </span>
      <textarea
        rows={1}
        autoFocus
        className="outline-text"
        data-kind={pending.kind}
        aria-label={`${kindName(pending.kind)} …`}
        value={pending.text}
        onChange={(e) => typePending(e.currentTarget.value.replace(/\n/g, ' '))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
    </li>
  );
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
      {outline.length === 0 && !pending ? (
        <Text c="dimmed" size="sm" py="md">
          {t('rpjmd.outline.empty')}
        </Text>
      ) : (
        <div className="outline-scroll">
          <ol className="outline-list" aria-describedby="outline-keys">
            {outline.map(({ item, depth }) => (
              <Fragment key={item.id}>
                <OutlineRow
                  item={item}
                  depth={depth}
                  label={labels.get(item.id) ?? ''}
                  ariaLabel={labels.get(item.id) ?? ''}
                  selected={item.id === selectedId}
                  shouldFocus={item.id === focusId}
                  hasChildren={parents.has(item.id)}
                  actions={actions}
                />
                {pending?.afterId === item.id && placeholder}
              </Fragment>
            ))}
            {pending && pending.afterId === null && placeholder}
          </ol>
        </div>
      )}
      <Button size="xs" variant="light" mt="xs" onClick={addMisi}>
        {t('rpjmd.outline.addMisi')}
      </Button>
    </Paper>
  );
}
