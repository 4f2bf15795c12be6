// A chip that stands for a form field until it is pressed (status, owner, due date, priority).
//
// Form fields are the heaviest part of a row: a select, a date field or a text field with suggestions
// costs many times a button to create and lay out (README, "Measured along the way"). A long area
// therefore shows buttons, and the one pressed becomes the real field, focused, with the browser's own
// picker, keyboard and screen reader support; leaving the field turns it back into the chip.
import { type RefCallback, useCallback, useRef, useState } from 'react';

export interface FieldChip {
  /** Whether the field is out instead of the chip. */
  open: boolean;
  /**
   * For the chip's onClick. A press with the pointer also opens the field's picker (a date's
   * calendar); from the keyboard the field only takes the focus, so typing goes into it.
   */
  openField: (event: { detail: number }) => void;
  /** The field closed; `keepFocus` gives the focus back to the chip that replaces it. */
  closeField: (keepFocus: boolean) => void;
  /** For the chip; takes the focus when the field closed with keepFocus. */
  chipRef: RefCallback<HTMLButtonElement>;
  /** Whether the field should open its picker when it appears. */
  withPicker: boolean;
}

export function useFieldChip({ pickerFromKeyboard = false } = {}): FieldChip {
  const [opened, setOpened] = useState<{ withPicker: boolean } | null>(null);
  // Set when the field closes by a choice, Enter or Escape, so the chip takes the focus back.
  const refocus = useRef(false);
  // A ref callback rather than an effect: 2,000 chips in a long area then cost no effect each. Stable,
  // so a row's re-render (every tick) does not detach and attach each of its chips' refs again.
  const chipRef = useCallback((chip: HTMLButtonElement | null) => {
    if (chip && refocus.current) {
      refocus.current = false;
      chip.focus();
    }
  }, []);
  return {
    open: opened !== null,
    withPicker: opened?.withPicker ?? false,
    openField: (event) => setOpened({ withPicker: pickerFromKeyboard || event.detail > 0 }),
    closeField: (keepFocus) => {
      refocus.current = keepFocus;
      setOpened(null);
    },
    chipRef,
  };
}

/**
 * The field's ref: focuses it when it appears and, if `withPicker`, opens its picker. Stable, so a
 * re-render while open (a change from another tab) does not reopen the picker.
 */
export function useFocusOnMount<E extends HTMLInputElement | HTMLSelectElement>(withPicker: boolean): RefCallback<E> {
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once, when the field appears.
  return useCallback((field: E | null) => {
    if (!field) return;
    field.focus();
    if (!withPicker) return;
    try {
      field.showPicker();
    } catch {
      // Without a user gesture (or support), the focused field still opens from the keyboard.
    }
  }, []);
}

/**
 * `close`, called at most once: removing a focused field blurs it, and that blur must not close it
 * a second time (and take back the focus the first close gave to the chip).
 */
export function useCloseOnce<A extends unknown[]>(close: (...args: A) => void): (...args: A) => void {
  const closed = useRef(false);
  return (...args) => {
    if (closed.current) return;
    closed.current = true;
    close(...args);
  };
}
