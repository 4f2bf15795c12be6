// Every string a user reads, in English and Simplified Chinese; a missing translation is a type error.
import type { AreaId, Locale } from '../workbook/model';

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
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have been mistyped, or the link may be old.',
    home: 'Go to the dashboard',
  },
  print: {
    back: 'Back to the workbook',
    print: 'Print',
    hint: 'To make a PDF, choose “Save as PDF” as the printer.',
    printedOn: (date: string) => `Printed ${date}`,
    done: 'Done',
    notDone: 'Not done',
    notes: 'Notes',
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
  notFound: {
    title: '找不到页面',
    body: '这个地址没有页面，可能输错了，或者链接已经过时。',
    home: '回到总览',
  },
  print: {
    back: '返回工作簿',
    print: '打印',
    hint: '如需 PDF，请在打印机中选择“另存为 PDF”。',
    printedOn: (date) => `打印于 ${date}`,
    done: '已完成',
    notDone: '未完成',
    notes: '备注',
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
