// English: the other screens' words and the guide's item details, loaded when such a screen is first shown.
import details from 'virtual:workbook-template/en-details';
import type { ScreensCatalogue } from './catalogue';
import { enScreens } from './messages-screens.en';

export default { messages: enScreens, details } satisfies ScreensCatalogue;
