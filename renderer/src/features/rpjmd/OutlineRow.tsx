import { memo, useLayoutEffect, useRef } from 'react';
import type { RpjmdItemDto } from '../../../../shared/contract/rpjmd';
import { useDraft } from '../../components/autosave';

export interface RowActions {
  select(id: string): void;
  saveText(id: string, text: string): void;
  add(id: string, position: 'after' | 'child'): void;
  move(id: string, action: 'up' | 'down' | 'indent' | 'outdent'): void;
  remove(id: string, focusPrevious: boolean): void;
  focusNeighbour(id: string, delta: -1 | 1): void;
  focused(id: string): void;
}

interface Props {
  item: RpjmdItemDto;
  label: string;
  depth: number;
  shouldFocus: boolean;
  hasChildren: boolean;
  ariaLabel: string;
  actions: RowActions;
}

/**
 * One line of the outline. Keys follow Word's outline view: Enter adds a sibling, Ctrl+Enter a
 * child, Alt+Shift+→/← demote/promote, Alt+Shift+↑/↓ move, ↑/↓ at the text's edge go to the
 * neighbouring line, Ctrl+Delete (or Backspace on an empty line) deletes.
 */
export const OutlineRow = memo(function OutlineRow({
  item,
  label,
  depth,
  shouldFocus,
  hasChildren,
  ariaLabel,
  actions,
}: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const draft = useDraft(item.text, { commit: (text) => actions.saveText(item.id, text) });

  // Layout effect: the focus moves before the browser handles the next key.
  useLayoutEffect(() => {
    if (!shouldFocus || !ref.current) return;
    const el = ref.current;
    el.focus();
    requestAnimationFrame(() => el.setSelectionRange(el.value.length, el.value.length));
    actions.focused(item.id);
  }, [shouldFocus, actions, item.id]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      draft.onBlur();
      actions.add(item.id, e.ctrlKey || e.metaKey ? 'child' : 'after');
    } else if (e.altKey && e.shiftKey && e.key === 'ArrowRight') {
      e.preventDefault();
      actions.move(item.id, 'indent');
    } else if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') {
      e.preventDefault();
      actions.move(item.id, 'outdent');
    } else if (e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      actions.move(item.id, e.key === 'ArrowUp' ? 'up' : 'down');
    } else if (e.key === 'Delete' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      actions.remove(item.id, true);
    } else if (e.key === 'Backspace' && el.value === '' && !hasChildren) {
      e.preventDefault();
      actions.remove(item.id, true);
    } else if (
      e.key === 'ArrowUp' &&
      !e.altKey &&
      el.selectionStart === 0 &&
      el.selectionEnd === 0
    ) {
      e.preventDefault();
      actions.focusNeighbour(item.id, -1);
    } else if (
      e.key === 'ArrowDown' &&
      !e.altKey &&
      el.selectionStart === el.value.length &&
      el.selectionEnd === el.value.length
    ) {
      e.preventDefault();
      actions.focusNeighbour(item.id, 1);
    }
  };

  return (
    <li className="outline-row" style={{ paddingLeft: 6 + depth * 22 }}>
      <span className="outline-label" data-kind={item.kind} aria-hidden>
        {label}
      </span>
      <textarea
        ref={ref}
        rows={1}
        className="outline-text"
        data-kind={item.kind}
        data-item-id={item.id}
        aria-label={ariaLabel}
        value={draft.value}
        onChange={(e) => draft.onChange(e.currentTarget.value.replace(/\n/g, ' '))}
        onBlur={draft.onBlur}
        onFocus={(e) => {
          // What the text was on arrival: Ctrl+Z goes to the outline once it is back to it.
          e.currentTarget.dataset.focusValue = e.currentTarget.value;
          actions.select(item.id);
        }}
        onKeyDown={onKeyDown}
      />
    </li>
  );
});
