/**
 * Stage 2 — normalise: the text as read → an analysis text of exactly the same
 * length, so that every offset found in the analysis text is an offset into the
 * text as read.
 *
 * Only one-for-one substitutions are made:
 *  - NBSP, narrow NBSP, figure space, tabs, zero-width spaces → ' '
 *  - CR → ' ' before LF (so "\r\n" reads as " \n": a line break, offsets intact);
 *    a lone CR (old Mac line ends) → '\n'
 *  - curly quotes and primes → straight quotes ('“' → '"', '’' → "'")
 *  - other control characters → ' '
 */
const MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u200b': ' ',
  '\u2060': ' ',
  '\ufeff': ' ',
  '\t': ' ',
  '\r': ' ',
  '\f': ' ',
  '\v': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u2033': '"',
};

// eslint-disable-next-line no-control-regex
const PATTERN = /[\u00a0\u202f\u2007\u2009\u200a\u200b\u2060\ufeff\t\r\f\v\u2028\u2029\u201c-\u201f\u00ab\u00bb\u2018-\u201b\u2032\u2033\x00-\x08\x0e-\x1f\x7f]/g;

export function normalise(text: string): string {
  return text.replace(PATTERN, (ch, at: number) => (ch === '\r' && text.charCodeAt(at + 1) !== 10 ? '\n' : MAP[ch] ?? ' '));
}
