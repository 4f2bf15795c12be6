// Shows the current toast in a polite live region, so "Deleted …" is announced without stealing focus.
import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useToast } from './toast-store';

const VISIBLE_MS = 10_000;

export function ToastRegion() {
  const toast = useToast((s) => s.toast);
  const dismiss = useToast((s) => s.dismissToast);
  const showToast = useToast((s) => s.showToast);
  const t = useMessages();
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!toast) return;
    // A toast the user is reaching for with the keyboard or pointer stays until they leave it.
    const timer = window.setInterval(() => {
      if (!region.current?.matches(':hover, :focus-within')) dismiss(toast.id);
    }, VISIBLE_MS);
    return () => window.clearInterval(timer);
  }, [toast, dismiss]);

  return (
    <div className="toast-region" role="status" ref={region}>
      {toast && (
        <div className="toast">
          <span className="toast__message">{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                toast.undo?.();
                showToast(t.toast.undone);
              }}
            >
              {t.toast.undo}
            </button>
          )}
          <button type="button" className="button button--icon" aria-label={t.toast.dismiss} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
