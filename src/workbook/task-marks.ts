// The Obsidian Tasks marks of a task line, which the Markdown writer (plan-text.ts) and reader
// (plan-markdown.ts) share: a module of their own, so the reader does not pull in the writer.
import type { Priority } from './model';

/** The Obsidian Tasks priority marks. */
export const PRIORITY_MARKS: Record<Priority, string> = { high: '⏫', medium: '🔼', low: '🔽' };
/** The Obsidian Tasks due-date mark. */
export const DUE_MARK = '📅';
