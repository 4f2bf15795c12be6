// Reads a chosen file into a previewable workbook or a worded refusal; loaded when a file is chosen.
import type { Messages } from '../i18n/messages';
import { wordFieldProblem } from '../i18n/word-field-problem';
import type { Workbook } from '../workbook/model';
import { type ImportProblem, MAX_IMPORT_BYTES, parseImport } from '../workbook/transfer';

export interface Preview {
  fileName: string;
  workbook: Workbook;
  exportedAt: string | null;
}

export type ReadResult = { ok: true; preview: Preview } | { ok: false; text: string };

function problemText(t: Messages, problem: ImportProblem | { code: 'unreadable-file' }) {
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
      return t.importing.notAWorkbook(problem.field ? wordFieldProblem(t, problem.field) : problem.detail);
    case 'newer-version':
      return t.importing.newerVersion(problem.version);
    case 'invalid':
      return t.importing.invalid(problem.field ? wordFieldProblem(t, problem.field) : problem.detail);
    case 'unreadable-file':
      return t.importing.unreadableFile;
  }
}

export async function readImportFile(file: File, t: Messages): Promise<ReadResult> {
  // Refuse an oversized file before reading it into memory.
  const result =
    file.size > MAX_IMPORT_BYTES
      ? ({ ok: false, problem: { code: 'too-large', bytes: file.size } } as const)
      : await file.text().then(
          (text) => parseImport(text, file.size),
          () => ({ ok: false, problem: { code: 'unreadable-file' } }) as const,
        );
  return result.ok
    ? { ok: true, preview: { fileName: file.name, workbook: result.workbook, exportedAt: result.exportedAt } }
    : { ok: false, text: problemText(t, result.problem) };
}
