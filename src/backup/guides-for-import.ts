// Both languages' guides, which reading a Markdown export matches its areas and items against: the one
// place an import gets them, so that a guide loaded on demand changes only this function.
import type { Locale, Template } from '../workbook/model';
import { TEMPLATES } from '../workbook/templates';

export async function guidesForImport(): Promise<Record<Locale, Template>> {
  return TEMPLATES;
}
