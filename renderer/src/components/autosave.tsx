/**
 * Fields that save themselves: edits wait a moment (or until the field loses focus), then are
 * committed; the save indicator counts the wait. Nothing typed is lost on a quick switch:
 * a pending edit is committed when the field unmounts.
 */
import { Select, Textarea, TextInput, type SelectProps, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
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
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, commit, validate });
  latest.current = { draft, commit, validate };

  useEffect(() => {
    if (!dirty.current) setDraft(serverText);
  }, [serverText]);

  const flush = useRef(() => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    saveTracker.editSettled();
    const { draft: text, commit: save, validate: check } = latest.current;
    const problem = check?.(text) ?? null;
    setError(problem);
    if (problem) return;
    dirty.current = false;
    save(text);
  }).current;

  useEffect(() => flush, [flush]);

  return {
    value: draft,
    error,
    onChange: (text: string) => {
      setDraft(text);
      latest.current.draft = text;
      dirty.current = true;
      if (timer.current === null) saveTracker.editStarted();
      else clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    onBlur: flush,
  };
}

type Common = { value: string; onSave: (text: string) => unknown; validate?: (text: string) => string | null };

export function AutosaveTextInput({ value, onSave, validate, ...props }: Common & Omit<TextInputProps, 'value' | 'onChange'>) {
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

export function AutosaveTextarea({ value, onSave, validate, ...props }: Common & Omit<TextareaProps, 'value' | 'onChange'>) {
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
export function AutosaveSelect({ value, onSave, ...props }: Omit<Common, 'validate'> & Omit<SelectProps, 'value' | 'onChange'>) {
  return <Select {...props} value={value} onChange={(next) => onSave(next ?? '')} />;
}
