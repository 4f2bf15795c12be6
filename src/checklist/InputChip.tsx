// An item's owner or due date: a chip until it is pressed, then the text or date field itself.
import { useCloseOnce, useFieldChip, useFocusOnMount } from './field-chip';

interface InputChipProps {
  /** The field's name for this item, e.g. "Owner: Cash flow". */
  label: string;
  /** The chip's name: the field's name and what it holds, e.g. "Owner: Cash flow, Ana". */
  chipLabel: string;
  /** What the chip shows: the value as a person reads it, or the word for none. */
  shown: string;
  empty: boolean;
  type: 'text' | 'date';
  value: string;
  /** Each change is kept as it is made, like any other field. */
  onChange: (value: string) => void;
  /** With the field's last value as it closes (an owner is trimmed then). */
  onClose?: (value: string) => void;
  className: string;
  list?: string;
  placeholder?: string;
  max?: string;
}

export function InputChip({ label, chipLabel, shown, empty, type, className, onClose, ...field }: InputChipProps) {
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
  return (
    <button
      ref={chip.chipRef}
      type="button"
      className={`chip-select chip-select--input ${className}`}
      aria-label={chipLabel}
      data-empty={empty || undefined}
      onClick={chip.openField}
    >
      {shown}
    </button>
  );
}

interface ChipInputProps
  extends Pick<InputChipProps, 'label' | 'type' | 'value' | 'onChange' | 'className' | 'list' | 'placeholder' | 'max'> {
  withPicker: boolean;
  onClose: (value: string, keepFocus: boolean) => void;
}

function ChipInput({ label, value, onChange, onClose, withPicker, ...attributes }: ChipInputProps) {
  const focusOnMount = useFocusOnMount<HTMLInputElement>(withPicker);
  const close = useCloseOnce(onClose);
  return (
    <input
      {...attributes}
      ref={focusOnMount}
      autoComplete="off"
      aria-label={label}
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
  );
}
