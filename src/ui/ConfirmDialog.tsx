// A yes-or-cancel question in a modal dialog; Cancel has the focus, so Enter never destroys by accident.
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      actions={
        <>
          {/* A modal dialog focuses its safest choice, so Enter never confirms by accident. */}
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {cancelLabel}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              onConfirm();
              onClose();
            }}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
