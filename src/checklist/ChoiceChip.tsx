// A field with a few fixed choices (an item's status or priority), shown as a chip until it is used.
import { useCallback, useRef, useState } from 'react';

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
}

/**
 * A button showing the current choice that becomes a native `<select>`, with its picker open, when
 * pressed. A 500-item area would otherwise hold 1,000 selects, and each one Chromium inserts costs a
 * forced style and layout: leaving one long area for another took 93 ms (median) with selects and
 * 65 ms without. Choosing still happens in the browser's own list, with its keyboard and screen reader
 * support; leaving the list turns it back into the chip.
 */
export function ChoiceChip<V extends string>({ label, nameWithChoice, value, choices, onChoose, data }: ChoiceChipProps<V>) {
  const [choosing, setChoosing] = useState(false);
  // Set when the list closes by a choice or Escape, so the chip that replaces it takes the focus back.
  const refocus = useRef(false);

  if (choosing) {
    return (
      <ChoiceList
        label={label}
        value={value}
        choices={choices}
        data={data}
        onClose={(chosen, keepFocus) => {
          if (chosen !== undefined) onChoose(chosen);
          refocus.current = keepFocus;
          setChoosing(false);
        }}
      />
    );
  }

  const shown = choices.find((choice) => choice.value === value)?.text ?? value;
  return (
    <button
      // A ref callback rather than an effect: 1,000 chips in a long area then cost no effect each.
      ref={(chip) => {
        if (chip && refocus.current) {
          refocus.current = false;
          chip.focus();
        }
      }}
      type="button"
      className="chip-select"
      aria-label={nameWithChoice(label, shown)}
      aria-haspopup="listbox"
      onClick={() => setChoosing(true)}
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
  const closing = useRef(false);
  // Stable, so a re-render while open (a change from another tab) does not reopen the picker.
  const openOnMount = useCallback((select: HTMLSelectElement | null) => {
    if (!select) return;
    select.focus();
    try {
      select.showPicker();
    } catch {
      // Without a user gesture (or support), the focused select still opens from the keyboard.
    }
  }, []);
  const close = (chosen: V | undefined, keepFocus: boolean) => {
    if (closing.current) return;
    // Its removal may blur the select; that blur must not close it a second time.
    closing.current = true;
    onClose(chosen, keepFocus);
  };

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
