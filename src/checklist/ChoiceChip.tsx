// A field with a few fixed choices (an item's status or priority), shown as a chip until it is used.
import { useLayoutEffect, useRef, useState } from 'react';

export interface Choice<V extends string> {
  value: V;
  text: string;
}

interface ChoiceChipProps<V extends string> {
  /** The field's name for this item, e.g. "Status: Cash flow"; the chip adds the current choice. */
  label: string;
  /** The chip's name: the field and its current choice, so a screen reader hears both. */
  chipLabel: string;
  value: V;
  choices: readonly Choice<V>[];
  onChoose: (value: V) => void;
  /** Lets the stylesheet colour the chip and the list alike (data-status, data-priority). */
  data: Record<`data-${string}`, string | undefined>;
}

/**
 * A button showing the current choice that becomes a native `<select>`, with its picker open, when
 * pressed. A 500-item area would otherwise hold 1,000 selects, and each one Chromium inserts or
 * updates costs a forced style and layout: rows took about 8 ms longer to tick and areas 30 ms longer
 * to open. Choosing still happens in the browser's own list, with its keyboard and screen reader
 * support; leaving the list turns it back into the chip.
 */
export function ChoiceChip<V extends string>({ label, chipLabel, value, choices, onChoose, data }: ChoiceChipProps<V>) {
  const [choosing, setChoosing] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const chip = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useLayoutEffect(() => {
    if (choosing) {
      select.current?.focus();
      try {
        select.current?.showPicker();
      } catch {
        // Without a user gesture (or support), the focused select still opens with the keyboard.
      }
    } else if (returnFocus.current) {
      returnFocus.current = false;
      chip.current?.focus();
    }
  }, [choosing]);

  const shown = choices.find((choice) => choice.value === value)?.text ?? value;

  if (!choosing) {
    return (
      <button
        ref={chip}
        type="button"
        className="chip-select"
        aria-label={chipLabel}
        aria-haspopup="listbox"
        onClick={() => setChoosing(true)}
        {...data}
      >
        {shown}
      </button>
    );
  }

  const done = (keepFocus: boolean) => {
    returnFocus.current = keepFocus;
    setChoosing(false);
  };

  return (
    <select
      ref={select}
      autoComplete="off"
      className="chip-select"
      aria-label={label}
      value={value}
      onChange={(event) => {
        onChoose(event.currentTarget.value as V);
        done(true);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') done(true);
      }}
      // Not when this select is closing after a choice: its removal may blur it.
      onBlur={() => {
        if (!returnFocus.current) done(false);
      }}
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
