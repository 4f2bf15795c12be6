import { expect, it } from 'vitest';
import { TEMPLATES } from '../workbook/templates';
import { catalogue, loadCatalogue, loadScreenCatalogue, screenCatalogueReady, startCatalogue } from './catalogue';
import { en } from './messages.en';
import { enScreens } from './messages-screens.en';

// One test: the module remembers what it loaded, as the page does over a visit.
it('loads the start words first, the screens’ words on demand, and both on later language loads', async () => {
  await loadCatalogue('en');
  expect(startCatalogue('en').messages).toBe(en);
  expect(startCatalogue('en').template.areas.team.items[0]).toEqual({ title: TEMPLATES.en.areas.team.items[0]?.title });
  expect(() => catalogue('en')).toThrow('used before it was loaded');

  expect(screenCatalogueReady('en')).toBeInstanceOf(Promise);
  const whole = await loadScreenCatalogue('en');
  expect(whole.template).toEqual(TEMPLATES.en);
  expect(whole.messages).toEqual({ ...en, ...enScreens });
  expect(catalogue('en')).toBe(whole);
  expect(screenCatalogueReady('en')).toBeUndefined();

  // A screen has needed its words, so switching to Chinese brings Chinese screens' words along.
  await loadCatalogue('zh');
  expect(catalogue('zh').template).toEqual(TEMPLATES.zh);
});
