// Reads a PDF the way a reader would: its text (pdftotext) and its page count and size (pdfinfo).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

export interface PdfContents {
  pages: number;
  pageSize: string;
  /** The text with all runs of white space folded to one space. */
  text: string;
  /** The text with no white space at all, for Chinese, which wraps between any two characters. */
  compact: string;
}

export function readPdf(pdf: Buffer, path: string): PdfContents {
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text: raw.replace(/\s+/g, ' '),
    compact: raw.replace(/\s+/g, ''),
  };
}
