/**
 * The "Menyimpan… / Tersimpan" state: edits waiting for their debounce plus saves in flight,
 * and the last failure (cleared by the next successful save).
 */
import { useIsMutating } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

export const SAVE_KEY = ['save'] as const;

let waitingEdits = 0;
let failure: string | null = null;
const listeners = new Set<() => void>();
let snapshot: { waitingEdits: number; failure: string | null } = { waitingEdits, failure };

function emit() {
  snapshot = { waitingEdits, failure };
  for (const listener of listeners) listener();
}

export const saveTracker = {
  editStarted() {
    waitingEdits += 1;
    emit();
  },
  editSettled() {
    waitingEdits = Math.max(0, waitingEdits - 1);
    emit();
  },
  failed(message: string) {
    failure = message;
    emit();
  },
  succeeded() {
    if (failure !== null) {
      failure = null;
      emit();
    }
  },
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type SaveState = { state: 'saving' | 'saved' | 'failed'; failure: string | null };

export function useSaveState(): SaveState {
  const current = useSyncExternalStore(subscribe, () => snapshot);
  const inFlight = useIsMutating({ mutationKey: SAVE_KEY });
  if (current.waitingEdits > 0 || inFlight > 0)
    return { state: 'saving', failure: current.failure };
  return { state: current.failure ? 'failed' : 'saved', failure: current.failure };
}
