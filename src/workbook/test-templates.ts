// For tests only: the guide in both languages, imported statically. The app loads one language's
// guide at a time (src/i18n/templates.ts) and takes the guide's shape from template-shape.ts.
import en from 'virtual:workbook-template/en';
import zh from 'virtual:workbook-template/zh';
import type { Locale, Template } from './model';

export const TEMPLATES: Record<Locale, Template> = { en, zh };
