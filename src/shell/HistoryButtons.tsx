// Undo and Redo for every change to the plan, as buttons and as Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { shownMessages, useMessages } from '../i18n/use-messages';
import { workbookStore } from '../store/use-workbook';
import { isTextEntry } from '../ui/is-text-entry';
import { useToast } from '../ui/toast-store';

function undoOrRedo(step: 'undo' | 'redo') {
  const { past, future } = workbookStore.history.getState();
  const t = shownMessages().history;
  const available = (step === 'undo' ? past : future).length > 0;
  let message: string;
  if (!available) message = step === 'undo' ? t.nothingToUndo : t.nothingToRedo;
  // A step another tab has changed since is left as that tab made it: say so rather than claim it worked.
  else if (workbookStore.getState()[step]()) message = step === 'undo' ? t.undone : t.redone;
  else message = step === 'undo' ? t.undoKept : t.redoKept;
  useToast.getState().showToast(message);
}

export function useHistoryShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      // A dialog on top (the shortcut sheet, a confirmation) hides the plan: undoing it unseen would surprise.
      if (document.querySelector('dialog:modal')) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        undoOrRedo(event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && event.ctrlKey) {
        event.preventDefault();
        undoOrRedo('redo');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function HistoryButtons() {
  const t = useMessages();
  const canUndo = useStore(workbookStore.history, (s) => s.past.length > 0);
  const canRedo = useStore(workbookStore.history, (s) => s.future.length > 0);
  return (
    <div className="history-buttons">
      <HistoryButton
        step="undo"
        glyph="↶"
        text={t.history.undo}
        label={t.history.undoLabel}
        keys="Control+Z Meta+Z"
        available={canUndo}
      />
      <HistoryButton
        step="redo"
        glyph="↷"
        text={t.history.redo}
        label={t.history.redoLabel}
        keys="Control+Shift+Z Meta+Shift+Z"
        available={canRedo}
      />
    </div>
  );
}

interface HistoryButtonProps {
  step: 'undo' | 'redo';
  glyph: string;
  text: string;
  label: string;
  keys: string;
  available: boolean;
}

/** aria-disabled keeps the button focusable and announces why nothing happens. */
function HistoryButton({ step, glyph, text, label, keys, available }: HistoryButtonProps) {
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-label={label}
      aria-keyshortcuts={keys}
      aria-disabled={!available || undefined}
      onClick={() => undoOrRedo(step)}
    >
      <span aria-hidden="true">{glyph}</span> {text}
    </button>
  );
}
