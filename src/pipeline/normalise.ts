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
 *  - a paragraph's opening words set in capitals by a newspaper's house style ("COUNCIL workers could …",
 *    "THE union has …") → their ordinary case ("Council workers", "The union"), so that the tagger and the
 *    actors stage read them as words, not as an acronym or a new name. Only words of three letters or more
 *    that the text also writes in lower or title case, or that are words of English; never a word the text
 *    writes in capitals elsewhere (an acronym: "HALVO", "WHO").
 */
import { lexiconTag } from './nlp.js';

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
  const out = text.replace(PATTERN, (ch, at: number) => (ch === '\r' && text.charCodeAt(at + 1) !== 10 ? '\n' : MAP[ch] ?? ' '));
  return out.replace(LEAD_CAPS, (run: string, _p: string, words: string) => run.slice(0, run.length - words.length) + recaseLead(out, words));
}

/** capitals opening a paragraph and followed by a word in lower or title case: "COUNCIL workers", "THE Halden Union" */
const LEAD_CAPS = /(^|\n) *(\p{Lu}{2,}(?: +\p{Lu}{2,})*)(?= +\p{Lu}?\p{Ll})/gu;

/** the run of capitals in its ordinary case, word by word where the text shows the word is one */
function recaseLead(text: string, run: string): string {
  return run.replace(/\p{Lu}+/gu, (w) => (ordinaryWord(text, w) ? w[0] + w.slice(1).toLowerCase() : w));
}

function ordinaryWord(text: string, w: string): boolean {
  if (w.length < 3) return false;
  const low = w.toLowerCase();
  const title = w[0] + low.slice(1);
  const caps = text.match(new RegExp(`(?<![\\p{L}\\d])${w}(?![\\p{L}\\d])`, 'gu'))?.length ?? 0;
  // (written in capitals more than once: an acronym or a name so styled)
  if (caps > 1) return false;
  if (new RegExp(`(?<![\\p{L}\\d])(?:${low}|${title})(?![\\p{L}\\d])`, 'u').test(text)) return true;
  return w.length >= 4 && [low, low.replace(/e?s$/, '')].some((x) => lexiconTag(x) !== undefined);
}
