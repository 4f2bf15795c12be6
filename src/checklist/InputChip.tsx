// An item's owner or due date: a chip until it is pressed, then the text or date field itself.
import { useId, useState } from 'react';
import { inList } from '../workbook/shown-text';
import { useCloseOnce, useFieldChip, useFocusOnMount } from './field-chip';

interface InputChipProps {
  /** The field's name for this item, e.g. "Owner: Cash flow". */
  label: string;
  /** Joins the field's name and what the chip shows into the chip's name, e.g. "Owner: Cash flow, Ana". */
  nameWithValue: (label: string, shown: string) => string;
  type: 'text' | 'date';
  value: string;
  /** The value as a person reads it (a date in their language). */
  shown: string;
  /** What the chip shows when the value is empty: "No owner". */
  none: string;
  /** Each change is kept as it is made, like any other field. */
  onChange: (value: string) => void;
  /** With the field's last value as it closes (an owner is trimmed then). */
  onClose?: (value: string) => void;
  className: string;
  /** Read when the field opens: what its list offers as you type (other items' owners). */
  suggestions?: () => readonly string[];
  placeholder?: string;
  max?: string;
  /** -1 while the checklist's roving Tab stop is elsewhere (see list-keys.ts). */
  tabIndex?: number;
}

export function InputChip({ label, nameWithValue, shown, none, type, className, onClose, tabIndex, ...field }: InputChipProps) {
  const chip = useFieldChip();
  if (chip.open) {
    return (
      <ChipInput
        {...field}
        label={label}
        type={type}
        className={className}
        withPicker={chip.withPicker}
        onClose={(value, keepFocus) => {
          onClose?.(value);
          chip.closeField(keepFocus);
        }}
      />
    );
  }
  const text = field.value ? shown : none;
  return (
    <button
      ref={chip.chipRef}
      type="button"
      className={`chip-select chip-select--input ${className}`}
      aria-label={nameWithValue(label, text)}
      data-empty={!field.value || undefined}
      tabIndex={tabIndex}
      onClick={chip.openField}
    >
      {text}
    </button>
  );
}

interface ChipInputProps
  extends Pick<InputChipProps, 'label' | 'type' | 'value' | 'onChange' | 'className' | 'suggestions' | 'placeholder' | 'max'> {
  withPicker: boolean;
  onClose: (value: string, keepFocus: boolean) => void;
}

function ChipInput({ label, value, onChange, onClose, withPicker, suggestions, ...attributes }: ChipInputProps) {
  const focusOnMount = useFocusOnMount<HTMLInputElement>(withPicker);
  const close = useCloseOnce(onClose);
  // One list for the one field open, rather than one the whole area keeps up to date.
  const listId = useId();
  const [options] = useState(() => suggestions?.() ?? null);
  return (
    <>
      <input
        {...attributes}
        ref={focusOnMount}
        autoComplete="off"
        aria-label={label}
        list={options ? listId : undefined}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter and Escape also end an input method's composition (Chinese, for one): not the field.
          if (event.nativeEvent.isComposing) return;
          if (event.key !== 'Enter' && event.key !== 'Escape') return;
          // Otherwise the Enter would go on to press the chip that takes the focus back, opening it again.
          event.preventDefault();
          close(event.currentTarget.value, true);
        }}
        onBlur={(event) => close(event.currentTarget.value, false)}
      />
      {options && (
        <datalist id={listId}>
          {options.map((option) => (
            <SuggestedOption key={option} value={option} />
          ))}
        </datalist>
      )}
    </>
  );
}

/** Shown as in the area's owner filter; choosing it still gives the owner as it was typed. */
function SuggestedOption({ value }: { value: string }) {
  const label = inList(value);
  return <option value={value} label={label === value ? undefined : label} />;
}
