// `/print` on screen: print options and the Print button above the document itself.
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useMessages, useWorkbookName } from '../i18n/use-messages';
import { StorageAlerts } from '../shell/StorageAlerts';
import { useDocumentTitle } from '../ui/use-document-title';
import { type DocumentOptions, PrintDocument } from './PrintDocument';

export type PrintOptions = DocumentOptions;

interface PrintScreenProps {
  options: PrintOptions;
  onOptionsChange: (options: PrintOptions) => void;
}

export function PrintScreen({ options, onOptionsChange }: PrintScreenProps) {
  const t = useMessages();
  const name = useWorkbookName();
  const paperId = useId();
  useDocumentTitle(name);
  const set = (patch: Partial<PrintOptions>) => onOptionsChange({ ...options, ...patch });

  return (
    <div className="print-page">
      <header className="print-toolbar no-print">
        <Link to="/" className="button">
          ← {t.print.back}
        </Link>
        <fieldset className="print-options">
          <legend className="visually-hidden">{t.print.options}</legend>
          <label>
            <input type="checkbox" checked={options.done} onChange={(e) => set({ done: e.currentTarget.checked })} />
            {t.print.includeDone}
          </label>
          <label>
            <input type="checkbox" checked={options.notes} onChange={(e) => set({ notes: e.currentTarget.checked })} />
            {t.print.includeNotes}
          </label>
          <label>
            <input type="checkbox" checked={options.details} onChange={(e) => set({ details: e.currentTarget.checked })} />
            {t.print.includeDetails}
          </label>
          <label>
            <input type="checkbox" checked={options.guidance} onChange={(e) => set({ guidance: e.currentTarget.checked })} />
            {t.guidance.includeGuidance}
          </label>
          <label htmlFor={paperId}>{t.print.paper}</label>
          <select
            id={paperId}
            value={options.paper}
            onChange={(e) => set({ paper: e.currentTarget.value === 'letter' ? 'letter' : 'a4' })}
          >
            <option value="a4">{t.print.a4}</option>
            <option value="letter">{t.print.letter}</option>
          </select>
        </fieldset>
        <div className="print-toolbar__print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t.print.print}
          </button>
          <p className="print-toolbar__hint">{t.print.hint}</p>
        </div>
      </header>

      <main id="main" className="print-main">
        <StorageAlerts />
        <PrintDocument options={options} />
      </main>
    </div>
  );
}
