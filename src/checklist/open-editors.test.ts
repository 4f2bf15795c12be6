import { expect, it } from 'vitest';
import { editorChanges } from './open-editors';

const opening = { title: 'Brand building', detail: 'Invest in the brand.' };

it('a save writes only the fields typed into and changed from when the editor opened', () => {
  expect(editorChanges(opening, {})).toEqual({});
  expect(editorChanges(opening, { detail: 'Ours' })).toEqual({ detail: 'Ours' });
  expect(editorChanges(opening, { title: 'Brand building', detail: 'Ours' })).toEqual({ detail: 'Ours' });
  expect(editorChanges(opening, { title: 'Brand story' })).toEqual({ title: 'Brand story' });
});
