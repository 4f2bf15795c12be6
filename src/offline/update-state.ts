// Whether a service worker serves this app, and, once a new version waits, how to switch to it. Part
// of the first download; the registration that fills it in (start-offline.ts) loads after the first screen.
import { create } from 'zustand';

interface UpdateState {
  /** A worker is registered: from then on an update can arrive, so its live region is in the page. */
  registered: boolean;
  /** Switches to the waiting version; null while none waits. */
  reload: (() => void) | null;
}

export const useUpdateState = create<UpdateState>(() => ({ registered: false, reload: null }));
