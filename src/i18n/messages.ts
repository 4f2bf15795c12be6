// Every string a user reads, in English and Simplified Chinese; a missing translation is a type error.
import type { AreaId, Locale, Priority, Status } from '../workbook/model';
import type { FieldProblem } from '../workbook/schema-errors';

const en = {
  languageName: 'English',
  appName: 'AI Startup Workbook',
  skipToContent: 'Skip to content',
  language: 'Language',
  areaNames: {
    challenges: 'Challenges',
    direction: 'Business direction',
    team: 'Team',
    funding: 'Funding',
    risk: 'Risk management',
    marketing: 'Marketing',
    legal: 'Legal',
    international: 'Internationalization',
    talent: 'Talent',
    execution: 'Execution',
  } satisfies Record<AreaId, string>,
  nav: {
    label: 'Areas',
    dashboard: 'Dashboard',
    print: 'Print',
  },
  progress: {
    overall: 'Overall progress',
    count: (done: number, total: number) => `${done} of ${total} done`,
    valueText: (done: number, total: number, percent: number) => `${done} of ${total} done, ${percent}%`,
  },
  dashboard: {
    areasHeading: 'The ten areas',
    open: 'Open',
    introHeading: 'About this workbook',
  },
  area: {
    question: 'Guiding question',
    itemsLabel: (area: string) => `${area} checklist`,
    empty: 'No items yet. Add the first one below.',
    newItem: 'New item',
    add: 'Add',
    blankTitle: 'Give the item a title before adding it.',
    dragHandle: 'Drag to reorder',
    editButton: 'Edit',
    deleteButton: 'Delete',
    edit: (title: string) => `Edit ${title}`,
    delete: (title: string) => `Delete ${title}`,
    moveUp: (title: string) => `Move up: ${title}`,
    moveDown: (title: string) => `Move down: ${title}`,
    notes: (title: string) => `Notes for ${title}`,
    notesPlaceholder: 'Notes, decisions, links…',
    editTitle: 'Title',
    editDetail: 'Detail',
    editTitleBlank: 'The title cannot be empty.',
    save: 'Save',
    cancel: 'Cancel',
    deleted: (title: string) => `Deleted “${title}”.`,
    reset: 'Reset area',
    resetConfirmTitle: (area: string) => `Reset “${area}”?`,
    resetConfirmBody:
      'This puts back the guide’s items for this area, unticked and without notes. Items you added or changed here are removed. You can undo it right after.',
    resetConfirm: 'Reset',
    resetDone: (area: string) => `“${area}” was reset to the guide.`,
    added: (title: string) => `Added “${title}”.`,
  },
  toast: {
    undo: 'Undo',
    dismiss: 'Dismiss',
    undone: 'Undone.',
  },
  tracking: {
    statuses: { todo: 'To do', doing: 'In progress', done: 'Done', na: 'Not applicable' } satisfies Record<Status, string>,
    priorities: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Priority, string>,
    noPriority: 'No priority',
    status: (title: string) => `Status: ${title}`,
    owner: (title: string) => `Owner: ${title}`,
    due: (title: string) => `Due date: ${title}`,
    priority: (title: string) => `Priority: ${title}`,
    ownerPlaceholder: 'Owner',
    overdue: 'Overdue',
    dueOn: (date: string) => `due ${date}`,
  },
  next: {
    heading: 'What to do next',
    statusHeading: 'Items by status',
    overdueHeading: 'Overdue',
    dueSoonHeading: 'Due in the next 14 days',
    ownersHeading: 'By owner',
    recentHeading: 'Recently completed',
    noneOverdue: 'Nothing is overdue.',
    noneDueSoon: 'Nothing is due in the next 14 days.',
    noOwners: 'No item has an owner yet. Set owners on an area’s items.',
    noneCompleted: 'Nothing is completed yet.',
    ownerCounts: (done: number, open: number) => `${done} done, ${open} open`,
    more: (count: number) => `and ${count} more`,
    chartTitle: 'Progress by area',
    chartSummary: (lowest: string, percent: number) => `Furthest behind: ${lowest} at ${percent}%.`,
    area: 'Area',
    done: 'Done',
    counted: 'Counted',
    percent: 'Percent',
  },
  search: {
    label: 'Search the plan',
    placeholder: 'Search… (press /)',
    heading: 'Search',
    results: (count: number, query: string) => `${count} ${count === 1 ? 'item matches' : 'items match'} “${query}”.`,
    none: (query: string) => `No item matches “${query}”.`,
    prompt: 'Type a word from a title, detail, note or owner.',
  },
  filter: {
    label: 'Filter this area',
    status: 'Status',
    anyStatus: 'Any status',
    owner: 'Owner',
    anyOwner: 'Anyone',
    overdue: 'Overdue only',
    clear: 'Clear filters',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} items.`,
    noMatch: 'No item matches these filters.',
  },
  fieldProblem: ({ path, expectation: e }: FieldProblem) => {
    const types: Record<string, string> = {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      object: 'an object',
      array: 'a list',
    };
    const type = (t: string) => types[t] ?? t;
    const what =
      e.kind === 'missing'
        ? `missing (expected ${type(e.expected)})`
        : e.kind === 'type'
          ? `expected ${type(e.expected)}`
          : e.kind === 'one-of'
            ? `expected one of ${e.values.join(', ')}`
            : e.kind === 'date'
              ? 'expected a date as YYYY-MM-DD'
              : e.kind === 'at-least'
                ? `expected at least ${e.minimum}`
                : 'unexpected value';
    return `${path || 'the file as a whole'}: ${what}`;
  },
  history: {
    undo: 'Undo',
    redo: 'Redo',
    undoLabel: 'Undo last change',
    redoLabel: 'Redo last undone change',
    undone: 'Undid the last change.',
    redone: 'Redid the change.',
    nothingToUndo: 'Nothing to undo.',
    nothingToRedo: 'Nothing to redo.',
  },
  storage: {
    unreadableTitle: 'Your saved plan could not be read',
    notJson: 'The data stored in this browser is not valid JSON.',
    wrongShape: (detail: string) =>
      `The data stored in this browser is not in the shape this app expects${detail ? ` (${detail})` : ''}.`,
    newer: (version: number) => `It was saved by a newer version of this app (data version ${version}).`,
    earlier: 'Unreadable data from an earlier visit is still kept in this browser.',
    keptAside: 'A fresh workbook is open. The unreadable text is kept, untouched, until you download or discard it.',
    download: 'Download the unreadable data',
    discard: 'Discard it',
    unsavedTitle: 'Your last changes are not saved',
    unsavedBody:
      'This browser’s storage is full or switched off. Your changes are kept while this page stays open and are saved as soon as storage works again. Export the plan to keep a copy now.',
    retry: 'Try saving again',
  },
  backup: {
    heading: 'Backup',
    intro: 'Your plan lives only in this browser. Export it to keep a copy or move it to another computer.',
    export: 'Export',
    import: 'Import',
    exported: (file: string) => `Exported ${file}.`,
    refusedTitle: (file: string) => `“${file}” was not imported`,
    unchanged: 'Your current plan has not been changed.',
    tooLarge: (mb: string) => `The file is ${mb} MB; a workbook export is at most 5 MB.`,
    notJson: (detail: string) => `The file is not valid JSON (${detail}).`,
    forbiddenKey: (path: string) => `The file contains a key that is not allowed: ${path}.`,
    notAWorkbook: (detail: string) => `The file is not an AI Startup Workbook export (${detail}).`,
    newerVersion: (version: number) =>
      `The file was made by a newer version of this app (data version ${version}); update the app to import it.`,
    invalid: (detail: string) => `The file’s workbook is damaged: ${detail}.`,
    unreadableFile: 'The file could not be read.',
    previewTitle: 'Import this plan?',
    previewFile: 'File',
    previewName: 'Plan',
    previewExported: 'Exported',
    previewItems: (items: number, done: number) => `${items} items, ${done} done`,
    previewDiff: (added: number, changed: number, removed: number) =>
      `Compared with your current plan: ${added} added, ${changed} changed, ${removed} not in the file.`,
    previewHint:
      'Replace puts the file’s plan in place of yours. Merge keeps both, taking the newer edit of each item. Either can be undone.',
    replace: 'Replace',
    merge: 'Merge',
    replaced: 'Replaced your plan with the imported one.',
    merged: 'Merged the imported plan into yours.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have been mistyped, or the link may be old.',
    home: 'Go to the dashboard',
  },
  details: {
    heading: 'Plan details',
    intro: 'Shown on the printed cover.',
    name: 'Plan name',
    company: 'Company or founders',
    companyPlaceholder: 'e.g. Acme AI · Li Wei, Ana Souza',
  },
  print: {
    options: 'Print options',
    includeDone: 'Include done items',
    includeNotes: 'Include notes',
    includeDetails: 'Include the guide’s details',
    paper: 'Paper size',
    a4: 'A4',
    letter: 'US Letter',
    preparedFor: (company: string) => `Prepared by ${company}`,
    summary: 'Summary',
    area: 'Area',
    done: 'Done',
    open: 'Open',
    na: 'N/A',
    overdue: 'Overdue',
    percent: 'Progress',
    total: 'All areas',
    overdueHeading: 'Overdue items',
    dueSoonHeading: 'Due in the next 14 days',
    noneOverdue: 'Nothing is overdue.',
    noneDueSoon: 'Nothing is due in the next 14 days.',
    doneLeftOut: (count: number) => `${count} done ${count === 1 ? 'item' : 'items'} left out.`,
    pageCounter: ['Page ', ' of ', ''] as [string, string, string],
    back: 'Back to the workbook',
    print: 'Print',
    hint: 'To make a PDF, choose “Save as PDF” as the printer.',
    printedOn: (date: string) => `Printed ${date}`,
    notDone: 'Not done',
    notes: 'Notes',
    overallLine: (count: string) => `Overall progress: ${count}`,
    ownerIs: (owner: string) => `Owner: ${owner}`,
    priorityIs: (priority: string) => `Priority: ${priority}`,
    noItems: 'No items.',
  },
};

export type Messages = typeof en;

const zh: Messages = {
  languageName: '简体中文',
  appName: 'AI 创业工作簿',
  skipToContent: '跳到正文',
  language: '语言',
  areaNames: {
    challenges: '主要挑战',
    direction: '业务方向',
    team: '技术团队',
    funding: '资金规划',
    risk: '风险管理',
    marketing: '营销策略',
    legal: '法律问题',
    international: '国际化',
    talent: '人才',
    execution: '执行力',
  },
  nav: {
    label: '领域',
    dashboard: '总览',
    print: '打印',
  },
  progress: {
    overall: '总体进度',
    count: (done, total) => `已完成 ${done} / ${total}`,
    valueText: (done, total, percent) => `已完成 ${done} / ${total}，${percent}%`,
  },
  dashboard: {
    areasHeading: '十个领域',
    open: '打开',
    introHeading: '关于本工作簿',
  },
  area: {
    question: '引导问题',
    itemsLabel: (area) => `${area}清单`,
    empty: '还没有事项。在下方添加第一项。',
    newItem: '新事项',
    add: '添加',
    blankTitle: '请先填写事项标题再添加。',
    dragHandle: '拖动以调整顺序',
    editButton: '编辑',
    deleteButton: '删除',
    edit: (title) => `编辑 ${title}`,
    delete: (title) => `删除 ${title}`,
    moveUp: (title) => `上移：${title}`,
    moveDown: (title) => `下移：${title}`,
    notes: (title) => `${title} 的备注`,
    notesPlaceholder: '备注、决定、链接……',
    editTitle: '标题',
    editDetail: '说明',
    editTitleBlank: '标题不能为空。',
    save: '保存',
    cancel: '取消',
    deleted: (title) => `已删除“${title}”。`,
    reset: '重置本领域',
    resetConfirmTitle: (area) => `重置“${area}”？`,
    resetConfirmBody: '这会恢复本领域的指南事项：全部未勾选、没有备注。你在这里添加或修改的事项将被移除。重置后可以立即撤销。',
    resetConfirm: '重置',
    resetDone: (area) => `“${area}”已恢复为指南内容。`,
    added: (title) => `已添加“${title}”。`,
  },
  toast: {
    undo: '撤销',
    dismiss: '关闭',
    undone: '已撤销。',
  },
  tracking: {
    statuses: { todo: '待办', doing: '进行中', done: '已完成', na: '不适用' },
    priorities: { high: '高', medium: '中', low: '低' },
    noPriority: '无优先级',
    status: (title) => `状态：${title}`,
    owner: (title) => `负责人：${title}`,
    due: (title) => `截止日期：${title}`,
    priority: (title) => `优先级：${title}`,
    ownerPlaceholder: '负责人',
    overdue: '已逾期',
    dueOn: (date) => `${date} 截止`,
  },
  next: {
    heading: '下一步做什么',
    statusHeading: '按状态统计',
    overdueHeading: '已逾期',
    dueSoonHeading: '未来 14 天内到期',
    ownersHeading: '按负责人',
    recentHeading: '最近完成',
    noneOverdue: '没有逾期的事项。',
    noneDueSoon: '未来 14 天内没有到期的事项。',
    noOwners: '还没有事项指定负责人。请在各领域的事项上设置负责人。',
    noneCompleted: '还没有完成的事项。',
    ownerCounts: (done, open) => `已完成 ${done}，未完成 ${open}`,
    more: (count) => `还有 ${count} 项`,
    chartTitle: '各领域进度',
    chartSummary: (lowest, percent) => `进度最慢：${lowest}，${percent}%。`,
    area: '领域',
    done: '已完成',
    counted: '计入',
    percent: '百分比',
  },
  search: {
    label: '搜索计划',
    placeholder: '搜索……（按 /）',
    heading: '搜索',
    results: (count, query) => `有 ${count} 个事项匹配“${query}”。`,
    none: (query) => `没有事项匹配“${query}”。`,
    prompt: '输入标题、说明、备注或负责人中的词语。',
  },
  filter: {
    label: '筛选本领域',
    status: '状态',
    anyStatus: '全部状态',
    owner: '负责人',
    anyOwner: '所有人',
    overdue: '仅显示逾期',
    clear: '清除筛选',
    showing: (shown, total) => `显示 ${shown} / ${total} 个事项。`,
    noMatch: '没有符合筛选条件的事项。',
  },
  fieldProblem: ({ path, expectation: e }) => {
    const types: Record<string, string> = { string: '文本', number: '数字', boolean: '真或假', object: '对象', array: '列表' };
    const type = (t: string) => types[t] ?? t;
    const what =
      e.kind === 'missing'
        ? `缺少此项（应为${type(e.expected)}）`
        : e.kind === 'type'
          ? `应为${type(e.expected)}`
          : e.kind === 'one-of'
            ? `应为以下之一：${e.values.join('、')}`
            : e.kind === 'date'
              ? '应为 YYYY-MM-DD 格式的日期'
              : e.kind === 'at-least'
                ? `至少应为 ${e.minimum}`
                : '值不正确';
    return `${path || '整个文件'}：${what}`;
  },
  history: {
    undo: '撤销',
    redo: '重做',
    undoLabel: '撤销上一步更改',
    redoLabel: '重做刚撤销的更改',
    undone: '已撤销上一步更改。',
    redone: '已重做该更改。',
    nothingToUndo: '没有可撤销的更改。',
    nothingToRedo: '没有可重做的更改。',
  },
  storage: {
    unreadableTitle: '无法读取已保存的计划',
    notJson: '浏览器中保存的数据不是有效的 JSON。',
    wrongShape: (detail) => `浏览器中保存的数据格式与本应用不符${detail ? `（${detail}）` : ''}。`,
    newer: (version) => `这些数据由更新版本的应用保存（数据版本 ${version}）。`,
    earlier: '之前访问时无法读取的数据仍保存在此浏览器中。',
    keptAside: '已打开一个新的工作簿。无法读取的原始文本原样保留，直到你下载或丢弃它。',
    download: '下载无法读取的数据',
    discard: '丢弃',
    unsavedTitle: '最近的更改尚未保存',
    unsavedBody:
      '此浏览器的存储空间已满或已被禁用。只要页面保持打开，你的更改就会保留，并在存储恢复后立即保存。现在导出计划可以保留一份副本。',
    retry: '重新保存',
  },
  backup: {
    heading: '备份',
    intro: '你的计划只保存在此浏览器中。导出后可保留副本，或转移到另一台电脑。',
    export: '导出',
    import: '导入',
    exported: (file) => `已导出 ${file}。`,
    refusedTitle: (file) => `未导入“${file}”`,
    unchanged: '当前计划没有任何改动。',
    tooLarge: (mb) => `文件大小为 ${mb} MB；工作簿导出文件最大 5 MB。`,
    notJson: (detail) => `文件不是有效的 JSON（${detail}）。`,
    forbiddenKey: (path) => `文件包含不允许的键：${path}。`,
    notAWorkbook: (detail) => `文件不是 AI 创业工作簿的导出文件（${detail}）。`,
    newerVersion: (version) => `文件由更新版本的应用生成（数据版本 ${version}），请更新应用后再导入。`,
    invalid: (detail) => `文件中的工作簿已损坏：${detail}。`,
    unreadableFile: '无法读取该文件。',
    previewTitle: '导入这个计划？',
    previewFile: '文件',
    previewName: '计划',
    previewExported: '导出时间',
    previewItems: (items, done) => `共 ${items} 项，已完成 ${done} 项`,
    previewDiff: (added, changed, removed) =>
      `与当前计划相比：新增 ${added} 项，修改 ${changed} 项，文件中没有的 ${removed} 项。`,
    previewHint: '“替换”用文件中的计划取代你的计划；“合并”保留两者，每个事项取较新的修改。两者都可以撤销。',
    replace: '替换',
    merge: '合并',
    replaced: '已用导入的计划替换你的计划。',
    merged: '已将导入的计划合并到你的计划中。',
  },
  notFound: {
    title: '找不到页面',
    body: '这个地址没有页面，可能输错了，或者链接已经过时。',
    home: '回到总览',
  },
  details: {
    heading: '计划信息',
    intro: '显示在打印封面上。',
    name: '计划名称',
    company: '公司或创始人',
    companyPlaceholder: '例如：某某智能 · 李伟、王安',
  },
  print: {
    options: '打印选项',
    includeDone: '包含已完成的事项',
    includeNotes: '包含备注',
    includeDetails: '包含指南说明',
    paper: '纸张大小',
    a4: 'A4',
    letter: '美式信纸（Letter）',
    preparedFor: (company) => `编制：${company}`,
    summary: '概要',
    area: '领域',
    done: '已完成',
    open: '未完成',
    na: '不适用',
    overdue: '已逾期',
    percent: '进度',
    total: '全部领域',
    overdueHeading: '已逾期的事项',
    dueSoonHeading: '未来 14 天内到期',
    noneOverdue: '没有逾期的事项。',
    noneDueSoon: '未来 14 天内没有到期的事项。',
    doneLeftOut: (count) => `已省略 ${count} 个已完成的事项。`,
    pageCounter: ['第 ', ' 页，共 ', ' 页'],
    back: '返回工作簿',
    print: '打印',
    hint: '如需 PDF，请在打印机中选择“另存为 PDF”。',
    printedOn: (date) => `打印于 ${date}`,
    notDone: '未完成',
    notes: '备注',
    overallLine: (count) => `总体进度：${count}`,
    ownerIs: (owner) => `负责人：${owner}`,
    priorityIs: (priority) => `优先级：${priority}`,
    noItems: '没有事项。',
  },
};

export const MESSAGES: Record<Locale, Messages> = { en, zh };

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** The first visit follows the browser: any Chinese preference first in line means Chinese. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
