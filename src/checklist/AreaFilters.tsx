// The area's filters (status, owner, overdue); their values live in the address, so a view can be bookmarked.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { STATUSES, type Status } from '../workbook/model';
import { type AreaFilter, hasFilter } from '../workbook/filters';
import { inList, withControlsShown } from '../workbook/shown-text';
import { createOwnerSuggestions } from './owner-suggestions';

interface AreaFiltersProps {
  filter: AreaFilter;
  onChange: (filter: AreaFilter) => void;
}

export function AreaFilters({ filter, onChange }: AreaFiltersProps) {
  const t = useMessages();
  const [suggestOwners] = useState(createOwnerSuggestions);
  const owners = useWorkbook(useShallow((s) => suggestOwners(selectWorkbook(s))));
  const set = (patch: AreaFilter) => {
    const next = { ...filter, ...patch };
    onChange(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined && value !== false)));
  };
  // An owner in the address who no longer owns anything still shows, so the filter stays visible.
  const ownerOptions = filter.owner && !owners.includes(filter.owner) ? [...owners, filter.owner] : owners;

  return (
    <fieldset className="filters">
      <legend className="filters__legend">{t.filter.label}</legend>
      <label className="filters__field">
        <span>{t.filter.status}</span>
        <select
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.currentTarget.value || undefined) as Status | undefined })}
        >
          <option value="">{t.filter.anyStatus}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t.tracking.statuses[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span>{t.filter.owner}</span>
        <select value={filter.owner ?? ''} onChange={(e) => set({ owner: e.currentTarget.value || undefined })}>
          <option value="">{t.filter.anyOwner}</option>
          {ownerOptions.map((owner) => (
            <OwnerOption key={owner} owner={owner} />
          ))}
        </select>
      </label>
      <label className="filters__check">
        <input
          type="checkbox"
          checked={filter.overdue === true}
          onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })}
        />
        {t.filter.overdue}
      </label>
      {hasFilter(filter) && (
        <button type="button" className="button button--quiet" onClick={() => onChange({})}>
          {t.filter.clear}
        </button>
      )}
    </fieldset>
  );
}

/** The whole owner stays in the option's name when what it shows is cut short. */
function OwnerOption({ owner }: { owner: string }) {
  const label = inList(owner);
  const name = withControlsShown(owner);
  return (
    <option value={owner} aria-label={label === name ? undefined : name}>
      {label}
    </option>
  );
}
