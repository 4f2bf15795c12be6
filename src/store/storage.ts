// The localStorage adapter: coalesced writes, unreadable data kept aside, full quota reported.
import { readSavedText } from '../workbook/migrations';
import { type PersistedState, STATE_VERSION } from '../workbook/persisted-state';
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
  /** Turns the state into the stored text; JSON.stringify unless the caller knows a faster way. */
  serialize?: (value: SavedValue) => string;
  now?: () => number;
  /** The key that holds the plan; tests give each store one of its own. */
  key?: string;
}

/** The stored text's shape: the state and the version of its format, for migrations. */
export interface SavedValue {
  state: PersistedState;
  version: number;
}

export interface WorkbookStorage {
  /**
   * The saved state, migrated and checked, or null: nothing saved, or saved text that does not pass,
   * which is set aside untouched with the reason (the store then starts a fresh plan). At once:
   * localStorage is synchronous, and a first visit should not wait a task to start.
   */
  read(): PersistedState | null;
  /** Keeps the state to be written once changes pause. */
  write(state: PersistedState): void;
  /** Writes the pending state now: on pagehide, on tab hide, or when the user asks to retry. */
  flush(): void;
  /**
   * Tries the save again now if the last one failed and could still work (storage full, not
   * switched off): called when the tab is shown or focused again, besides the adapter's own timer.
   */
  retryUnsaved(): void;
  /**
   * Whether `text` could replace what is saved now. navigator.storage.estimate() does not count
   * localStorage's own quota, so the room is measured: the growth over the saved text is written to a
   * scratch key, of the same characters (the browser may store some scripts more compactly than
   * others), and removed at once. Storage switched off saves nothing anyway, so it is not refused here.
   */
  hasRoomFor(text: string): boolean;
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

/** How often a save that failed (storage full) is tried again by itself, without a new change. */
export const RETRY_UNSAVED_MS = 2000;

export function createWorkbookStorage(backend: KeyValueStore, options: AdapterOptions): WorkbookStorage {
  const { onFaults, schedule = whenChangesPause(), now = Date.now, serialize = JSON.stringify } = options;
  const key = options.key ?? STORAGE_KEYS.state;
  let faults: StorageFault[] = [];
  let pending: PersistedState | null = null;
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
    const asideKey = `${STORAGE_KEYS.unreadable}.${savedAt}`;
    try {
      backend.setItem(asideKey, raw);
    } catch {
      // No room even for the copy: leave the text where it is and stop writing over it.
      blocked = true;
      setFaults([...faults, { kind: 'unreadable', key, reason, savedAt, blocksSaving: true }]);
      return;
    }
    // The copy is safe, so the state key can go: the next visit must not set the same text aside again.
    backend.removeItem(key);
    const earlier = faults.filter((f) => f.kind !== 'unreadable' || f.key !== asideKey);
    setFaults([...earlier, { kind: 'unreadable', key: asideKey, reason, savedAt }]);
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
    try {
      backend.setItem(key, serialize({ state: pending, version: STATE_VERSION }));
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
    read() {
      let raw: string | null;
      try {
        raw = backend.getItem(key);
      } catch {
        return null;
      }
      if (raw === null) return null;
      // Stored data is never trusted as typed: it goes through the same migrations and checks as imports.
      const saved = readSavedText(raw);
      if (saved.ok) return saved.state;
      if ('newerVersion' in saved) {
        // A newer version's save, met by a tab of this version that started during an update. Moved
        // aside, it would leave this version's fresh plan under the state key for the newer version to
        // open; so it stays where it is, and this tab never writes, as when another tab saves it.
        markNewerSave(saved.newerVersion);
      } else if ('notJson' in saved) {
        setAside(raw, { kind: 'not-json' });
      } else {
        setAside(raw, { kind: 'wrong-shape', detail: saved.problem, field: saved.field });
      }
      return null;
    },
    write(state) {
      pending = state;
      schedule(flush);
    },
    flush,
    retryUnsaved,
    hasRoomFor(text) {
      const scratchKey = `${key}.room-check`;
      let saved: string | null;
      try {
        saved = backend.getItem(key);
      } catch {
        return true;
      }
      const growth = text.length - (saved?.length ?? 0);
      if (growth <= 0) return true;
      try {
        backend.setItem(scratchKey, text.slice(0, growth));
        return true;
      } catch (error) {
        // Storage switched off refuses every write, however small; that is not a lack of room.
        return error instanceof DOMException && error.name === 'SecurityError';
      } finally {
        try {
          backend.removeItem(scratchKey);
        } catch {
          // Storage that cannot remove could not have written either.
        }
      }
    },
    discardUnreadable(faultKey) {
      // Gone first, so its room is free for the plan however the browser counts an overwrite.
      backend.removeItem(faultKey);
      if (faultKey === key) {
        blocked = false;
        flush();
      }
      setFaults(faults.filter((f) => !(f.kind === 'unreadable' && f.key === faultKey)));
    },
    readUnreadable: (faultKey) => backend.getItem(faultKey),
    newerVersionSaved: markNewerSave,
    faults: () => faults,
  };
}
