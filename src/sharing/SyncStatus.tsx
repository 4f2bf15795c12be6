// The header's word on the open shared plan: its connection, view only, and who else is in it; and the
// alert for a link that could not be opened. Nothing for a local plan. Free of Yjs.
import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../i18n/use-messages';
import { useWorkbook } from '../store/use-workbook';
import { selectWorkbook } from '../store/workbook-store';
import { useSharedPlans, useSyncStatus } from '../sync/shared-plans';
import { isAreaOf } from '../workbook/model';
import { areaName } from '../workbook/plan-areas';
import { shortened, withControlsShown } from '../workbook/shown-text';
import { ShareButton } from './ShareButton';

/** The shown plan's role when it is shared, else undefined. */
export function useSharedRole() {
  const id = useWorkbook((s) => s.activeWorkbookId);
  return useSharedPlans((s) => s.plans[id]?.role);
}

/**
 * A teammate's name as the header shows it: a name comes from another browser, which may send anything,
 * so hidden characters are written out (as for owners) and a very long one is cut short here and on screen.
 */
function shownName(name: string) {
  return shortened(withControlsShown(name), 80);
}

export function SyncStatus() {
  const t = useMessages();
  const plan = { guide: useWorkbook((s) => selectWorkbook(s).guide) };
  const role = useSharedRole();
  const state = useSyncStatus((s) => s.state);
  const peers = useSyncStatus(useShallow((s) => s.peers));
  if (!role) return null;
  const words =
    state === 'synced'
      ? t.sharing.synced
      : state === 'offline'
        ? t.sharing.offline
        : state === 'refused'
          ? t.sharing.refused
          : t.sharing.connecting;
  return (
    <div className="sync-status">
      <p role="status" className={`sync-status__state sync-status__state--${state ?? 'connecting'}`}>
        {words}
        {role === 'view' && <span className="sync-status__role">{t.sharing.viewOnly}</span>}
      </p>
      {peers.length > 0 && (
        <p className="sync-status__peers">
          {t.sharing.hereNow}:{' '}
          {peers.map((peer) => (
            <span key={peer.id} className="sync-status__peer">
              <bdi className="sync-status__name">{peer.name ? shownName(peer.name) : '?'}</bdi> (
              {peer.area && isAreaOf(plan, peer.area) ? areaName(plan, t.areaNames, peer.area) : t.sharing.onDashboard})
            </span>
          ))}
        </p>
      )}
      {role === 'view' && <ShareButton />}
    </div>
  );
}

/** A link that could not be opened; it changed nothing. */
export function LinkProblem() {
  const t = useMessages();
  const problem = useSyncStatus((s) => s.linkProblem);
  if (!problem) return null;
  return (
    <div className="alert" role="alert">
      <p className="alert__title">{problem === 'refused' ? t.sharing.refused : t.sharing.malformed}</p>
      <div className="alert__actions">
        <button type="button" className="button" onClick={() => useSyncStatus.setState({ linkProblem: null })}>
          {t.sharing.dismiss}
        </button>
      </div>
    </div>
  );
}
