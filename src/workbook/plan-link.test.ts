import fc from 'fast-check';
import { itemsOf } from './model';
import { describe, expect, it } from 'vitest';
import { addOwnCriterion, withCriterionMet } from './criteria';
import { resolveItemText } from './guide';
import type { Workbook } from './model';
import * as ops from './operations';
import { decodePlanLink, encodePlanLink, PLAN_LINK_PREFIX } from './plan-link';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';
import { itemsInOrder } from './tracking';

const shape = TEMPLATES.en;
const fresh = () => ops.createWorkbook(shape, testClock());

/** What a person sees of a plan: per item in order, its text and tracking, with no ids or times. */
function seen(workbook: Workbook) {
  return {
    name: workbook.name,
    company: workbook.company,
    items: itemsInOrder(workbook).map((item) => ({
      areaId: item.areaId,
      text: resolveItemText(item, TEMPLATES.zh),
      title: item.title,
      detail: item.detail,
      status: item.status,
      owner: item.owner,
      due: item.due,
      priority: item.priority,
      notes: item.notes,
      criteria: item.criteria,
    })),
  };
}

async function roundTrip(workbook: Workbook) {
  const link = await encodePlanLink(workbook, shape);
  const result = await decodePlanLink(link, shape, testClock(1, 'copy'));
  if (!result.ok) throw new Error(result.problem);
  return { link, copy: result.workbook };
}

/** Every guide item given an owner, a status, a due date and a priority, as a founding team would. */
function fullyTracked(): Workbook {
  let workbook = fresh();
  const owners = ['Li Wei', 'Ana Souza', '张敏', 'Bo Chen'];
  itemsInOrder(workbook).forEach((item, n) => {
    workbook = ops.trackItem(workbook, item.id, {
      owner: owners[n % owners.length] as string,
      status: (['todo', 'doing', 'done', 'na'] as const)[n % 4],
      due: `2027-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      priority: (['high', 'medium', 'low'] as const)[n % 3],
    });
  });
  return workbook;
}

describe('a read-only link', () => {
  it('carries the guide as it is in a few characters', async () => {
    const { link, copy } = await roundTrip(fresh());
    expect(link.startsWith(PLAN_LINK_PREFIX)).toBe(true);
    expect(link.length).toBeLessThan(40);
    expect(seen(copy)).toEqual(seen(fresh()));
  });

  it('keeps names, tracking, notes, own items, edited text, deletions and order', async () => {
    let workbook = fresh();
    const [first, second, third] = itemsOf(workbook, 'team') as [string, string, string];
    workbook = ops.setPlanDetails(workbook, { name: 'Acme 计划', company: 'Acme, Inc.' });
    workbook = ops.trackItem(workbook, first, { status: 'doing', owner: '张敏', due: '2027-02-28', priority: 'high' });
    workbook = ops.setNotes(workbook, second, '第一行\n"quoted", 😀 \u202Eright-to-left');
    workbook = ops.editItem(workbook, third, { detail: '' }).workbook;
    workbook = ops.deleteItem(workbook, itemsOf(workbook, 'funding')[1] as string).workbook;
    workbook = ops.moveItem(workbook, first, 2);
    const added = ops.addItem(workbook, 'legal', { title: 'File the model with the CAC', detail: '' }, testClock(5, 'own'));
    if ('error' in added) throw new Error('refused');
    workbook = added.workbook;
    const { copy } = await roundTrip(workbook);
    expect(seen(copy)).toEqual(seen(workbook));
  });

  it('keeps the criteria met and criteria of the user’s own', async () => {
    let workbook = fresh();
    const first = itemsOf(workbook, 'team')[0] as string;
    const item = workbook.items[first] as Workbook['items'][string];
    const withOwn = addOwnCriterion(withCriterionMet(item, 'team/0/c1', true), 'Signed offer letters, "all three"', {
      newId: () => 'own-1',
    });
    workbook = { ...workbook, items: { ...workbook.items, [first]: withCriterionMet(withOwn, 'own-1', true) } };
    const { copy } = await roundTrip(workbook);
    expect(seen(copy)).toEqual(seen(workbook));
    expect(itemsInOrder(copy).find((i) => i.templateKey === 'team/0')?.criteria.met).toEqual(['team/0/c1', 'own-1']);
  });

  it('fits the whole tracked guide (owner, status, due date, priority on all 43 items) in 2,000 characters', async () => {
    const { link } = await roundTrip(fullyTracked());
    expect(link.length).toBeLessThanOrEqual(2000);
  });

  it('tells a damaged, truncated or tampered link apart from a newer one, never throwing', async () => {
    const { link } = await roundTrip(fullyTracked());
    const decode = (fragment: string) => decodePlanLink(fragment, shape, testClock());
    expect(await decode(link.slice(0, -20))).toEqual({ ok: false, problem: 'damaged' });
    expect(await decode(`${link.slice(0, 30)}A${link.slice(31)}`)).toMatchObject({ ok: false });
    expect(await decode(`${PLAN_LINK_PREFIX}not base64!`)).toEqual({ ok: false, problem: 'damaged' });
    expect(await decode('#plan=2.abc')).toEqual({ ok: false, problem: 'newer-version' });
    expect(await decode('#share?x')).toEqual({ ok: false, problem: 'not-a-plan-link' });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.nat({ max: link.length }), async (noise, at) => {
        const result = await decode(link.slice(0, at) + noise);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
