// "Reset area": asks first, then restores the guide's items, with Undo in the toast.
import { useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { workbookStore } from '../store/use-workbook';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToast } from '../ui/toast-store';

export function ResetArea({ areaId, areaTitle }: { areaId: string; areaTitle: string }) {
  const t = useMessages();
  const [confirming, setConfirming] = useState(false);

  const reset = () => {
    const { resetArea, restoreArea } = workbookStore.getState();
    const previous = resetArea(areaId);
    useToast.getState().showToast(t.area.resetDone(areaTitle), () => restoreArea(previous));
  };

  return (
    <div className="area__footer">
      <button type="button" className="button button--danger-text" onClick={() => setConfirming(true)}>
        {t.area.reset}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t.area.resetConfirmTitle(areaTitle)}
        confirmLabel={t.area.resetConfirm}
        cancelLabel={t.area.cancel}
        onConfirm={reset}
        onClose={() => setConfirming(false)}
      >
        <p>{t.area.resetConfirmBody}</p>
      </ConfirmDialog>
    </div>
  );
}
