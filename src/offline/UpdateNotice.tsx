// "A new version is ready" with Reload: a polite status, never a reload by itself, so an update
// cannot take away what the user is typing.
import { useMessages } from '../i18n/use-messages';
import { useUpdateState } from './update-state';

export function UpdateNotice() {
  const t = useMessages();
  const registered = useUpdateState((s) => s.registered);
  const reload = useUpdateState((s) => s.reload);
  // The live region is in the page before its message, which screen readers need to read the message out.
  if (!registered) return null;
  return (
    <div className="update-notice" role="status">
      {reload && (
        <div className="update-notice__card">
          <span>{t.update.ready}</span>
          <button type="button" className="button button--primary" onClick={reload}>
            {t.update.reload}
          </button>
        </div>
      )}
    </div>
  );
}
