// Reads a chosen file into a previewable workbook (a JSON export), a new plan (a Markdown export) or a
// worded refusal; loaded when a file is chosen.
import { planTextWords } from './plan-text-words';
import { type ImportMessages, importEn } from '../i18n/import-messages.en';
import { importZh } from '../i18n/import-messages.zh';
import type { Messages } from '../i18n/messages';
import { fieldProblemText } from '../i18n/field-problem-text';
import { selectWorkbook, systemClock } from '../store/workbook-store';
import { planName } from '../workbook/guide';
import { workbookStorage, workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import type { Locale, Workbook } from '../workbook/model';
import type { PersistedState } from '../workbook/persisted-state';
// Static: this file is itself loaded on use, and a dynamic import here would move the bundler's
// preload helper out of the entry into a chunk of its own, which a first visit then loads too.
import {
  type MarkdownExpectation,
  type MarkdownLanguage,
  type MarkdownProblem,
  readPlanMarkdown,
} from '../workbook/plan-markdown';
import { type ImportProblem, MAX_IMPORT_BYTES, parseImport } from '../workbook/transfer';
import { type GuideProblem, looksLikeGuide, readGuideMarkdown } from '../workbook/guide-import';
import { guidesForImport } from './guides-for-import';
import { addedPlanStateText, importedStateText } from './imported-state';

export interface Preview {
  fileName: string;
  workbook: Workbook;
  exportedAt: string | null;
}

export type ReadResult =
  | { ok: true; preview: Preview }
  /** A Markdown export, taken in at once as a plan of its own that nothing else changes. */
  | { ok: true; added: Workbook }
  | { ok: false; text: string };

type FileProblem = { code: 'unreadable-file' } | { code: 'not-utf8' } | { code: 'no-room'; bytes: number };

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes < MB ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / MB).toFixed(1)} MB`);

function problemText(t: Messages, problem: ImportProblem | FileProblem) {
  switch (problem.code) {
    case 'too-large':
      return t.importing.tooLarge((problem.bytes / 1024 / 1024).toFixed(1));
    case 'not-json':
      return t.importing.notJson(problem.detail);
    case 'forbidden-key':
      return t.importing.forbiddenKey(problem.path);
    case 'too-deep':
      return t.importing.tooDeep(problem.depth);
    case 'not-a-workbook':
      return t.importing.notAWorkbook(problem.field ? fieldProblemText(t, problem.field) : problem.detail);
    case 'newer-version':
      return t.importing.newerVersion(problem.version);
    case 'invalid':
      return t.importing.invalid(problem.field ? fieldProblemText(t, problem.field) : problem.detail);
    case 'unreadable-file':
      return t.importing.unreadableFile;
    case 'not-utf8':
      return t.importing.notUtf8;
    case 'no-room':
      return t.importing.noRoom(size(problem.bytes));
  }
}

function expectedText(words: ImportMessages['expected'], expected: MarkdownExpectation): string {
  switch (expected.kind) {
    case 'front-matter-start':
      return words.frontMatterStart;
    case 'front-matter-field':
      return words.frontMatterField;
    case 'front-matter-end':
      return words.frontMatterEnd;
    case 'quoted-text':
      return words.quotedText(expected.field);
    case 'area-heading':
      return words.areaHeading;
    case 'known-area':
      return words.knownArea(expected.found);
    case 'other-area':
      return words.otherArea(expected.title, expected.line);
    case 'task-or-heading':
      return words.taskOrHeading;
    case 'title':
      return words.title;
    case 'due-date':
      return words.dueDate;
    case 'owner':
      return words.owner;
  }
}

function markdownProblemText(t: Messages, words: ImportMessages, problem: MarkdownProblem): string {
  switch (problem.code) {
    case 'too-large':
      return problemText(t, problem);
    case 'too-many-items':
      return words.tooManyItems(problem.limit.toLocaleString('en'));
    case 'line':
      return words.line(problem.line, expectedText(words.expected, problem.expected));
  }
}

/** Exports are UTF-8; text in any other encoding would be read with replacement characters and kept. */
function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function readText(file: File): Promise<{ ok: true; text: string } | { ok: false; problem: FileProblem }> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: { code: 'unreadable-file' } };
  }
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, problem: { code: 'not-utf8' } } : { ok: true, text };
}

/**
 * A Markdown export by its name, or a file named neither way whose text is not JSON's, so that a text
 * file that is not an export is refused with the line at fault rather than as broken JSON.
 */
function isMarkdown(file: File, text: string): boolean {
  if (/\.(md|markdown|txt)$/i.test(file.name) || file.type === 'text/markdown') return true;
  return !/\.json$/i.test(file.name) && !/^\s*[{[]/.test(text);
}

/** Each language's words, downloaded when not yet here (the app's `loadMessages`). */
export type LoadWords = (locale: Locale) => Promise<Messages>;

/** The guides and words of both languages: a file is read in the language it was written in, whichever is shown. */
async function markdownLanguages(loadWords: LoadWords): Promise<Record<Locale, MarkdownLanguage>> {
  const [guides, en, zh] = await Promise.all([guidesForImport(), loadWords('en'), loadWords('zh')]);
  return { en: { template: guides.en, words: planTextWords(en) }, zh: { template: guides.zh, words: planTextWords(zh) } };
}

/**
 * A plan that could not be saved would be lost at the next reload with everything done after the
 * import, so a file is refused unless the plan it makes fits in what this browser has left.
 */
function checkRoom(text: string): FileProblem | null {
  return workbookStorage.hasRoomFor(text) ? null : { code: 'no-room', bytes: new TextEncoder().encode(text).length };
}

function persisted(): PersistedState {
  const { workbooks, activeWorkbookId, locale, deletedWorkbooks } = workbookStore.getState();
  return { workbooks, activeWorkbookId, locale, ...(deletedWorkbooks && { deletedWorkbooks }) };
}

async function readMarkdown(file: File, text: string, t: Messages, loadWords: LoadWords): Promise<ReadResult> {
  let languages: Record<Locale, MarkdownLanguage>;
  try {
    languages = await markdownLanguages(loadWords);
  } catch {
    return { ok: false, text: t.partUnavailable };
  }
  const state = persisted();
  const words = state.locale === 'zh' ? importZh : importEn;
  if (looksLikeGuide(text)) return readGuide(file, text, t, words, state);
  const result = readPlanMarkdown(text, languages, systemClock, file.size);
  if (!result.ok) return { ok: false, text: markdownProblemText(t, words, result.problem) };
  const noRoom = checkRoom(addedPlanStateText(state, result.workbook));
  if (noRoom) return { ok: false, text: problemText(t, noRoom) };
  // Added beside the other plans and shown: there is nothing to preview, since no plan is overwritten.
  workbookStore.getState().putWorkbook(result.workbook, true);
  useToast.getState().showToast(words.created(planName(result.workbook, languages[state.locale].template), file.name));
  return { ok: true, added: result.workbook };
}

function guideProblemText(t: Messages, words: ImportMessages, problem: GuideProblem): string {
  switch (problem.code) {
    case 'too-large':
      return problemText(t, problem);
    case 'too-many-items':
      return words.tooManyItems(problem.limit.toLocaleString('en'));
    case 'too-many-areas':
      return words.tooManyAreas(problem.limit);
    case 'guide-line':
      return words.guideLine(problem.line, problem.reason);
  }
}

/** A guide in the seeds' format: a new plan with its sections as areas, shown at once. */
export function readGuide(
  file: File,
  text: string,
  t: Messages,
  words: ImportMessages,
  state = persisted(),
  name?: string,
): ReadResult {
  const result = readGuideMarkdown(text, systemClock, file.size);
  if (!result.ok) return { ok: false, text: guideProblemText(t, words, result.problem) };
  const workbook = name?.trim() ? { ...result.workbook, name: name.trim(), nameChangedAt: systemClock.now() } : result.workbook;
  const noRoom = checkRoom(addedPlanStateText(state, workbook));
  if (noRoom) return { ok: false, text: problemText(t, noRoom) };
  workbookStore.getState().putWorkbook(workbook, true);
  useToast
    .getState()
    .showToast(words.createdFromGuide(planName(workbook, { title: '' }), file.name, workbook.guide?.areas.length ?? 0));
  return { ok: true, added: workbook };
}

/** A guide file chosen under New plan: a new plan named `name` (or after the guide), or a worded refusal. */
export async function readGuideFile(file: File, t: Messages, name: string): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, text: problemText(t, { code: 'too-large', bytes: file.size }) };
  const read = await readText(file);
  if (!read.ok) return { ok: false, text: problemText(t, read.problem) };
  const state = persisted();
  return readGuide(file, read.text, t, state.locale === 'zh' ? importZh : importEn, state, name);
}

export async function readImportFile(file: File, t: Messages, loadWords: LoadWords): Promise<ReadResult> {
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, text: problemText(t, { code: 'too-large', bytes: file.size }) };
  const read = await readText(file);
  if (!read.ok) return { ok: false, text: problemText(t, read.problem) };
  if (isMarkdown(file, read.text)) return readMarkdown(file, read.text, t, loadWords);
  const result = parseImport(read.text, file.size);
  if (!result.ok) return { ok: false, text: problemText(t, result.problem) };
  const state = persisted();
  const noRoom = checkRoom(importedStateText(state, selectWorkbook(workbookStore.getState()), result.workbook, Date.now()));
  if (noRoom) return { ok: false, text: problemText(t, noRoom) };
  return { ok: true, preview: { fileName: file.name, workbook: result.workbook, exportedAt: result.exportedAt } };
}
