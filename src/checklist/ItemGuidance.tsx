// An item's "done when" criteria, first steps and sources: a count in the row, and a disclosure with the rest.
import { type KeyboardEvent, useId, useState } from 'react';
import { formatDay } from '../i18n/format-day';
import { useMessages } from '../i18n/use-messages';
import { useSharedRole } from '../sharing/SyncStatus';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { GuidanceLoadFailed } from '../ui/GuidanceLoadFailed';
import { SourceLine } from '../ui/SourceLine';
import { useToast } from '../ui/toast-store';
import { guidanceOf, useGuidance } from '../ui/use-guidance';
import type { Item, Locale, OwnCriterion } from '../workbook/model';
import {
  addOwnCriterion,
  isBlankCriterion,
  putBackOwnCriterion,
  removeOwnCriterion,
  withCriterionMet,
} from '../workbook/criteria';
import { shortened } from '../workbook/shown-text';

const OWN_IDS = { newId: () => crypto.randomUUID() };

interface ItemGuidancePanelProps {
  item: Item;
  title: string;
  locale: Locale;
  tabIndex: number | undefined;
}

export function ItemGuidancePanel({ item, title, locale, tabIndex }: ItemGuidancePanelProps) {
  const messages = useMessages();
  const t = messages.guidance;
  const deleteWord = messages.area.deleteButton;
  const guidance = useGuidance(locale);
  const [opened, setOpen] = useState(false);
  // A read-only copy or a view-only shared plan disables every button, this toggle too; its criteria,
  // ticked or not, and its sources are what a reader came to see, so there they are shown open.
  const readOnly = useWorkbook((s) => s.readOnlyCopy !== null);
  const viewOnly = useSharedRole() === 'view';
  const open = opened || readOnly || viewOnly;
  const [draft, setDraft] = useState('');
  const [blank, setBlank] = useState(false);
  const panelId = useId();
  const errorId = useId();
  const { changeCriteria, toggleItem } = workbookStore.getState();
  const loaded = guidance && guidance !== 'failed' ? guidance : null;
  const fromGuide = item.templateKey && loaded ? guidanceOf(loaded, item.templateKey) : undefined;
  // A guide item's count waits for its guidance; until then the row shows no number rather than a wrong one.
  const waiting = item.templateKey !== null && !loaded;
  const criteria = [...(fromGuide?.criteria ?? []), ...item.criteria.own];
  const ownIds = new Set(item.criteria.own.map((criterion) => criterion.id));

  const remove = (criterion: OwnCriterion, row: HTMLElement | null) => {
    const index = item.criteria.own.findIndex((own) => own.id === criterion.id);
    const wasMet = item.criteria.met.includes(criterion.id);
    // The button goes with its criterion: the focus stays in the list, on the next tick box or the new criterion's field.
    const next = row?.nextElementSibling ?? row?.previousElementSibling;
    next?.querySelector<HTMLElement>('input')?.focus();
    changeCriteria(item.id, (now) => removeOwnCriterion(now, criterion.id));
    const text = shortened(criterion.text, 80);
    useToast
      .getState()
      .showToast(t.deletedCriterion(text), () =>
        changeCriteria(item.id, (now) => putBackOwnCriterion(now, criterion, index, wasMet)),
      );
  };
  const met = criteria.filter((criterion) => item.criteria.met.includes(criterion.id)).length;
  const allMet = !waiting && criteria.length > 0 && met === criteria.length && item.status !== 'done';
  const summary = waiting ? t.doneWhen : criteria.length === 0 ? t.noCriteria : t.criteriaMet(met, criteria.length);

  // The row's own keys (x ticks the item, Delete deletes it) are not meant for a criterion's tick box
  // or the new criterion's field; moving between rows (arrows, j, k) still works from here.
  const keepRowKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'x' || event.key === 'e' || event.key === 'Delete' || event.altKey) event.stopPropagation();
  };

  const add = () => {
    if (isBlankCriterion(draft)) {
      setBlank(true);
      return;
    }
    changeCriteria(item.id, (now) => addOwnCriterion(now, draft, OWN_IDS));
    setDraft('');
  };

  return (
    <div className="item__guidance">
      <div className="item__guidance-bar">
        <button
          type="button"
          className="button button--quiet item__guidance-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={`${summary} · ${t.criteriaOf(title)}`}
          tabIndex={tabIndex}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="item__guidance-arrow">
            {open ? '▾' : '▸'}
          </span>{' '}
          {summary}
        </button>
        {allMet && (
          <span className="item__guidance-suggest">
            {t.allMet}{' '}
            <button type="button" className="button button--quiet" tabIndex={tabIndex} onClick={() => toggleItem(item.id, true)}>
              {t.markDone}
            </button>
          </span>
        )}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only keeps the row's keys away from the controls inside. */}
      <div id={panelId} className="item__guidance-panel" hidden={!open} onKeyDown={keepRowKeys}>
        {open && guidance === null && item.templateKey && <p>{t.loading}</p>}
        {open && guidance === 'failed' && item.templateKey && <GuidanceLoadFailed tabIndex={tabIndex} />}
        {open && (
          <>
            <fieldset className="item__criteria">
              <legend>{t.doneWhen}</legend>
              {criteria.map((criterion) => (
                <div key={criterion.id} className="item__criterion-row">
                  <label className="item__criterion">
                    <input
                      type="checkbox"
                      autoComplete="off"
                      tabIndex={tabIndex}
                      checked={item.criteria.met.includes(criterion.id)}
                      onChange={(event) => {
                        const met = event.currentTarget.checked;
                        changeCriteria(item.id, (now) => withCriterionMet(now, criterion.id, met));
                      }}
                    />
                    <span>{criterion.text}</span>
                  </label>
                  {/* Only the user's own: a criterion typed wrong could otherwise never be taken back. */}
                  {ownIds.has(criterion.id) && (
                    <button
                      type="button"
                      className="button button--quiet button--danger-text"
                      aria-label={t.deleteCriterion(shortened(criterion.text, 80))}
                      tabIndex={tabIndex}
                      onClick={(event) => remove(criterion, event.currentTarget.parentElement)}
                    >
                      {deleteWord}
                    </button>
                  )}
                </div>
              ))}
              <form
                className="item__add-criterion"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  add();
                }}
              >
                <input
                  type="text"
                  autoComplete="off"
                  aria-label={t.newCriterion(title)}
                  value={draft}
                  tabIndex={tabIndex}
                  aria-invalid={blank || undefined}
                  aria-describedby={blank ? errorId : undefined}
                  onChange={(event) => {
                    setDraft(event.currentTarget.value);
                    setBlank(false);
                  }}
                />
                <button type="submit" className="button button--quiet" tabIndex={tabIndex}>
                  {t.addCriterion}
                </button>
              </form>
              {blank && (
                <p id={errorId} className="field__error" role="alert">
                  {t.blankCriterion}
                </p>
              )}
            </fieldset>
            {fromGuide && fromGuide.steps.length > 0 && (
              <>
                <p className="item__guidance-heading">{t.firstSteps}</p>
                <ul>
                  {fromGuide.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ul>
              </>
            )}
            {fromGuide && fromGuide.sources.length > 0 && loaded && (
              <>
                <p className="item__guidance-heading">{t.sources}</p>
                <ul className="item__sources">
                  {fromGuide.sources.map((source) => (
                    <li key={source.url + source.name}>
                      <SourceLine source={source} locale={locale} tabIndex={tabIndex} />
                    </li>
                  ))}
                </ul>
                <p className="item__as-of">{t.asOf(formatDay(loaded.asOf, locale))}</p>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
