import { describe, expect, it } from 'vitest';
import { inList, isolated, nameInSentence, shortened, withControlsShown } from './shown-text';

describe('user text shown where look-alikes must be told apart', () => {
  it('an owner written backwards with a right-to-left override is not shown as the name it imitates', () => {
    expect(withControlsShown('\u202EnnA')).toBe('⟨U+202E⟩nnA');
    expect(withControlsShown('\u202EnnA')).not.toBe(withControlsShown('Ann'));
    expect(withControlsShown('Ann')).toBe('Ann');
  });

  it('every invisible or direction-changing character is shown, each where it was', () => {
    const hidden = [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\uFEFF',
      '\u061C',
      '\u2060',
    ];
    for (const character of hidden) {
      const code = character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      expect(withControlsShown(`A${character}n`)).toBe(`A⟨U+${code}⟩n`);
    }
  });

  it('letters of any script, emoji and ordinary spaces are left as they are', () => {
    for (const text of ['李伟', 'علي', 'שרה', 'Zoë', 'Ana Souza']) expect(withControlsShown(text)).toBe(text);
  });

  it('a joiner that is part of writing stays: inside an emoji, or between Persian or Hindi letters', () => {
    for (const text of ['👩🏽\u200D💻', '👨\u200D👩\u200D👧', 'می\u200Cخواهم', 'क्\u200Dष'])
      expect(withControlsShown(text)).toBe(text);
  });

  it('a joiner between Latin letters, where it changes nothing seen, is shown', () => {
    expect(withControlsShown('An\u200Cn')).toBe('An⟨U+200C⟩n');
    expect(withControlsShown('An\u200Dn')).toBe('An⟨U+200D⟩n');
    expect(withControlsShown('\u200DAnn')).toBe('⟨U+200D⟩Ann');
  });
});

describe('long user text shortened for a list', () => {
  it('text within the limit is unchanged', () => {
    expect(shortened('Ana Souza', 9)).toBe('Ana Souza');
  });

  it('longer text keeps its start and ends with an ellipsis, no longer than the limit', () => {
    expect(shortened('A'.repeat(10_000), 40)).toBe(`${'A'.repeat(39)}…`);
  });

  it('never splits a character written with two code units', () => {
    expect(shortened('👩'.repeat(50), 10)).toBe(`${'👩'.repeat(9)}…`);
  });
});

describe('an owner in a list of owners', () => {
  it('is shown with its hidden characters written out, and cut to 40 characters', () => {
    expect(inList('\u202EnnA')).toBe('⟨U+202E⟩nnA');
    expect(inList('Ana Souza')).toBe('Ana Souza');
    expect(inList('A'.repeat(10_000))).toBe(`${'A'.repeat(39)}…`);
  });
});

describe('user text set into a sentence', () => {
  it('text that could turn the sentence around is isolated from it', () => {
    expect(isolated('\u202Etnuocca knab')).toBe('\u2068\u202Etnuocca knab\u2069');
    expect(isolated('שרה 2')).toBe('\u2068שרה 2\u2069');
    expect(isolated('علي')).toBe('\u2068علي\u2069');
    expect(isolated('a\u200Fb')).toBe('\u2068a\u200Fb\u2069');
  });

  it('text that cannot is left as it is, so the sentence copies and compares as written', () => {
    for (const text of ['Risk control', '风险控制', 'Zoë', '2026', '']) expect(isolated(text)).toBe(text);
  });
});

describe('nameInSentence', () => {
  it('cuts a name of thousands of characters short and isolates one that turns the words around it', () => {
    expect(nameInSentence('L'.repeat(10_000))).toBe(`${'L'.repeat(79)}…`);
    expect(nameInSentence('Acme')).toBe('Acme');
    expect(nameInSentence('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
  });
});
