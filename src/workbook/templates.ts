// The workbook template in both languages, parsed from seeds/ at build time (see vite.config.ts).
import templates from 'virtual:workbook-templates';
import type { Locale, Template } from './model';

export const TEMPLATES: Record<Locale, Template> = templates;
