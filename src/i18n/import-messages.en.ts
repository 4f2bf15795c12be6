// The words of reading a Markdown export back, in English. They come with the import's own code, on
// use, so a first visit downloads none of them; import-messages.zh.ts has the same keys.
import { isolated } from '../workbook/shown-text';

export const importEn = {
  created: (name: string, file: string) =>
    `Made a new plan, “${isolated(name)}”, from ${isolated(file)}. Your other plans are unchanged.`,
  tooManyItems: (limit: string) => `The file has more than ${limit} items; a plan holds at most ${limit}.`,
  line: (line: number, expected: string) => `Line ${line}: expected ${expected}.`,
  createdFromGuide: (name: string, file: string, areas: number) =>
    `Made a new plan, “${isolated(name)}”, from the guide ${isolated(file)}: ${areas} ${areas === 1 ? 'area' : 'areas'}. Your other plans are unchanged.`,
  guideLine: (line: number, reason: string) =>
    `Line ${line} of the guide: ${reason}. A guide has a “### title”, then sections “#### 1. Title”, each with a “**Question:** …” line and bullets “- **Label:** text”.`,
  tooManyAreas: (limit: number) => `The guide has more than ${limit} sections; a plan holds at most ${limit} areas.`,
  expected: {
    frontMatterStart: '“---”, which starts the front matter of a Markdown export',
    frontMatterField: 'a front matter field such as “plan: "Name"”, or “---” to end the front matter',
    frontMatterEnd: '“---” to end the front matter',
    quotedText: (field: string) => `the value of “${field}” in double quotes, as in ${field}: "Name"`,
    areaHeading: 'an area heading such as “## 1. …”',
    knownArea: (found: string) => `the heading of one of the plan’s ten areas, not “${isolated(found)}”`,
    otherArea: (title: string, line: number) => `another area’s heading: “${isolated(title)}” is already on line ${line}`,
    taskOrHeading: 'a task line “- [ ] title”, its detail or notes indented below it, or an area heading',
    title: 'a title after the box, as in “- [ ] title”',
    dueDate: 'a day that exists after 📅, written YYYY-MM-DD',
    owner: 'an owner after @, in double quotes when it has spaces, as in @"Li Wei"',
  },
};

export type ImportMessages = typeof importEn;
