/**
 * Fields that save themselves: edits wait a moment (or until the field loses focus), then are
 * committed; the save indicator counts the wait. Nothing typed is lost on a quick switch:
 * a pending edit is committed when the field unmounts.
 */
import {
  Select,
  Textarea,
  TextInput,
  type SelectProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { saveTracker } from '../data/save-status';

const DELAY_MS = 450;

interface DraftOptions {
  commit: (text: string) => unknown;
  /** Returns an error message, or null when the text can be saved. */
  validate?: (text: string) => string | null;
}

export function useDraft(serverText: string, { commit, validate }: DraftOptions) {
  const [draft, setDraft] = useState(serverText);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [shownServerText, setShownServerText] = useState(serverText);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout> | null; text: string }>({
    timer: null,
    text: serverText,
  });
  const callbacks = useRef({ commit, validate });
  useLayoutEffect(() => {
    callbacks.current = { commit, validate };
  });

  // A newer saved value replaces the field's text unless the user is editing it.
  if (serverText !== shownServerText) {
    setShownServerText(serverText);
    if (!dirty) setDraft(serverText);
  }

  const flush = useCallback(() => {
    const p = pending.current;
    if (p.timer === null) return;
    clearTimeout(p.timer);
    p.timer = null;
    saveTracker.editSettled();
    const problem = callbacks.current.validate?.(p.text) ?? null;
    setError(problem);
    if (problem) return;
    setDirty(false);
    callbacks.current.commit(p.text);
  }, []);

  // Leaving the field's screen commits what was typed.
  useEffect(() => flush, [flush]);

  return {
    value: draft,
    error,
    onChange: (text: string) => {
      setDraft(text);
      setDirty(true);
      const p = pending.current;
      p.text = text;
      if (p.timer === null) saveTracker.editStarted();
      else clearTimeout(p.timer);
      p.timer = setTimeout(flush, DELAY_MS);
    },
    onBlur: flush,
  };
}

type Common = {
  value: string;
  onSave: (text: string) => unknown;
  validate?: (text: string) => string | null;
};

export function AutosaveTextInput({
  value,
  onSave,
  validate,
  ...props
}: Common & Omit<TextInputProps, 'value' | 'onChange'>) {
  const draft = useDraft(value, { commit: onSave, ...(validate ? { validate } : {}) });
  return (
    <TextInput
      {...props}
      value={draft.value}
      error={draft.error ?? props.error}
      onChange={(e) => draft.onChange(e.currentTarget.value)}
      onBlur={draft.onBlur}
    />
  );
}

export function AutosaveTextarea({
  value,
  onSave,
  validate,
  ...props
}: Common & Omit<TextareaProps, 'value' | 'onChange'>) {
  const draft = useDraft(value, { commit: onSave, ...(validate ? { validate } : {}) });
  return (
    <Textarea
      {...props}
      value={draft.value}
      error={draft.error ?? props.error}
      onChange={(e) => draft.onChange(e.currentTarget.value)}
      onBlur={draft.onBlur}
    />
  );
}

/** A select saves at once: there is nothing to wait for. */
export function AutosaveSelect({
  value,
  onSave,
  ...props
}: Omit<Common, 'validate'> & Omit<SelectProps, 'value' | 'onChange'>) {
  return <Select {...props} value={value} onChange={(next) => onSave(next ?? '')} />;
}
