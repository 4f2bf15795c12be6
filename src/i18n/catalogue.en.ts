// English: what the shell and the dashboard show (messages and the guide's titles), loaded when English is shown.
import template from 'virtual:workbook-template/en-titles';
import type { StartCatalogue } from './catalogue';
import { en } from './messages.en';

export default { messages: en, template } satisfies StartCatalogue;
