// The shortcut sheet ("?") and the command palette (Ctrl/Cmd+K) on every screen, and the header's
// button that opens the sheet with the pointer. The palette's code (cmdk) loads on its first opening,
// with the guide of the language not shown, since the palette matches guide items in both languages.
import { type ComponentType, useEffect, useId, useState } from 'react';
import { loadAllTemplates } from '../i18n/templates';
import { shownMessages, useMessages } from '../i18n/use-messages';
import { Dialog } from '../ui/Dialog';
import { isSingleKeyShortcut, setSingleKeyShortcuts, useSingleKeyShortcuts } from '../ui/single-key-setting';
import { useToast } from '../ui/toast-store';
import type { PaletteProps } from './CommandPalette';
import { usePaletteGroups } from './palette-entries';
import { closeKeyboardDialog, openKeyboardDialog, useKeyboardDialogs } from './keyboard-dialogs-state';

let loadedPalette: ComponentType<PaletteProps> | null = null;
// Its own function, so the bundler wraps the import() alone in its preload helper: with the
// handlers chained on, a failed download of the palette's CSS skipped them and nothing was said.
const loadPalette = () => import('./CommandPalette');

export function KeyboardDialogs() {
  const open = useKeyboardDialogs((s) => s.open);
  const [Palette, setPalette] = useState(() => loadedPalette);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return;
      // Another dialog (a confirmation, say) keeps the keys to itself.
      if (document.querySelector('dialog[open]')) return;
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        openKeyboardDialog('palette');
      } else if (event.key === '?' && isSingleKeyShortcut(event)) {
        event.preventDefault();
        openKeyboardDialog('sheet');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (open !== 'palette' || Palette) return;
    let cancelled = false;
    Promise.all([loadPalette(), loadAllTemplates()]).then(
      ([module]) => {
        loadedPalette = module.CommandPalette;
        if (!cancelled) setPalette(() => module.CommandPalette);
      },
      () => {
        if (cancelled) return;
        closeKeyboardDialog();
        useToast.getState().showToast(shownMessages().partUnavailable);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [open, Palette]);

  return (
    <>
      {open === 'sheet' && <ShortcutSheet />}
      {open === 'palette' && Palette && <PaletteWithEntries Palette={Palette} />}
    </>
  );
}

function PaletteWithEntries({ Palette }: { Palette: ComponentType<PaletteProps> }) {
  const t = useMessages();
  const [search, setSearch] = useState('');
  const groups = usePaletteGroups(search);
  return (
    <Palette
      title={t.keys.paletteTitle}
      placeholder={t.keys.palettePlaceholder}
      nothing={t.keys.paletteNothing}
      search={search}
      onSearch={setSearch}
      groups={groups}
      onClose={() => closeKeyboardDialog()}
    />
  );
}

/** The header's pointer way to the sheet (and from there to the palette). */
export function ShortcutsButton() {
  const t = useMessages();
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-keyshortcuts="?"
      aria-haspopup="dialog"
      onClick={() => openKeyboardDialog('sheet')}
    >
      {t.keys.sheetButton}
    </button>
  );
}

function ShortcutSheet() {
  const t = useMessages();
  const on = useSingleKeyShortcuts();
  const settingId = useId();
  const hintId = useId();
  const close = () => closeKeyboardDialog();
  return (
    <Dialog
      open
      title={t.keys.sheetTitle}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={() => openKeyboardDialog('palette')}>
            {t.keys.openPalette}
          </button>
          <button type="button" className="button" onClick={close} data-autofocus>
            {t.keys.close}
          </button>
        </>
      }
    >
      <div className="shortcut-sheet">
        <ShortcutTable caption={t.keys.anywhere} rows={t.keys.anywhereRows} />
        <ShortcutTable caption={t.keys.inList} rows={t.keys.listRows} />
        <p className="shortcut-sheet__setting">
          <input
            id={settingId}
            type="checkbox"
            checked={on}
            aria-describedby={hintId}
            onChange={(event) => setSingleKeyShortcuts(event.currentTarget.checked)}
          />
          <label htmlFor={settingId}>{t.keys.singleKeys}</label>
        </p>
        <p id={hintId} className="dialog__hint">
          {t.keys.singleKeysHint}
        </p>
      </div>
    </Dialog>
  );
}

function ShortcutTable({ caption, rows }: { caption: string; rows: readonly (readonly string[])[] }) {
  const t = useMessages();
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.keys.keyColumn}</th>
          <th scope="col">{t.keys.actionColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([keys = '', action]) => (
          <tr key={keys}>
            <td>
              {keys.split(', ').map((key, index) => (
                <span key={key}>
                  {index > 0 && ' '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td>{action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
