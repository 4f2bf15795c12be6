// What went wrong with storage, for the alerts; UI state, never persisted.
import { create } from 'zustand';
import type { StorageFault } from './storage';

export const useStorageFaults = create<{ faults: StorageFault[] }>()(() => ({ faults: [] }));
