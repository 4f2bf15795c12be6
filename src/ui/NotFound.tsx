// What an unknown address shows: a plain explanation and the way back, never a crash.
import { Link } from '@tanstack/react-router';
import { useMessages } from '../i18n/use-messages';
import { useDocumentTitle } from './use-document-title';

export function NotFound() {
  const t = useMessages();
  useDocumentTitle(`${t.notFound.title} · ${t.appName}`);
  return (
    <div className="page-message">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t.notFound.home}
        </Link>
      </p>
    </div>
  );
}
