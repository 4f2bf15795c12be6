// The frame around every screen but print: header with language switch, area navigation, main.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGE_TAGS } from '../i18n/messages';
import { useMessages, usePlanAreas } from '../i18n/use-messages';
import { useWorkbook } from '../store/use-workbook';
import { StorageAlerts } from './StorageAlerts';
import { LOCALES, type Locale } from '../workbook/model';
import { PlanSwitcher } from '../plans/PlanSwitcher';
import { ReadOnlyBanner } from '../plans/ReadOnlyBanner';
import { PrintOnDemand } from '../print/PrintOnDemand';
import { HistoryButtons } from './HistoryButtons';
import { ShortcutsButton } from './KeyboardDialogs';
import { SearchBox } from './SearchBox';
import { LinkProblem, SyncStatus, useSharedRole } from '../sharing/SyncStatus';
import { switchLanguage } from './switch-language';

export function WorkbookShell({ children }: { children: ReactNode }) {
  const t = useMessages();
  const areas = usePlanAreas();
  const readOnly = useWorkbook((s) => s.readOnlyCopy !== null);
  const viewOnly = useSharedRole() === 'view';
  return (
    <>
      <PrintOnDemand />
      <div className="shell">
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="app-header">
          <Link to="/" className="app-header__brand">
            {t.appName}
          </Link>
          <SearchBox />
          <div className="app-header__tools">
            <SyncStatus />
            <HistoryButtons />
            <ShortcutsButton />
            <PlanSwitcher />
            <LanguageSwitch />
            <Link to="/print" className="button">
              {t.nav.print}
            </Link>
          </div>
        </header>
        <div className="shell__body">
          <nav className="area-nav" aria-label={t.nav.label}>
            <ol>
              <li>
                <Link to="/" className="area-nav__link" activeOptions={{ exact: true }}>
                  {t.nav.dashboard}
                </Link>
              </li>
              {areas.map(({ id: areaId, name }, index) => (
                <li key={areaId}>
                  <Link to="/areas/$areaId" params={{ areaId }} className="area-nav__link">
                    <span className="area-nav__number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {name}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <main id="main" className="shell__main" tabIndex={-1}>
            <StorageAlerts />
            <ReadOnlyBanner />
            <LinkProblem />
            {/* A read-only copy or a view-only shared plan: every control in the screens is disabled at once, links still work. */}
            {readOnly || viewOnly ? (
              <fieldset disabled className="view-only">
                {children}
              </fieldset>
            ) : (
              children
            )}
          </main>
        </div>
      </div>
    </>
  );
}

function LanguageSwitch() {
  const t = useMessages();
  const locale = useWorkbook((s) => s.locale);
  const id = useId();
  return (
    <div className="header-select">
      <label htmlFor={id}>{t.language}</label>
      <select id={id} value={locale} onChange={(event) => void switchLanguage(event.currentTarget.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={LANGUAGE_TAGS[option]}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
