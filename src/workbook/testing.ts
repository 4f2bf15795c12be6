// Test helpers: a clock with predictable ids and times, and the words the Markdown and CSV writers take.
import type { Clock, Locale } from './model';
import type { PlanTextWords } from './plan-text';

export function testClock(start = 1_700_000_000_000, prefix = 'id'): Clock & { tick: (ms: number) => void } {
  let id = 0;
  let time = start;
  return {
    newId: () => `${prefix}-${++id}`,
    now: () => time,
    tick: (ms) => {
      time += ms;
    },
  };
}

/** The words of src/i18n/messages.*.ts that the writers take (workbook/ does not import i18n/). */
export const PLAN_TEXT_WORDS: Record<Locale, PlanTextWords> = {
  en: {
    statuses: { todo: 'To do', doing: 'In progress', done: 'Done', na: 'Not applicable' },
    priorities: { high: 'High', medium: 'Medium', low: 'Low' },
    notes: 'Notes: ',
    statusNote: (status) => `(${status})`,
    columns: {
      area: 'Area',
      title: 'Title',
      status: 'Status',
      owner: 'Owner',
      due: 'Due',
      priority: 'Priority',
      notes: 'Notes',
      detail: 'Detail',
    },
  },
  zh: {
    statuses: { todo: '待办', doing: '进行中', done: '已完成', na: '不适用' },
    priorities: { high: '高', medium: '中', low: '低' },
    notes: '备注：',
    statusNote: (status) => `（${status}）`,
    columns: {
      area: '领域',
      title: '标题',
      status: '状态',
      owner: '负责人',
      due: '截止日期',
      priority: '优先级',
      notes: '备注',
      detail: '说明',
    },
  },
};

/** A guide of a user's own in the seeds' format: six sections, Chinese and English colons, no closing paragraph. */
export const SIX_SECTIONS = `### 孵化器申请指南

#### 1. 团队
**题目：** 谁来做？
**答案：**
- **创始人：** 至少两位全职创始人。
- **顾问:** 行业顾问一名。

#### 2. Product
**Question:** What is it?
- **Demo:** a working demo.

#### 3. Market
**Question:** Who buys it?
- **ICP:** the first customer profile.

#### 4. Traction
**Question:** What proves it?
- **Pilots:** two paid pilots.

#### 5. Money
**Question:** How much?
- **Runway:** 18 months.

#### 6. Ask
**Question:** What do you need?
- **Intro:** three investor intros.
`;
