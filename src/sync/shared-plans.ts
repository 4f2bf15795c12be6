// Which of this browser's plans are shared, and how: kept in a localStorage key of its own beside the
// plans, so a plan's saved shape (and its migrations) is the same shared or not. Free of Yjs.
import { create } from 'zustand';
import { storedSetting } from '../store/stored-setting';
import type { ShareLink } from './share-link';

export type SharingRole = 'edit' | 'view';

export interface Sharing extends ShareLink {
  role: SharingRole;
}

export const SHARING_KEYS = {
  /** Workbook id → its Sharing. */
  plans: 'ai-startup-workbook.shared-plans',
  /** The sync server last used, prefilled next time. */
  server: 'ai-startup-workbook.sync-server',
  /** "Your name", shown to teammates. */
  name: 'ai-startup-workbook.sync-name',
  /** Prefix of the IndexedDB database that keeps each shared plan's document offline. */
  doc: 'ai-startup-workbook.shared-doc.',
} as const;

/** The sync server last used, prefilled next time; "Your name", shown to teammates; the shared plans. */
export const syncServerSetting = storedSetting(SHARING_KEYS.server);
export const yourNameSetting = storedSetting(SHARING_KEYS.name);
const plansSetting = storedSetting(SHARING_KEYS.plans);

function readPlans(): Record<string, Sharing> {
  try {
    const parsed: unknown = JSON.parse(plansSetting.read() ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, Sharing>) : {};
  } catch {
    return {};
  }
}

interface SharedPlansState {
  plans: Record<string, Sharing>;
}

/** The shared plans of this browser, as a store so the screens follow a plan becoming shared or not. */
export const useSharedPlans = create<SharedPlansState>()(() => ({ plans: readPlans() }));

// Another tab shared a plan, opened a link or stopped sharing.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === SHARING_KEYS.plans) useSharedPlans.setState({ plans: readPlans() });
  });

export function setSharing(workbookId: string, sharing: Sharing | null) {
  const plans = { ...useSharedPlans.getState().plans };
  if (sharing) plans[workbookId] = sharing;
  else delete plans[workbookId];
  plansSetting.write(JSON.stringify(plans));
  useSharedPlans.setState({ plans });
}

/** The workbook id this browser gives the plan of a document: the same in every tab, so a link opened twice opens one plan. */
export const sharedWorkbookId = (documentName: string) => `shared-${documentName}`;

export type SyncState = 'connecting' | 'synced' | 'offline' | 'refused';

interface SyncStatus {
  state: SyncState | null;
  /** Teammates in the plan now: their names and the area they have open (null on another screen). */
  peers: { id: number; name: string; area: string | null }[];
  /** The workbook bound to its document in this tab, which Yjs merges rather than the tab sync. */
  bound: string | null;
  /** A link that could not be opened, to say so. */
  linkProblem: 'malformed' | 'refused' | null;
}

/** The open shared plan's connection, for the header; nothing while a local plan is open. */
export const useSyncStatus = create<SyncStatus>()(() => ({ state: null, peers: [], bound: null, linkProblem: null }));
