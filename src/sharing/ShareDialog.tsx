// The "Share with team" dialog: the sync server and your name, then the plan's invite and view-only links.
import { useEffect, useId, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { selectWorkbook } from '../store/workbook-store';
import { type Links, linksFor, showArea, startSharing, stopSharing, yourName } from '../sync/binding';
import { isServerUrl } from '../sync/share-link';
import { syncServerSetting, useSharedPlans, yourNameSetting } from '../sync/shared-plans';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast-store';

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  const ids = { server: useId(), name: useId(), hint: useId(), error: useId(), invite: useId(), view: useId() };
  const workbookId = useWorkbook((s) => selectWorkbook(s).id);
  const sharing = useSharedPlans((s) => s.plans[workbookId]);
  const [server, setServer] = useState(() => syncServerSetting.read() ?? import.meta.env.VITE_SYNC_URL ?? '');
  const [name, setName] = useState(yourName);
  const [serverError, setServerError] = useState(false);
  const [links, setLinks] = useState<Links | null>(null);

  useEffect(() => {
    let current = true;
    if (sharing) void linksFor(sharing).then((found) => current && setLinks(found));
    else setLinks(null);
    return () => {
      current = false;
    };
  }, [sharing]);

  const start = async () => {
    const address = server.trim();
    if (!isServerUrl(address)) {
      setServerError(true);
      return;
    }
    setServerError(false);
    setLinks(await startSharing(workbookStore, address, name.trim()));
  };
  const copy = (text: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => useToast.getState().showToast(t.sharing.copied),
      () => {},
    );
  };

  return (
    <Dialog
      open
      title={t.sharing.title}
      onClose={onClose}
      actions={
        <>
          {sharing && (
            <button
              type="button"
              className="button button--danger-text"
              onClick={() => {
                stopSharing(workbookStore);
                useToast.getState().showToast(t.sharing.stopped);
                onClose();
              }}
            >
              {t.sharing.stop}
            </button>
          )}
          {!sharing && (
            <button type="button" className="button button--primary" onClick={() => void start()}>
              {t.sharing.start}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} data-autofocus={sharing ? true : undefined}>
            {t.sharing.close}
          </button>
        </>
      }
    >
      <p className="dialog__hint">{t.sharing.intro}</p>
      {!sharing ? (
        <form
          className="share__fields"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <div className="field">
            <label htmlFor={ids.server}>{t.sharing.server}</label>
            <input
              id={ids.server}
              value={server}
              data-autofocus
              inputMode="url"
              spellCheck={false}
              aria-invalid={serverError || undefined}
              aria-describedby={serverError ? ids.error : ids.hint}
              onChange={(event) => setServer(event.currentTarget.value)}
            />
            {serverError ? (
              <p id={ids.error} className="field__error">
                {t.sharing.badServer}
              </p>
            ) : (
              <p id={ids.hint} className="dialog__hint">
                {t.sharing.serverHint}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.name}>{t.sharing.yourName}</label>
            <input id={ids.name} value={name} autoComplete="name" onChange={(event) => setName(event.currentTarget.value)} />
          </div>
          <button type="submit" hidden tabIndex={-1} />
        </form>
      ) : (
        links && (
          <div className="share__fields">
            <div className="field">
              <label htmlFor={ids.name}>{t.sharing.yourName}</label>
              <input
                id={ids.name}
                value={name}
                autoComplete="name"
                onChange={(event) => {
                  setName(event.currentTarget.value);
                  // Teammates see the new name at once.
                  yourNameSetting.write(event.currentTarget.value.trim());
                  showArea();
                }}
              />
            </div>
            {links.invite && (
              <LinkField
                id={ids.invite}
                label={t.sharing.inviteLink}
                copyLabel={t.sharing.copyInvite}
                value={links.invite}
                copy={copy}
              />
            )}
            <LinkField
              id={ids.view}
              label={t.sharing.viewOnlyLink}
              copyLabel={t.sharing.copyViewOnly}
              value={links.viewOnly}
              copy={copy}
            />
          </div>
        )
      )}
    </Dialog>
  );
}

function LinkField(props: { id: string; label: string; copyLabel: string; value: string; copy: (text: string) => void }) {
  const t = useMessages();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="share__link">
        <input id={props.id} value={props.value} readOnly spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button" aria-label={props.copyLabel} onClick={() => props.copy(props.value)}>
          {t.sharing.copy}
        </button>
      </div>
    </div>
  );
}
