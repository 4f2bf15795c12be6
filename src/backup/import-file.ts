// Reads a chosen file into a previewable workbook or a worded refusal; loaded when a file is chosen.
import type { Messages } from '../i18n/messages';
import { fieldProblemText } from '../i18n/field-problem-text';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStorage, workbookStore } from '../store/use-workbook';
import type { Workbook } from '../workbook/model';
import { type ImportProblem, MAX_IMPORT_BYTES, parseImport } from '../workbook/transfer';
import { importedStateText } from './imported-state';

export interface Preview {
  fileName: string;
  workbook: Workbook;
  exportedAt: string | null;
}

export type ReadResult = { ok: true; preview: Preview } | { ok: false; text: string };

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

/** Exports are UTF-8; text in any other encoding would be read with replacement characters and kept. */
function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function readAndParse(file: File): Promise<ReturnType<typeof parseImport> | { ok: false; problem: FileProblem }> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: { code: 'unreadable-file' } };
  }
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, problem: { code: 'not-utf8' } } : parseImport(text, file.size);
}

/**
 * A plan that could not be saved would be lost at the next reload with everything done after the
 * import, so a file is refused unless the plan it makes fits in what this browser has left.
 */
function checkRoom(incoming: Workbook): FileProblem | null {
  const state = workbookStore.getState();
  const text = importedStateText(state, selectWorkbook(state), incoming, Date.now());
  return workbookStorage.hasRoomFor(text) ? null : { code: 'no-room', bytes: new TextEncoder().encode(text).length };
}

export async function readImportFile(file: File, t: Messages): Promise<ReadResult> {
  // Refuse an oversized file before reading it into memory.
  const result =
    file.size > MAX_IMPORT_BYTES
      ? ({ ok: false, problem: { code: 'too-large', bytes: file.size } } as const)
      : await readAndParse(file);
  if (!result.ok) return { ok: false, text: problemText(t, result.problem) };
  const noRoom = checkRoom(result.workbook);
  if (noRoom) return { ok: false, text: problemText(t, noRoom) };
  return { ok: true, preview: { fileName: file.name, workbook: result.workbook, exportedAt: result.exportedAt } };
}
