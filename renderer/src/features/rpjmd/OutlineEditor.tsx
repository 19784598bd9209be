import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

type MoveAction = 'up' | 'down' | 'indent' | 'outdent';

/**
 * A structural edit that Ctrl+Z can take back. Running an entry undoes it and gives the entry
 * that redoes it: a removal is undone by restoring, an addition by deleting, a move by the
 * moves back (an outdent from the middle of a list goes back with indent then up).
 */
type UndoEntry =
  | { kind: 'removed'; deletion: RpjmdDeletion; what: string; focus: string | null }
  | { kind: 'added'; id: string; what: string; focus: string | null }
  | { kind: 'moved'; id: string; what: string; back: MoveAction[]; forth: MoveAction[] };

const UNDO_LIMIT = 50;

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
  const { t } = useTranslation();
  const [undo, setUndo] = useState<{ deletion: RpjmdDeletion; label: string } | null>(null);
  const [optimistic, setOptimistic] = useState<Optimistic[]>([]);
  // Undo and redo stacks of structural edits, and the last announcement (aria-live).
  const [history, setHistory] = useState<{ undo: UndoEntry[]; redo: UndoEntry[] }>({
    undo: [],
    redo: [],
  });
  const [announcement, setAnnouncement] = useState<{ text: string; n: number } | null>(null);
  const announce = useCallback(
    (text: string) => setAnnouncement((a) => ({ text, n: (a?.n ?? 0) + 1 })),
    [],
  );
  const historyRef = useRef(history);
  useLayoutEffect(() => {
    historyRef.current = history;
  });
  const busy = useRef(false);
  const record = useCallback((entry: UndoEntry) => {
    setHistory((h) => ({ undo: [...h.undo.slice(-(UNDO_LIMIT - 1)), entry], redo: [] }));
  }, []);

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
      const kindName = t(`rpjmd.kinds.${item.kind}` as 'rpjmd.kinds.misi');
      record({
        kind: 'added',
        id: item.id,
        what: t('rpjmd.outline.action.add', { kind: kindName }),
        focus: input.relativeTo ?? null,
      });
      add.mutateAsync(input).catch((error: unknown) => {
        setOptimistic((list) => list.filter((o) => o.item.id !== item.id));
        setHistory((h) => ({
          undo: h.undo.filter((e) => !(e.kind === 'added' && e.id === item.id)),
          redo: h.redo,
        }));
        fail(error);
      });
    },
    // `mutateAsync` is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onSelect, setFocusId, fail, record, t],
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
      move: (id, action) => {
        const { items: all, labels: names } = latest.current;
        const item = all.find((i) => i.id === id);
        const siblings = all.filter((i) => i.parentId === item?.parentId);
        const after = siblings.length - 1 - siblings.findIndex((i) => i.id === id);
        const back: MoveAction[] =
          action === 'up'
            ? ['down']
            : action === 'down'
              ? ['up']
              : action === 'indent'
                ? ['outdent']
                : ['indent', ...Array.from({ length: after }, () => 'up' as const)];
        move.mutateAsync({ planId, itemId: id, action }).then(() => {
          record({
            kind: 'moved',
            id,
            what: t('rpjmd.outline.action.move', { label: names.get(id) ?? '' }),
            back,
            forth: [action],
          });
          setFocusId(id);
        }, fail);
      },
      remove: (id, focusPrevious) => {
        const list = latest.current.outline;
        const index = list.findIndex((o) => o.item.id === id);
        // The line above, or (for the first line) the next one outside the deleted branch.
        const below = list.slice(index + 1).find((o) => o.depth <= (list[index]?.depth ?? 0));
        const previous = focusPrevious ? (list[index - 1] ?? below)?.item.id : undefined;
        const label = latest.current.labels.get(id) ?? '';
        del.mutateAsync({ planId, itemId: id }).then((deletion) => {
          setUndo({ deletion, label });
          record({
            kind: 'removed',
            deletion,
            what: t('rpjmd.outline.action.delete', { label }),
            focus: id,
          });
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
    [planId, onSelect, setFocusId, fail, create, record, t],
  );

  /** Runs an entry (takes its edit back) and answers the entry that puts it back again. */
  const run = useCallback(
    async (entry: UndoEntry): Promise<{ inverse: UndoEntry; focus: string | null }> => {
      if (entry.kind === 'removed') {
        await restore.mutateAsync({ planId, deletion: entry.deletion });
        const id = entry.deletion.items[0]?.id ?? '';
        return { inverse: { kind: 'added', id, what: entry.what, focus: null }, focus: id };
      }
      if (entry.kind === 'added') {
        const list = latest.current.outline;
        const index = list.findIndex((o) => o.item.id === entry.id);
        const previous = entry.focus ?? list[index - 1]?.item.id ?? null;
        const deletion = await del.mutateAsync({ planId, itemId: entry.id });
        return {
          inverse: { kind: 'removed', deletion, what: entry.what, focus: null },
          focus: previous,
        };
      }
      for (const action of entry.back) await move.mutateAsync({ planId, itemId: entry.id, action });
      return {
        inverse: { ...entry, back: entry.forth, forth: entry.back },
        focus: entry.id,
      };
    },
    // The mutations' `mutateAsync` are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId],
  );

  /** Ctrl+Z (`redo` false) or Ctrl+Shift+Z / Ctrl+Y (`redo` true). */
  const step = useCallback(
    (redo: boolean) => {
      const stack = redo ? historyRef.current.redo : historyRef.current.undo;
      let entry = stack.at(-1);
      // After an import (or an edit elsewhere) the lines an entry names may be gone: the
      // history no longer applies and is dropped rather than failing half-way.
      const has = (id: string) => latest.current.items.some((i) => i.id === id);
      const first = entry?.kind === 'removed' ? entry.deletion.items[0] : undefined;
      const applies =
        !entry ||
        (entry.kind === 'removed'
          ? !!first && !has(first.id) && (first.parentId === null || has(first.parentId))
          : has(entry.id));
      if (!applies) {
        setHistory({ undo: [], redo: [] });
        entry = undefined;
      }
      if (!entry) {
        announce(t(redo ? 'rpjmd.outline.nothingToRedo' : 'rpjmd.outline.nothingToUndo'));
        return;
      }
      if (busy.current) return;
      busy.current = true;
      setUndo(null);
      run(entry)
        .then(({ inverse, focus }) => {
          setHistory((h) =>
            redo
              ? { undo: [...h.undo, inverse], redo: h.redo.filter((e) => e !== entry) }
              : { undo: h.undo.filter((e) => e !== entry), redo: [...h.redo, inverse] },
          );
          announce(
            t(redo ? 'rpjmd.outline.redone' : 'rpjmd.outline.undone', { action: entry.what }),
          );
          onSelect(focus);
          if (focus) setFocusId(focus);
        }, fail)
        .finally(() => {
          busy.current = false;
        });
    },
    [run, announce, t, onSelect, setFocusId, fail],
  );
  const undoLast = useCallback(() => step(false), [step]);
  const redoLast = useCallback(() => step(true), [step]);
  const undoDelete = undoLast;

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
    () => ({
      actions,
      undo,
      undoDelete,
      dismissUndo: () => setUndo(null),
      addMisi,
      view,
      undoLast,
      redoLast,
      canUndo: history.undo.length > 0,
      canRedo: history.redo.length > 0,
      announcement,
    }),
    [actions, undo, undoDelete, addMisi, view, undoLast, redoLast, history, announcement],
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
  const {
    actions,
    undo,
    undoDelete,
    dismissUndo,
    addMisi,
    undoLast,
    redoLast,
    canUndo,
    canRedo,
    announcement,
  } = commands;
  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y take back structural edits, in the outline or with nothing
  // focused (after a deletion). In a line whose text was changed since it got focus the
  // browser's own text undo runs instead; once the text is back to what it was, the next
  // Ctrl+Z goes to the outline. Other fields (indicators, dialogs) keep their own undo.
  const section = useRef<HTMLElement>(null);
  const keys = useRef({ undoLast, redoLast });
  useLayoutEffect(() => {
    keys.current = { undoLast, redoLast };
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (!(key === 'z' && !e.shiftKey) && !redo) return;
      const target = e.target as HTMLElement;
      const inOutline = section.current?.contains(target) ?? false;
      if (!inOutline && target !== document.body) return;
      if (
        (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) &&
        target.value !== (target.dataset.focusValue ?? target.value)
      )
        return;
      e.preventDefault();
      if (redo) keys.current.redoLast();
      else keys.current.undoLast();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const outline = useMemo(() => rpjmdOutline(view.items), [view.items]);
  const { labels } = useRpjmdLabels(view);
  const parents = useMemo(() => new Set(view.items.map((i) => i.parentId)), [view.items]);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="outline-title" ref={section}>
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
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" onClick={addMisi}>
          {t('rpjmd.outline.addMisi')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!canUndo}
          onClick={undoLast}
          aria-keyshortcuts="Control+Z"
        >
          {t('rpjmd.outline.undoButton')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!canRedo}
          onClick={redoLast}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {t('rpjmd.outline.redoButton')}
        </Button>
        <Text size="xs" c="dimmed" role="status" aria-live="polite">
          {announcement?.text}
        </Text>
      </Group>
    </Paper>
  );
});
