// English: every message and the whole guide, loaded when English is shown.
import template from 'virtual:workbook-template/en';
import type { Catalogue } from './catalogue';
import { en as messages } from './messages.en';

export default { messages, template } satisfies Catalogue;
