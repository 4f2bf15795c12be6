// The header's search box: Enter shows results; "/" anywhere outside a text field jumps to it.
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { isSingleKeyShortcut } from '../ui/single-key-setting';

export function SearchBox() {
  const t = useMessages();
  const navigate = useNavigate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const onSearchPage = useRouterState({ select: (s) => s.location.pathname === '/search' });
  const currentQuery = useRouterState({
    select: (s) => (s.location.pathname === '/search' ? String(s.location.search.q ?? '') : ''),
  });
  const [query, setQuery] = useState(currentQuery);

  useEffect(() => setQuery(currentQuery), [currentQuery]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || !isSingleKeyShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    // role="search" rather than <search>: the landmark every screen reader already announces.
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate({ to: '/search', search: { q: query } });
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t.search.label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        value={query}
        placeholder={t.search.placeholder}
        aria-keyshortcuts="/"
        onChange={(event) => {
          const next = event.currentTarget.value;
          setQuery(next);
          // On the results page the list follows the typing; elsewhere Enter opens it.
          if (onSearchPage) void navigate({ to: '/search', search: { q: next }, replace: true });
        }}
      />
    </form>
  );
}
