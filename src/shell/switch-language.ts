// The one way the shown language changes (the header's switch, the palette): its words and guide
// download first, so the screen stays in the old language until they are here; if they cannot come, it says so.
import { createLanguageSwitcher } from '../i18n/message-loader';
import { loadLanguage } from '../i18n/templates';
import { shownMessages } from '../i18n/use-messages';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';

export const switchLanguage = createLanguageSwitcher({
  load: loadLanguage,
  apply: (locale) => workbookStore.getState().setLocale(locale),
  onFailure: () => useToast.getState().showToast(shownMessages().partUnavailable),
});
