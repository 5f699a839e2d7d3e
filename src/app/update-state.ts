import { useSyncExternalStore } from 'react';

/** Set by register-sw.ts when a newer build is waiting: what the reader's "Reload" does. */
let reload: (() => void) | null = null;
const listeners = new Set<() => void>();

export function setUpdateWaiting(action: () => void): void {
  reload = action;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useUpdateWaiting = (): (() => void) | null =>
  useSyncExternalStore(
    subscribe,
    () => reload,
    () => null,
  );
