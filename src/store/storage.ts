// The localStorage adapter: coalesced writes, unreadable data kept aside, full quota reported.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { STATE_VERSION } from '../workbook/persisted-state';
import type { FieldProblem } from '../workbook/schema-errors';
import { STORAGE_KEYS } from './storage-keys';

export { STORAGE_KEYS };

export type UnreadableReason =
  | { kind: 'not-json' }
  | { kind: 'wrong-shape'; detail: string; field?: FieldProblem }
  /** Set aside on an earlier visit; the reason was shown then. */
  | { kind: 'earlier' };

export type StorageFault =
  | {
      kind: 'unreadable';
      key: string;
      reason: UnreadableReason;
      savedAt: number;
      /** No room to copy it aside: it stays under the state key, so nothing is saved until it goes. */
      blocksSaving?: true;
    }
  /** `off`: the browser lets this page keep nothing (storage switched off), so trying again cannot help. */
  | { kind: 'unsaved'; off?: true }
  /** Another tab saved in a format only a newer version of the app reads: this tab no longer writes. */
  | { kind: 'newer-save'; version: number };

/** The part of the Web Storage API the adapter uses; tests pass an in-memory one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export interface AdapterOptions {
  /** Called with the faults as they change; the UI shows them as alerts. */
  onFaults: (faults: StorageFault[]) => void;
  /** Told of every change, runs the write later, once: a burst of changes (typing, ticking) costs one write. */
  schedule?: (write: () => void) => void;
  /** Turns the value into the stored text; JSON.stringify unless the caller knows a faster way. */
  serialize?: (value: StorageValue<unknown>) => string;
  now?: () => number;
}

export interface WorkbookStorage extends PersistStorage<unknown> {
  /** Reads at once: localStorage is synchronous, and a first visit should not wait a task to start. */
  getItem(name: string): StorageValue<unknown> | null;
  /** Writes the pending state now: on pagehide, on tab hide, or when the user asks to retry. */
  flush(): void;
  /**
   * Tries the save again now if the last one failed and could still work (storage full, not
   * switched off): called when the tab is shown or focused again, besides the adapter's own timer.
   */
  retryUnsaved(): void;
  /** Whether the last read found a saved state (false on a first visit or after setting data aside). */
  foundState(): boolean;
  /** Keeps the text under the state key aside as unreadable; used when it parses but fails validation. */
  setAsideUnreadable(reason: UnreadableReason): void;
  /** The user downloaded or discarded an unreadable copy: forget it. */
  discardUnreadable(key: string): void;
  readUnreadable(key: string): string | null;
  /**
   * Another tab saved with a newer version of the app (or this tab started on such a save): stop
   * writing for the rest of this page's life, since this version's format would replace that save.
   * What this tab holds stays in memory.
   */
  newerVersionSaved(version: number): void;
  faults(): StorageFault[];
}

/**
 * Stands in for localStorage where reading it throws (storage switched off): nothing is found, and
 * every write fails as a full quota does, so the user is told from the start that nothing is saved.
 * It never tries the real storage again: a plan saved there, never read by this page, would be
 * written over.
 */
export function unavailableStorage(): KeyValueStore {
  return {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('Storage is switched off.', 'SecurityError');
    },
    removeItem: () => {},
    length: 0,
    key: () => null,
  };
}

/**
 * Writes once changes pause (or every few seconds of steady typing), in an idle moment. Writing a
 * big plan takes a frame or more, so it must not land between two ticks of a user working down the
 * list; leaving or hiding the page writes at once (see use-workbook.ts).
 */
export function whenChangesPause(quietMs = 500, maxWaitMs = 3000): (write: () => void) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastChange = 0;
  let latestWrite: () => void = () => {};
  // One timer per burst, moved on when it fires early rather than reset on each change: this runs
  // on every keystroke and tick, where clearing and setting a timer each time was measurable.
  const fire = () => {
    const now = Date.now();
    const due = Math.min(lastChange + quietMs, firstChange + maxWaitMs);
    if (now < due) {
      timer = setTimeout(fire, due - now);
      return;
    }
    timer = undefined;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(latestWrite, { timeout: 500 });
    else latestWrite();
  };
  return (write) => {
    lastChange = Date.now();
    latestWrite = write;
    if (timer !== undefined) return;
    firstChange = lastChange;
    timer = setTimeout(fire, quietMs);
  };
}

function isEnvelope(value: unknown): value is { state: unknown; version: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'state' in value &&
    typeof (value as { version?: unknown }).version === 'number'
  );
}

/** The data version of a saved text that only a newer version of the app can read; undefined otherwise. */
export function newerVersionOf(text: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isEnvelope(parsed) && parsed.version > STATE_VERSION ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}

/** How often a save that failed (storage full) is tried again by itself, without a new change. */
export const RETRY_UNSAVED_MS = 2000;

export function createWorkbookStorage(backend: KeyValueStore, options: AdapterOptions): WorkbookStorage {
  const { onFaults, schedule = whenChangesPause(), now = Date.now, serialize = JSON.stringify } = options;
  let faults: StorageFault[] = [];
  let pending: { name: string; value: StorageValue<unknown> } | null = null;
  /** The raw text last read from the state key, so it can be set aside if validation fails later. */
  let lastRead: string | null = null;
  let found = false;
  /** While unreadable data could not be copied aside, the state key is never overwritten. */
  let blocked = false;
  /** Set for good once another tab saved with a newer version. */
  let newerSave = false;
  /**
   * The next try of a save that failed: storage frees up without the page hearing of it (another
   * tab or site clears some), and the alert promises the changes are saved once it works again,
   * which must not wait for the user's next change or for the page to be hidden.
   */
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setFaults = (next: StorageFault[]) => {
    faults = next;
    onFaults(faults);
  };

  // Unreadable copies left by an earlier visit stay on screen until the user deals with them.
  for (let i = 0; i < backend.length; i += 1) {
    const key = backend.key(i);
    if (key?.startsWith(STORAGE_KEYS.unreadable)) {
      faults.push({ kind: 'unreadable', key, reason: { kind: 'earlier' }, savedAt: Number(key.split('.').pop()) || 0 });
    }
  }
  if (faults.length) onFaults(faults);

  function setAside(raw: string, reason: UnreadableReason) {
    const savedAt = now();
    const key = `${STORAGE_KEYS.unreadable}.${savedAt}`;
    try {
      backend.setItem(key, raw);
    } catch {
      // No room even for the copy: leave the text where it is and stop writing over it.
      blocked = true;
      setFaults([...faults, { kind: 'unreadable', key: STORAGE_KEYS.state, reason, savedAt, blocksSaving: true }]);
      return;
    }
    // The copy is safe, so the state key can go: the next visit must not set the same text aside again.
    backend.removeItem(STORAGE_KEYS.state);
    const earlier = faults.filter((f) => f.kind !== 'unreadable' || f.key !== key);
    setFaults([...earlier, { kind: 'unreadable', key, reason, savedAt }]);
  }

  function markNewerSave(version: number) {
    if (newerSave) return;
    newerSave = true;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    // Nothing here is saved from now on, whatever storage does: the full-storage alert's promise
    // to save once storage works no longer holds, and this fault's alert says why.
    setFaults([...faults.filter((f) => f.kind !== 'unsaved'), { kind: 'newer-save', version }]);
  }

  function retryUnsaved() {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (faults.some((f) => f.kind === 'unsaved' && !f.off)) flush();
  }

  function flush() {
    if (!pending || blocked || newerSave) return;
    const { name, value } = pending;
    try {
      backend.setItem(name, serialize(value));
    } catch (error) {
      // QuotaExceededError or storage switched off: keep the state in memory and say so; the
      // next successful write saves everything, the changes made meanwhile included.
      const off = error instanceof DOMException && error.name === 'SecurityError';
      if (!faults.some((f) => f.kind === 'unsaved')) setFaults([...faults, off ? { kind: 'unsaved', off } : { kind: 'unsaved' }]);
      // Switched off never recovers, and trying again there would only fail again.
      if (!off && retryTimer === undefined) retryTimer = setTimeout(retryUnsaved, RETRY_UNSAVED_MS);
      return;
    }
    pending = null;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (faults.some((f) => f.kind === 'unsaved')) setFaults(faults.filter((f) => f.kind !== 'unsaved'));
  }

  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = backend.getItem(name);
      } catch {
        return null;
      }
      lastRead = raw;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(raw, { kind: 'not-json' });
        return null;
      }
      if (!isEnvelope(parsed) || !Number.isInteger(parsed.version) || parsed.version < 1) {
        setAside(raw, { kind: 'wrong-shape', detail: 'no state and version' });
        return null;
      }
      if (parsed.version > STATE_VERSION) {
        // A newer version's save, met by a tab of this version that started during an update. Moved
        // aside, it would leave this version's fresh plan under the state key for the newer version to
        // open; so it stays where it is, and this tab never writes, as when another tab saves it.
        markNewerSave(parsed.version);
        return null;
      }
      found = true;
      return parsed;
    },
    setItem(name, value) {
      pending = { name, value };
      schedule(flush);
    },
    removeItem(name) {
      backend.removeItem(name);
    },
    flush,
    retryUnsaved,
    setAsideUnreadable(reason) {
      found = false;
      if (lastRead !== null) setAside(lastRead, reason);
    },
    foundState: () => found,
    discardUnreadable(key) {
      if (key === STORAGE_KEYS.state) {
        blocked = false;
        // Gone first, so its room is free for the plan however the browser counts an overwrite.
        backend.removeItem(key);
        flush();
      } else {
        backend.removeItem(key);
      }
      setFaults(faults.filter((f) => !(f.kind === 'unreadable' && f.key === key)));
    },
    readUnreadable(key) {
      return backend.getItem(key);
    },
    newerVersionSaved: markNewerSave,
    faults: () => faults,
  };
}
