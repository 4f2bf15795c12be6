// The words of reading a Markdown export back, in Simplified Chinese, key for key as in import-messages.en.ts.
import { isolated } from '../workbook/shown-text';
import type { ImportMessages } from './import-messages.en';

export const importZh = {
  created: (name, file) => `已根据 ${isolated(file)} 新建计划“${isolated(name)}”，其他计划没有改动。`,
  tooManyItems: (limit) => `文件中的事项超过 ${limit} 项；一个计划最多 ${limit} 项。`,
  line: (line, expected) => `第 ${line} 行：应为${expected}。`,
  createdFromGuide: (name, file, areas) =>
    `已根据指南 ${isolated(file)} 新建计划“${isolated(name)}”，共 ${areas} 个领域；其他计划没有改动。`,
  // The parser's reason is in English (it also stops the build on a broken seed); the form is said here.
  guideLine: (line, reason) =>
    `指南第 ${line} 行有误（${reason}）。指南应有“### 标题”，然后是“#### 1. 标题”形式的各节，每节有一行“**题目：** …”和“- **标签：** 内容”形式的要点。`,
  tooManyAreas: (limit) => `指南的节数超过 ${limit}；一个计划最多 ${limit} 个领域。`,
  expected: {
    frontMatterStart: '“---”，即 Markdown 导出文件开头前置信息的起始行',
    frontMatterField: '前置信息中的字段，例如“plan: "名称"”，或结束前置信息的“---”',
    frontMatterEnd: '结束前置信息的“---”',
    quotedText: (field) => `用双引号括起的“${field}”的值，例如 ${field}: "名称"`,
    areaHeading: '领域标题，例如“## 1. …”',
    knownArea: (found) => `计划十个领域之一的标题，而不是“${isolated(found)}”`,
    otherArea: (title, line) => `另一个领域的标题：“${isolated(title)}”已在第 ${line} 行出现`,
    taskOrHeading: '任务行“- [ ] 标题”、其下缩进的说明或备注，或领域标题',
    title: '方框后的标题，例如“- [ ] 标题”',
    dueDate: '📅 后的真实日期，格式为 YYYY-MM-DD',
    owner: '@ 后的负责人，含空格时用双引号括起，例如 @"Li Wei"',
  },
} satisfies ImportMessages;
