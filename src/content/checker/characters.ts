// Names the characters an officer cannot see or cannot tell apart (a Cyrillic і in "high", a zero-width space),
// with code point and Unicode name, because a quoted value and its did-you-mean otherwise look identical on screen.

/** Unicode names of the characters people paste in by accident, and the ASCII they pass for. */
const NAMES: Record<number, [name: string, looksLike?: string]> = {
  0x00a0: ['NO-BREAK SPACE', ' '],
  0x00ad: ['SOFT HYPHEN'],
  0x2007: ['FIGURE SPACE', ' '],
  0x2009: ['THIN SPACE', ' '],
  0x200a: ['HAIR SPACE', ' '],
  0x200b: ['ZERO WIDTH SPACE'],
  0x200c: ['ZERO WIDTH NON-JOINER'],
  0x200d: ['ZERO WIDTH JOINER'],
  0x200e: ['LEFT-TO-RIGHT MARK'],
  0x200f: ['RIGHT-TO-LEFT MARK'],
  0x202f: ['NARROW NO-BREAK SPACE', ' '],
  0x2060: ['WORD JOINER'],
  0xfeff: ['ZERO WIDTH NO-BREAK SPACE'],
  0x2010: ['HYPHEN', '-'],
  0x2011: ['NON-BREAKING HYPHEN', '-'],
  0x2013: ['EN DASH', '-'],
  0x2014: ['EM DASH', '-'],
  0x2212: ['MINUS SIGN', '-'],
  0x2018: ['LEFT SINGLE QUOTATION MARK', "'"],
  0x2019: ['RIGHT SINGLE QUOTATION MARK', "'"],
  0x201c: ['LEFT DOUBLE QUOTATION MARK', '"'],
  0x201d: ['RIGHT DOUBLE QUOTATION MARK', '"'],
  0x0430: ['CYRILLIC SMALL LETTER A', 'a'],
  0x0435: ['CYRILLIC SMALL LETTER IE', 'e'],
  0x043e: ['CYRILLIC SMALL LETTER O', 'o'],
  0x0440: ['CYRILLIC SMALL LETTER ER', 'p'],
  0x0441: ['CYRILLIC SMALL LETTER ES', 'c'],
  0x0443: ['CYRILLIC SMALL LETTER U', 'y'],
  0x0445: ['CYRILLIC SMALL LETTER HA', 'x'],
  0x0456: ['CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', 'i'],
  0x0458: ['CYRILLIC SMALL LETTER JE', 'j'],
  0x0455: ['CYRILLIC SMALL LETTER DZE', 's'],
  0x04bb: ['CYRILLIC SMALL LETTER SHHA', 'h'],
  0x0410: ['CYRILLIC CAPITAL LETTER A', 'A'],
  0x0412: ['CYRILLIC CAPITAL LETTER VE', 'B'],
  0x0415: ['CYRILLIC CAPITAL LETTER IE', 'E'],
  0x041a: ['CYRILLIC CAPITAL LETTER KA', 'K'],
  0x041c: ['CYRILLIC CAPITAL LETTER EM', 'M'],
  0x041d: ['CYRILLIC CAPITAL LETTER EN', 'H'],
  0x041e: ['CYRILLIC CAPITAL LETTER O', 'O'],
  0x0420: ['CYRILLIC CAPITAL LETTER ER', 'P'],
  0x0421: ['CYRILLIC CAPITAL LETTER ES', 'C'],
  0x0422: ['CYRILLIC CAPITAL LETTER TE', 'T'],
  0x0425: ['CYRILLIC CAPITAL LETTER HA', 'X'],
  0x03bf: ['GREEK SMALL LETTER OMICRON', 'o'],
  0x03b1: ['GREEK SMALL LETTER ALPHA', 'a'],
  0x039f: ['GREEK CAPITAL LETTER OMICRON', 'O'],
  0x0131: ['LATIN SMALL LETTER DOTLESS I', 'i'],
};

const SUSPECT = /[^\x20-\x7e]/u;

/** The text with every character outside printable ASCII written as \uXXXX, so it can be seen. */
export function escapeInvisible(text: string): string {
  return [...text].map((c) => (SUSPECT.test(c) && (NAMES[c.codePointAt(0)!] || /[\p{Cf}\p{Zs}\p{Cc}]/u.test(c)) ? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}` : c)).join('');
}

/** "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", or the code point and its kind when the name is not listed. */
export function characterName(c: string): string {
  const cp = c.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const known = NAMES[cp];
  if (known) return `${hex} ${known[0]}`;
  if (/[\p{Cf}\p{Zs}\p{Cc}]/u.test(c)) return `${hex} (an invisible character)`;
  if (/\p{Script=Cyrillic}/u.test(c)) return `${hex} (a Cyrillic letter)`;
  if (/\p{Script=Greek}/u.test(c)) return `${hex} (a Greek letter)`;
  return hex;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * For a value an officer typed where only plain words are allowed: which character is not what it looks like.
 * Returns '' when every character is printable ASCII.
 */
export function explainCharacters(text: string): string {
  const chars = [...text];
  const i = chars.findIndex((c) => SUSPECT.test(c));
  if (i < 0) return '';
  const c = chars[i]!;
  const known = NAMES[c.codePointAt(0)!];
  const place = i < ORDINALS.length ? `the ${ORDINALS[i]} character` : `character ${i + 1}`;
  const like = known?.[1] === undefined ? '' : known[1] === ' ' ? ', not an ordinary space' : `, not "${known[1]}"`;
  const invisible = /[\p{Cf}\p{Zs}]/u.test(c) && known?.[1] !== ' ' ? ' (it takes no space on screen)' : '';
  return `${place} is ${characterName(c)}${invisible}${like}`;
}

/** A string value quoted for a message: escaped where characters are invisible or look-alike. */
export function quoteValue(text: string): string {
  return `"${escapeInvisible(text)}"`;
}
