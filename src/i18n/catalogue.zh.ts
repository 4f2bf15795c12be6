// Simplified Chinese: every message and the whole guide, loaded when Simplified Chinese is shown.
import template from 'virtual:workbook-template/zh';
import type { Catalogue } from './catalogue';
import { zh as messages } from './messages.zh';

export default { messages, template } satisfies Catalogue;
