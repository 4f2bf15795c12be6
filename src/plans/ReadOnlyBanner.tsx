// Above every screen while a plan from a read-only link is shown: what it is, and how to keep it;
// or why a link in the address could not be opened.
import { useMessages, useTemplate } from '../i18n/use-messages';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { planName } from '../workbook/guide';
import { usePlanLinkProblem } from './read-only-link';

export function ReadOnlyBanner() {
  const t = useMessages();
  const template = useTemplate();
  const copy = useWorkbook((s) => s.readOnlyCopy);
  const problem = usePlanLinkProblem((s) => s.problem);
  const alert = problem && (
    <div className="alert" role="alert">
      <p className="alert__title">{t.readOnly.problemTitle}</p>
      <p>{t.readOnly.problems[problem]}</p>
      <button type="button" className="button" onClick={() => usePlanLinkProblem.setState({ problem: null })}>
        {t.readOnly.dismiss}
      </button>
    </div>
  );
  if (!copy) return alert || null;
  const { saveReadOnlyCopy, closeReadOnlyCopy } = workbookStore.getState();
  return (
    <>
      {alert}
      <section className="read-only-banner" aria-label={t.readOnly.title}>
        <p>
          <strong>{t.readOnly.title}</strong> {t.readOnly.explain}
        </p>
        <div className="read-only-banner__actions">
          <button type="button" className="button button--primary" onClick={() => saveReadOnlyCopy(planName(copy, template))}>
            {t.readOnly.save}
          </button>
          <button type="button" className="button" onClick={closeReadOnlyCopy}>
            {t.readOnly.close}
          </button>
        </div>
      </section>
    </>
  );
}
