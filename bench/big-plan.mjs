// A generated big plan in the app's stored shape: 10 areas × 500 items, long notes on some.
const AREAS = [
  'challenges',
  'direction',
  'team',
  'funding',
  'risk',
  'marketing',
  'legal',
  'international',
  'talent',
  'execution',
];
const STATUSES = ['todo', 'doing', 'done', 'na'];
const OWNERS = ['Li Wei', 'Ana Souza', 'Zhang Min', 'Bo Chen', ''];
const LONG_NOTE = `${'Meeting notes: discussed GPU capacity, data licensing, hiring plan and the seed round timeline. '.repeat(20)}\nNext steps: follow up with counsel.`;

export function bigPlanState({ perArea = 500, version = 4 } = {}) {
  const items = {};
  const order = {};
  let n = 0;
  for (const areaId of AREAS) {
    order[areaId] = [];
    for (let i = 0; i < perArea; i += 1) {
      n += 1;
      const id = `bench-${areaId}-${i}`;
      items[id] = {
        id,
        areaId,
        templateKey: null,
        title: `${areaId} task ${i + 1}: review the plan and decide`,
        detail: i % 3 === 0 ? 'A longer description of what this item means for the company and who should be involved.' : '',
        status: STATUSES[n % 4],
        notes: i % 10 === 0 ? LONG_NOTE : '',
        owner: OWNERS[n % OWNERS.length],
        due: i % 7 === 0 ? `2026-${String((n % 12) + 1).padStart(2, '0')}-15` : null,
        priority: i % 5 === 0 ? 'high' : null,
        updatedAt: 1_790_000_000_000,
        changedAt: {},
      };
      order[areaId].push(id);
    }
  }
  const workbook = {
    id: 'bench-workbook',
    name: 'Benchmark plan',
    createdAt: 1_790_000_000_000,
    items,
    order,
    orderChangedAt: Object.fromEntries(AREAS.map((a) => [a, 0])),
    nameChangedAt: 0,
    company: 'Bench Co.',
    companyChangedAt: 0,
    deleted: {},
  };
  return { state: { workbooks: [workbook], activeWorkbookId: workbook.id, locale: 'en' }, version };
}

export { AREAS };
