// What a screen shows when its code or words could not be downloaded (offline after an update, say):
// the reason and a way to try again, with the rest of the app still there.
import { Link, useRouter } from '@tanstack/react-router';
import { useStartMessages } from '../i18n/use-messages';
import { useDocumentTitle } from './use-document-title';

export function RouteError() {
  const t = useStartMessages();
  const router = useRouter();
  useDocumentTitle(`${t.pageUnavailable} · ${t.appName}`);
  return (
    <div className="not-found" role="alert">
      <h1>{t.pageUnavailable}</h1>
      <p>{t.partUnavailable}</p>
      <p className="route-error__actions">
        {/* Runs the route's loaders again and clears this error once they succeed. */}
        <button type="button" className="button button--primary" onClick={() => router.invalidate()}>
          {t.tryAgain}
        </button>
        <Link to="/" className="button">
          {t.notFound.home}
        </Link>
      </p>
    </div>
  );
}
