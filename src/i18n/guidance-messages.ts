// Words of the guidance screens (criteria, first steps, sources, calendar), both languages. Kept out of
// messages.*.ts because those are in the first download and these are read only by lazy screens.
import type { SourceDateKind } from '../workbook/guidance';
import type { Locale } from '../workbook/model';

const en = {
  criteriaMet: (met: number, total: number) => `${met} of ${total} criteria met`,
  noCriteria: 'No criteria yet',
  criteriaOf: (title: string) => `Criteria, first steps and sources: ${title}`,
  doneWhen: 'Done when',
  firstSteps: 'First steps',
  sources: 'Sources',
  asOf: (day: string) => `Sources as of ${day}`,
  loading: 'Loading the guidance…',
  loadFailed: 'The guidance could not be loaded. Try again when you are online.',
  allMet: 'All criteria met — mark as done?',
  markDone: 'Mark as done',
  addCriterion: 'Add criterion',
  newCriterion: (title: string) => `New criterion for ${title}`,
  dateKinds: { 'in-force': 'in force from', applies: 'applies from', published: 'published' } satisfies Record<
    SourceDateKind,
    string
  >,
  calendar: 'Regulatory calendar',
  calendarIntro:
    'The dates from which the laws and standards behind the guide apply, each with the items it concerns. Past dates are in force.',
  inForce: 'In force',
  upcoming: 'Upcoming',
  concerns: 'Concerns',
  includeGuidance: 'Include criteria and sources',
  references: 'References',
};

export type GuidanceMessages = typeof en;

const zh: GuidanceMessages = {
  criteriaMet: (met, total) => `已满足 ${met}/${total} 项完成标准`,
  noCriteria: '尚无完成标准',
  criteriaOf: (title) => `完成标准、第一步与依据：${title}`,
  doneWhen: '完成标准',
  firstSteps: '第一步',
  sources: '依据',
  asOf: (day) => `依据截至 ${day}`,
  loading: '正在加载指引…',
  loadFailed: '指引未能加载，请在联网后重试。',
  allMet: '完成标准已全部满足——标为完成？',
  markDone: '标为完成',
  addCriterion: '添加完成标准',
  newCriterion: (title) => `为“${title}”添加的完成标准`,
  dateKinds: { 'in-force': '起施行', applies: '起适用', published: '发布' },
  calendar: '监管日历',
  calendarIntro: '指引所依据的法律与标准开始适用的日期，以及各自涉及的事项。已过的日期表示已生效。',
  inForce: '已生效',
  upcoming: '即将生效',
  concerns: '涉及事项',
  includeGuidance: '包含完成标准与依据',
  references: '参考依据',
};

export const GUIDANCE_MESSAGES: Record<Locale, GuidanceMessages> = { en, zh };
