// English: the screens' messages and the guide's text, loaded together when English is shown.
import template from 'virtual:workbook-template/en';
import type { Catalogue } from './catalogue';
import { en } from './messages.en';

export default { messages: en, template } satisfies Catalogue;
