import { describe, expect, it } from 'vitest';
import { newItemDrafts } from './new-item-drafts';

describe('newItemDrafts', () => {
  it('keeps what was typed per workbook and area, and forgets it once empty', () => {
    newItemDrafts.keep('plan-a', 'team', 'Hire a CTO');
    expect(newItemDrafts.of('plan-a', 'team')).toBe('Hire a CTO');
    expect(newItemDrafts.of('plan-a', 'funding')).toBe('');
    expect(newItemDrafts.of('plan-b', 'team')).toBe('');

    newItemDrafts.keep('plan-a', 'team', '');
    expect(newItemDrafts.of('plan-a', 'team')).toBe('');
  });
});
