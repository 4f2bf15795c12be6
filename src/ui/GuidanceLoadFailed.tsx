// What a screen shows when the guidance did not download: the reason and a way to ask again.
import { useMessages } from '../i18n/use-messages';
import { retryGuidance } from './use-guidance';

export function GuidanceLoadFailed({ tabIndex }: { tabIndex?: number }) {
  const t = useMessages();
  return (
    <div className="guidance-failed">
      <p role="alert">{t.guidance.loadFailed}</p>
      <button type="button" className="button" tabIndex={tabIndex} onClick={retryGuidance}>
        {t.tryAgain}
      </button>
    </div>
  );
}
