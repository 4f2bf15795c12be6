import { expect, it } from 'vitest';
import { TEMPLATES } from '../workbook/templates';
import { catalogue, loadCatalogue } from './catalogue';
import { en } from './messages.en';

it('loads a language on demand, its words and its whole guide together', async () => {
  expect(() => catalogue('en')).toThrow('used before it was loaded');
  await loadCatalogue('en');
  expect(catalogue('en').messages).toBe(en);
  expect(catalogue('en').template).toEqual(TEMPLATES.en);
});
