// User text shown where it must not mislead: characters that are invisible or that turn the text
// around made visible, and text too long for a list cut short. Pure, so the filter and the dashboard
// show the same thing.

// Zero-width characters, direction marks, embeddings, overrides and isolates, the Arabic letter mark,
// the word joiner and invisible operators, and the byte order mark: each draws nothing, or draws the
// letters around it in another order, so "\u202EnnA" reads "Ann".
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Zero-width joiners and non-joiners are part of some writing: they build an emoji from emoji, and
// shape Arabic-script and Indic letters (a Persian word needs its non-joiner). There they stay.
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const SHAPED_BEFORE = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\u0900-\u0DFF]$/u;
const SHAPED_AFTER = /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\u0900-\u0DFF]/u;

function isPartOfWriting(before: string, after: string): boolean {
  return (EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) || (SHAPED_BEFORE.test(before) && SHAPED_AFTER.test(after));
}

/** The text with each hidden character written out as ⟨U+202E⟩, so two look-alikes differ on screen. */
export function withControlsShown(text: string): string {
  return text.replace(HIDDEN, (character, offset: number) => {
    const joiner = character === '\u200C' || character === '\u200D';
    if (joiner && isPartOfWriting(text.slice(Math.max(0, offset - 2), offset), text.slice(offset + 1, offset + 3))) {
      return character;
    }
    return `⟨U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/**
 * An owner as a list of owners shows it (the area's filter, an owner field's suggestions): side by
 * side, look-alikes must read differently, and one long owner must not make the list as wide as itself.
 */
export function inList(text: string): string {
  return shortened(withControlsShown(text), 40);
}

/** At most `limit` characters: longer text keeps its start and ends with an ellipsis. */
export function shortened(text: string, limit: number): string {
  // A cheap check first: most text is short, and counting code points walks the whole string.
  if (text.length <= limit) return text;
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  return `${characters.slice(0, limit - 1).join('')}…`;
}

// Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the like, and their
// presentation forms) and the characters that change direction.
const TURNS =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * User text to set into a sentence where markup cannot go (a toast, a status line): wrapped in
 * first-strong and pop isolates when it could reorder the words around it. Other text is left as
 * it is, so the sentence copies and compares as written.
 */
export function isolated(text: string): string {
  return TURNS.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * A name as typed (a plan's) inside a sentence of a toast or a dialog's title: isolated, and cut short,
 * since a name of thousands of characters would make the message taller than the screen and push its
 * Undo out of reach.
 */
export function nameInSentence(name: string): string {
  return isolated(shortened(name, 80));
}
