import { describe, expect, it } from 'vitest';
import { noteLinesAtLeast, rowHeightAtLeast, rowsToFill } from './first-frame';

describe('noteLinesAtLeast', () => {
  it('counts one line for empty notes and one per paragraph', () => {
    expect(noteLinesAtLeast('')).toBe(1);
    expect(noteLinesAtLeast('GPU quote\nCall counsel\n\nSeed deck')).toBe(4);
  });

  it('counts the lines a long paragraph wraps to, never more than it can', () => {
    // 1,956 characters wrap to 21 lines in the widest notes box; the estimate stays below that.
    const meetingNotes = `${'Meeting notes: discussed GPU capacity, data licensing, hiring plan and the seed round timeline. '.repeat(20)}\nNext steps: follow up with counsel.`;
    expect(noteLinesAtLeast(meetingNotes)).toBe(19);
    expect(noteLinesAtLeast(meetingNotes)).toBeLessThanOrEqual(21);
  });
});

describe('rowsToFill', () => {
  const plain = () => rowHeightAtLeast('');

  it('fills a 900 px window with four rows of titles, a 2000 px one with eleven', () => {
    expect(rowsToFill(900 - 360, 500, plain)).toBe(4);
    expect(rowsToFill(2000 - 360, 500, plain)).toBe(11);
  });

  it('needs fewer rows when the first holds long notes', () => {
    const longNotes = 'A paragraph of notes long enough to wrap, '.repeat(46);
    expect(rowsToFill(900 - 360, 500, (i) => rowHeightAtLeast(i === 0 ? longNotes : ''))).toBe(1);
  });

  it('renders at least one row and never more than there are', () => {
    expect(rowsToFill(0, 500, plain)).toBe(1);
    expect(rowsToFill(5000, 3, plain)).toBe(3);
  });
});
