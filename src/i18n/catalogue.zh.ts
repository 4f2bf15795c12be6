// Simplified Chinese: the screens' messages and the guide's text, loaded together when Chinese is shown.
import template from 'virtual:workbook-template/zh';
import type { Catalogue } from './catalogue';
import { zh } from './messages.zh';

export default { messages: zh, template } satisfies Catalogue;
