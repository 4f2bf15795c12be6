// "Share with team" on the dashboard. Only the button loads with the dashboard; the dialog, Yjs and the
// provider load when it is pressed.
import { lazy, Suspense, useState } from 'react';
import { useMessages } from '../i18n/use-messages';

const ShareDialog = lazy(() => import('./ShareDialog'));

export function ShareButton() {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t.sharing.share}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
