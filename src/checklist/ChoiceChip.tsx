// A field with a few fixed choices (an item's status or priority), shown as a chip until it is used.
import { useCloseOnce, useFieldChip, useFocusOnMount } from './field-chip';

export interface Choice<V extends string> {
  value: V;
  text: string;
}

interface ChoiceChipProps<V extends string> {
  /** The field's name for this item, e.g. "Status: Cash flow"; the chip adds the current choice. */
  label: string;
  /** Joins the field's name and the current choice into the chip's name, so a screen reader hears both. */
  nameWithChoice: (label: string, choice: string) => string;
  value: V;
  choices: readonly Choice<V>[];
  onChoose: (value: V) => void;
  /** Lets the stylesheet colour the chip and the list alike (data-status, data-priority). */
  data: Record<`data-${string}`, string | undefined>;
  /** -1 while the checklist's roving Tab stop is elsewhere (see list-keys.ts). */
  tabIndex?: number;
}

/**
 * A button showing the current choice that becomes a native `<select>`, with its picker open, when
 * pressed (see field-chip.ts). Choosing still happens in the browser's own list; leaving the list
 * turns it back into the chip.
 */
export function ChoiceChip<V extends string>({
  label,
  nameWithChoice,
  value,
  choices,
  onChoose,
  data,
  tabIndex,
}: ChoiceChipProps<V>) {
  // A select's list opens from the keyboard too: arrows then move through the choices.
  const chip = useFieldChip({ pickerFromKeyboard: true });

  if (chip.open) {
    return (
      <ChoiceList
        label={label}
        value={value}
        choices={choices}
        data={data}
        onClose={(chosen, keepFocus) => {
          if (chosen !== undefined) onChoose(chosen);
          chip.closeField(keepFocus);
        }}
      />
    );
  }

  const shown = choices.find((choice) => choice.value === value)?.text ?? value;
  return (
    <button
      ref={chip.chipRef}
      type="button"
      className="chip-select"
      aria-label={nameWithChoice(label, shown)}
      aria-haspopup="listbox"
      tabIndex={tabIndex}
      onClick={chip.openField}
      {...data}
    >
      {shown}
    </button>
  );
}

interface ChoiceListProps<V extends string> extends Pick<ChoiceChipProps<V>, 'label' | 'value' | 'choices' | 'data'> {
  /** `chosen` is undefined when the list closes without a choice; `keepFocus` when the chip should take it. */
  onClose: (chosen: V | undefined, keepFocus: boolean) => void;
}

function ChoiceList<V extends string>({ label, value, choices, data, onClose }: ChoiceListProps<V>) {
  const openOnMount = useFocusOnMount<HTMLSelectElement>(true);
  const close = useCloseOnce(onClose);

  return (
    <select
      ref={openOnMount}
      autoComplete="off"
      className="chip-select"
      aria-label={label}
      value={value}
      onChange={(event) => close(event.currentTarget.value as V, true)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close(undefined, true);
      }}
      onBlur={() => close(undefined, false)}
      {...data}
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.text}
        </option>
      ))}
    </select>
  );
}
