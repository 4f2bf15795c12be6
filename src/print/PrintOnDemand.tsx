// The browser's own Print from any screen prints the whole plan, not the screen in front of it.
import { type ComponentType, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../ui/when-idle';
import type { DocumentOptions } from './PrintDocument';

type DocumentComponent = ComponentType<{ options: DocumentOptions }>;

export function PrintOnDemand() {
  const [loaded, setLoaded] = useState<{ Document: DocumentComponent; options: DocumentOptions } | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    // Loaded when the browser is idle, so it is ready before anyone reaches for Ctrl+P.
    const load = () =>
      void import('./PrintDocument').then((module) =>
        setLoaded({ Document: module.PrintDocument, options: module.DEFAULT_DOCUMENT_OPTIONS }),
      );
    const cancelLoad = whenIdle(load, { fallbackDelay: 500 });
    // beforeprint runs before the browser lays out the page for paper; flushSync puts the document in first.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      cancelLoad();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  if (!printing || !loaded) return null;
  return (
    <div className="print-on-demand">
      <loaded.Document options={loaded.options} />
    </div>
  );
}
