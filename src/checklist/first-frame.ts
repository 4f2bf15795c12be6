// How many rows an area opens with: those that can be on screen in its first frame, from what the
// rows hold, without reading any layout. Each row more costs the switch about a millisecond and
// shows nothing until the user scrolls, by when the rest are in (see useProgressiveCount).
//
// The sizes below are lower bounds, measured in the built app (the list's top and the shortest row
// on every area of the guide's plan and the 500-item plan, in both languages, at widths from 320 to
// 2560 px; the notes box in English at 320, 1280 and 2560 px and in Chinese at 1280). They follow
// the styles of `.item` and `.item__notes-input` in base.css: measure again when those change.
// Underestimating a row only renders one more; overestimating leaves the bottom of the window
// empty for a frame, until the next rows come in.

/** The list starts at least this far down the page: 387 px in English, 391 in Chinese, at the least. */
export const LIST_TOP_MIN = 360;
/** No row is shorter: a title alone with an empty notes box measures 157–159 px. */
const ROW_MIN = 150;
/** Each line of notes past the first adds one line of the notes box: 23.25 px. */
const NOTE_LINE = 23;
/**
 * More characters than fit on a line of the notes box at its widest (763 px): 98 of English prose
 * do, and fewer of Chinese. Only a line of mostly narrow letters holds more.
 */
const NOTE_LINE_CHARS = 110;

/** The fewest lines the notes box can take for `notes`: each paragraph fills at least one. */
export function noteLinesAtLeast(notes: string): number {
  let lines = 0;
  for (const paragraph of notes.split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / NOTE_LINE_CHARS));
  return lines;
}

/** The least a row with these notes can measure. */
export function rowHeightAtLeast(notes: string): number {
  return ROW_MIN + (noteLinesAtLeast(notes) - 1) * NOTE_LINE;
}

/**
 * How many of `count` rows, the `i`th at least `rowHeight(i)` tall, it takes to fill `height` px:
 * at least one, at most `count`.
 */
export function rowsToFill(height: number, count: number, rowHeight: (index: number) => number): number {
  let filled = 0;
  let rows = 0;
  while (rows < count && filled < height) {
    filled += rowHeight(rows);
    rows += 1;
  }
  return Math.max(1, rows);
}
