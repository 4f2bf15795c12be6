// Both languages' guides, which reading a Markdown export matches its areas and items against: the one
// place an import gets them, downloading the language not shown when a Markdown file is read.
import { loadAllTemplates } from '../i18n/templates';
import type { Locale, Template } from '../workbook/model';

export function guidesForImport(): Promise<Record<Locale, Template>> {
  return loadAllTemplates();
}
