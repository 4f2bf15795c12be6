// Simplified Chinese: the other screens' words and the guide's item details, loaded when such a screen is first shown.
import details from 'virtual:workbook-template/zh-details';
import type { ScreensCatalogue } from './catalogue';
import { zhScreens } from './messages-screens.zh';

export default { messages: zhScreens, details } satisfies ScreensCatalogue;
