// Simplified Chinese: what the shell and the dashboard show (messages and the guide's titles), loaded when Chinese is shown.
import template from 'virtual:workbook-template/zh-titles';
import type { StartCatalogue } from './catalogue';
import { zh } from './messages.zh';

export default { messages: zh, template } satisfies StartCatalogue;
