// The command palette's dialog: cmdk's combobox and listbox over the results it is given. Loaded
// on the palette's first opening, with cmdk, and importing nothing else of the app, so a first
// visit downloads neither and the bundler keeps the app's chunks as they were.
import { Command } from 'cmdk';
import { useEffect, useId, useRef } from 'react';
import './command-palette.css';

export interface PaletteEntry {
  value: string;
  text: string;
  /** The area an item is in, shown beside it. */
  where?: string;
  run: () => void;
}

export interface PaletteProps {
  title: string;
  placeholder: string;
  nothing: string;
  search: string;
  onSearch: (search: string) => void;
  groups: readonly { heading: string; entries: readonly PaletteEntry[] }[];
  onClose: () => void;
}

export function CommandPalette({ title, placeholder, nothing, search, onSearch, groups, onClose }: PaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    // Opening a modal dialog focuses its first focusable element, cmdk's root; the field is where typing goes.
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  return (
    <dialog ref={dialog} className="dialog command-palette" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="visually-hidden">
        {title}
      </h2>
      {/* The filtering is the caller's (every word, either language); cmdk keeps the choice and the keys. */}
      <Command label={title} shouldFilter={false} loop>
        <Command.Input className="command-palette__input" value={search} onValueChange={onSearch} placeholder={placeholder} />
        <Command.List className="command-palette__list" label={title}>
          <Command.Empty className="command-palette__empty">{nothing}</Command.Empty>
          {groups.map((group) => (
            <Command.Group key={group.heading} heading={group.heading} className="command-palette__group">
              {group.entries.map((entry) => (
                <Command.Item key={entry.value} value={entry.value} onSelect={entry.run} className="command-palette__item">
                  <span>{entry.text}</span>
                  {entry.where && <span className="command-palette__where">{entry.where}</span>}
                </Command.Item>
              ))}
            </Command.Group>
          ))}
        </Command.List>
      </Command>
    </dialog>
  );
}
