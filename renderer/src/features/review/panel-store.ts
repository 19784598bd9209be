/** Whether the review panel is open, shared by the header button and the step's comment strip. */
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

export function setReviewPanelOpen(value: boolean): void {
  open = value;
  listeners.forEach((listener) => listener());
}

export function useReviewPanelOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
