// The guide in both languages, parsed from seeds/ at build time (see vite.config.ts).
import en from 'virtual:workbook-template/en';
import zh from 'virtual:workbook-template/zh';
import type { Locale, Template } from './model';

export const TEMPLATES: Record<Locale, Template> = { en, zh };
