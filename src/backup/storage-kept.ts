// Whether the browser has promised to keep this site's storage (navigator.storage.persisted()), shared
// by the Storage section and the request made after the first change (src/offline/).
import { create } from 'zustand';

/** null until the browser has answered. */
export const useStorageKept = create<{ kept: boolean | null }>(() => ({ kept: null }));

/** Asks the browser again; a browser without the Storage API (or outside a secure context) keeps nothing promised. */
export function refreshStorageKept(): Promise<boolean> {
  // Asked inside a promise: a throw instead of an answer (a stubbed or broken API) would otherwise
  // escape the dashboard's effect and take the whole screen down.
  return Promise.resolve()
    .then(() => navigator.storage?.persisted?.() ?? false)
    .then(
      (kept) => {
        useStorageKept.setState({ kept });
        return kept;
      },
      () => {
        useStorageKept.setState({ kept: false });
        return false;
      },
    );
}

/** Asks the browser to keep the plan (Firefox asks the user; Chromium decides by itself), unless it already does. */
export async function requestStorageKept(): Promise<void> {
  if (await refreshStorageKept()) return;
  try {
    useStorageKept.setState({ kept: (await navigator.storage?.persist?.()) ?? false });
  } catch {
    // An answer that failed is no promise: the section keeps saying the plan may be cleared.
  }
}
