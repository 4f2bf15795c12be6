// Connects the store's shared plans to their Yjs documents and the sync server. Loaded with import()
// only when a shared plan is open or being created, so a local plan's first visit never downloads Yjs.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { selectWorkbook, systemClock, type WorkbookStore } from '../store/workbook-store';
import type { ItemId, Workbook } from '../workbook/model';
import { blankWorkbook } from '../workbook/operations';
import { newSharedPlanKeys, roleOf, viewKeyFor } from './keys.js';
import { applyWorkbookChange, changedItemIds, planMaps, seedPlanDoc, workbookFromDoc } from './plan-doc';
import { parseShareFragment, type ShareLink, shareLinkUrl } from './share-link';
import {
  SHARING_KEYS,
  type Sharing,
  setSharing,
  sharedWorkbookId,
  useSharedPlans,
  syncServerSetting,
  useSyncStatus,
  yourNameSetting,
} from './shared-plans';

/** The origin of this browser's own changes to a document, as opposed to the server's and the offline copy's. */
export const LOCAL_ORIGIN = Symbol('local');

/** The offline copy of a shared plan's document: an IndexedDB database per document, named after it. */
const offlineCopyName = (documentName: string) => SHARING_KEYS.doc + documentName;

/** The area the person here has open, for teammates to see. */
function shownArea(): string | null {
  const match = /^\/areas\/([a-z][a-z0-9]*)$/.exec(window.location.pathname);
  return match?.[1] ?? null;
}

export const yourName = () => yourNameSetting.read() ?? '';

interface Binding {
  workbookId: string;
  destroy: () => void;
  updateArea: () => void;
}

/**
 * Ties one workbook to its document: the store's changes go into the document as this browser's, the
 * document's other changes come back into the store (only the items they touched), and the document is
 * kept in IndexedDB (y-indexeddb, which appends each change rather than rewriting the whole document),
 * so changes made offline survive a reload and merge when the server is back.
 */
function bind(store: WorkbookStore, workbookId: string, sharing: Sharing, seed: Workbook | null): Binding {
  const doc = new Y.Doc();
  if (seed) seedPlanDoc(doc, seed);

  const find = () => store.getState().workbooks.find((w) => w.id === workbookId);
  let shown = find();
  /**
   * Until the offline copy is read, the document lacks what this browser had: what the store shows is
   * kept (not replaced by a half-read document) and changes made meanwhile wait, to be written after
   * the copy, so they count as the newest.
   */
  let loaded = false;
  let changedBeforeLoad: Workbook | undefined;

  let receiving = false;
  const unsubscribe = store.subscribe((state) => {
    const next = state.workbooks.find((w) => w.id === workbookId);
    if (!next || next === shown) return;
    const before = shown;
    shown = next;
    if (receiving || !before) return;
    // A viewer's change (forced from devtools: no control offers one) would be refused by the server but
    // kept in this browser's copy, shown as "Synced" for good; the plan as the document has it is shown instead.
    if (sharing.role === 'view') {
      if (loaded) readIntoStore();
      return;
    }
    if (loaded) applyWorkbookChange(doc, before, next, LOCAL_ORIGIN);
    else changedBeforeLoad ??= before;
  });

  const { items } = planMaps(doc);
  let touched = new Set<ItemId>();
  items.observeDeep((events, transaction) => {
    if (transaction.origin !== LOCAL_ORIGIN) for (const id of changedItemIds(events)) touched.add(id);
  });
  /** Brings the document into the store; an empty document (nothing from the copy or the server yet) leaves the store's copy shown. */
  const readIntoStore = (only?: ReadonlySet<ItemId>) => {
    if (!shown || items.size === 0) return;
    const next = workbookFromDoc(doc, shown, only);
    if (next === shown) return;
    receiving = true;
    try {
      store.getState().putWorkbook(next);
    } finally {
      receiving = false;
    }
  };
  doc.on('afterTransaction', (transaction) => {
    if (!loaded || transaction.origin === LOCAL_ORIGIN || transaction.changed.size === 0) return;
    const only = touched;
    touched = new Set();
    readIntoStore(only);
  });

  const offlineCopy = new IndexeddbPersistence(offlineCopyName(sharing.documentName), doc);
  const afterLoad = () => {
    if (loaded) return;
    loaded = true;
    touched = new Set();
    const now = find();
    if (changedBeforeLoad && now) applyWorkbookChange(doc, changedBeforeLoad, now, LOCAL_ORIGIN);
    changedBeforeLoad = undefined;
    readIntoStore();
  };
  // Without IndexedDB (blocked, or a private window that refuses it) the plan still syncs, with no offline copy.
  offlineCopy.whenSynced.then(afterLoad, afterLoad);
  offlineCopy._db.catch(afterLoad);

  const status = useSyncStatus;
  status.setState({ state: 'connecting', peers: [], bound: workbookId });
  let lostConnection = false;
  // Retries at most every 5 s (the default backs off to 30 s), so a server back after a restart is found soon.
  const socket = new HocuspocusProviderWebsocket({ url: sharing.server, maxDelay: 5000 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: sharing.documentName,
    token: sharing.key,
    document: doc,
    onStatus: ({ status: connection }) => {
      if (status.getState().state === 'refused') return;
      if (connection === 'disconnected') lostConnection = true;
      if (connection !== 'connected') status.setState({ state: lostConnection ? 'offline' : 'connecting' });
    },
    onSynced: ({ state }) => {
      if (state) {
        lostConnection = false;
        status.setState({ state: 'synced' });
      }
    },
    onAuthenticationFailed: () => status.setState({ state: 'refused', linkProblem: 'refused' }),
    onAwarenessUpdate: ({ states }) => {
      const own = provider.awareness?.clientID;
      const peers: { id: number; name: string; area: string | null }[] = [];
      for (const state of states) {
        const { clientId, user } = state as { clientId: number; user?: { name?: unknown; area?: unknown } };
        if (clientId === own || !user || typeof user.name !== 'string') continue;
        peers.push({ id: clientId, name: user.name, area: typeof user.area === 'string' ? user.area : null });
      }
      status.setState({ peers });
    },
  });
  provider.attach();
  const updateArea = () => provider.setAwarenessField('user', { name: yourName(), area: shownArea() });
  updateArea();

  return {
    workbookId,
    updateArea,
    destroy: () => {
      unsubscribe();
      void offlineCopy.destroy();
      provider.destroy();
      socket.destroy();
      doc.destroy();
      status.setState({ state: null, peers: [], bound: null });
    },
  };
}

let current: Binding | null = null;
let watching = false;
/** The plan being shared right now, which its creator writes into the new document. */
let pendingSeed: Workbook | null = null;

/** Binds the shown workbook when it is shared, and unbinds when another is shown or it stops being shared. */
function follow(store: WorkbookStore) {
  const workbook = selectWorkbook(store.getState());
  const seed = pendingSeed?.id === workbook.id ? pendingSeed : null;
  pendingSeed = null;
  const sharing = useSharedPlans.getState().plans[workbook.id];
  if (current && (current.workbookId !== workbook.id || !sharing)) {
    current.destroy();
    current = null;
  }
  if (sharing && !current) current = bind(store, workbook.id, sharing, seed);
}

export function watchSharedPlans(store: WorkbookStore) {
  if (watching) return;
  watching = true;
  store.subscribe((state, previous) => {
    if (state.activeWorkbookId !== previous.activeWorkbookId) follow(store);
  });
  useSharedPlans.subscribe(() => follow(store));
  follow(store);
}

/** Tells teammates which area is open now (called when the route changes). */
export function showArea() {
  current?.updateArea();
}

export interface Links {
  invite: string | null;
  viewOnly: string;
}

const appBase = () => `${window.location.origin}/`;

/** The links of a shared plan: the invite link only for an editor. */
export async function linksFor(sharing: Sharing): Promise<Links> {
  const viewKey = sharing.role === 'edit' ? await viewKeyFor(sharing.key) : sharing.key;
  const link = (key: string): ShareLink => ({ server: sharing.server, documentName: sharing.documentName, key });
  return {
    invite: sharing.role === 'edit' ? shareLinkUrl(appBase(), link(sharing.key)) : null,
    viewOnly: shareLinkUrl(appBase(), link(viewKey)),
  };
}

/** Turns the shown plan into a shared plan on `server`: a new document, seeded with it, and its links. */
export async function startSharing(store: WorkbookStore, server: string, name: string): Promise<Links> {
  syncServerSetting.write(server);
  yourNameSetting.write(name);
  const keys = await newSharedPlanKeys();
  const sharing: Sharing = { server, documentName: keys.documentName, key: keys.editKey, role: 'edit' };
  const workbook = selectWorkbook(store.getState());
  pendingSeed = workbook;
  setSharing(workbook.id, sharing);
  watchSharedPlans(store);
  return linksFor(sharing);
}

/** Disconnects the shown plan; the store keeps it as a local plan. */
export function stopSharing(store: WorkbookStore) {
  const workbook = selectWorkbook(store.getState());
  const sharing = useSharedPlans.getState().plans[workbook.id];
  setSharing(workbook.id, null);
  if (sharing) void clearDocument(offlineCopyName(sharing.documentName));
}

/** A plan that is waiting for its document: no items until the server (or the offline copy) brings them. */
const emptyWorkbook = (id: string): Workbook => ({ ...blankWorkbook(systemClock), id });

/**
 * Opens the link in the address's fragment: adds its plan to this browser and shows it, or shows the plan
 * it already added. A malformed or refused link changes nothing and says so. The fragment is then removed,
 * so the key does not stay in the address bar or the history.
 */
export async function openLink(store: WorkbookStore, hash: string) {
  const parsed = parseShareFragment(hash);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  if (!parsed) return;
  if (!parsed.ok) {
    useSyncStatus.setState({ linkProblem: 'malformed' });
    watchSharedPlans(store);
    return;
  }
  const { link } = parsed;
  const role = await roleOf(link.documentName, link.key);
  if (!role) {
    useSyncStatus.setState({ linkProblem: 'refused' });
    watchSharedPlans(store);
    return;
  }
  useSyncStatus.setState({ linkProblem: null });
  const plans = useSharedPlans.getState().plans;
  const knownId = Object.keys(plans).find((id) => plans[id]?.documentName === link.documentName);
  const existing = knownId ? store.getState().workbooks.find((w) => w.id === knownId) : undefined;
  const id = existing?.id ?? sharedWorkbookId(link.documentName);
  const sharing: Sharing = { ...link, role };
  const known = plans[id];
  // An edit link opened where the view link was opened before makes this browser an editor; a view link
  // opened where the edit link was (the sharer checking what teammates see) keeps the edit key, which is
  // kept nowhere else.
  const keepsEditKey = known?.role === 'edit' && role === 'view' && known.documentName === link.documentName;
  if (!keepsEditKey && (!existing || known?.role !== role || known?.key !== link.key)) setSharing(id, sharing);
  store.getState().putWorkbook(existing ?? store.getState().workbooks.find((w) => w.id === id) ?? emptyWorkbook(id), true);
  watchSharedPlans(store);
}
