// Changes the language once its words have arrived, so no screen ever shows a language half-loaded.
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import type { Locale } from '../workbook/model';
import { loadCatalogue } from './catalogue';
import { shownMessages } from './use-messages';

export async function switchLanguage(locale: Locale): Promise<void> {
  try {
    await loadCatalogue(locale);
  } catch {
    // Offline after a new version was deployed, say: stay in the current language and say why.
    useToast.getState().showToast(shownMessages().languageUnavailable);
    return;
  }
  workbookStore.getState().setLocale(locale);
}
