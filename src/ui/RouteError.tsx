// What a screen shows when its code or words could not be downloaded (offline after an update, say),
// or when it failed to show: the reason and a way to try again, inside the shell. The root route's
// error component, not the router's default one: that would wrap every route's match in its own
// error boundary, which made every area switch measurably slower (README, "Measured along the way").
import { Link } from '@tanstack/react-router';
// The router's test for a download that failed, in each browser's words (lazy route components reload on it).
import { isModuleNotFoundError } from '@tanstack/router-core';
import { useMessages } from '../i18n/use-messages';
import { useDocumentTitle } from './use-document-title';

export function RouteError({ error }: { error: unknown }) {
  const t = useMessages();
  useDocumentTitle(`${t.pageUnavailable} · ${t.appName}`);
  return (
    <div className="page-message" role="alert">
      <h1>{t.pageUnavailable}</h1>
      {/* The connection is worth checking only when a download failed; a fault in a screen gets no such advice. */}
      {isModuleNotFoundError(error) && <p>{t.partUnavailable}</p>}
      <p className="page-message__actions">
        {/* A reload, not just the route's loaders again: after a deploy has replaced the files this
            tab asked for, only a fresh page finds the new ones. Everything typed is saved first
            (pagehide flushes the pending write). */}
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t.tryAgain}
        </button>
        <Link to="/" className="button">
          {t.notFound.home}
        </Link>
      </p>
    </div>
  );
}
