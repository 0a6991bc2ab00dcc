/**
 * Stage 3 — sentences: the analysis text → sentences with exact offsets,
 * paragraphs, headline flags and duplicates.
 *
 * A rule-based splitter written for news text (compromise's own splitter merges
 * `." Next`, `3 p.m. The`, `U.K. Officials` and splits `No. 10`; see README):
 *
 *  1. Lines. A blank line ends a paragraph; a single line break also ends one,
 *     unless the text is hard-wrapped there (the next line continues the
 *     sentence: it starts in lower case, or the line ends in a comma, or the
 *     block is made of long unpunctuated lines).
 *  2. Within a logical line, a sentence ends at `.`, `!`, `?` or `…` (with any
 *     closing quotes/brackets) followed by white space and a capital, a digit, a
 *     letter of a script without case (Hebrew, Arabic, CJK) or an opening quote —
 *     unless the period belongs to an abbreviation ("Mr.",
 *     "Jan. 5", "No. 10"), an initial ("George W. Bush"), or an acronym followed
 *     by a name ("U.S. Treasury"). CJK full stops end a sentence on their own.
 *  3. A sentence longer than MAX_SENTENCE characters is cut at a comma or space,
 *     so that a blob without punctuation can never stall the tagger.
 *  4. A short title-like line without final punctuation is a headline.
 *  5. A sentence whose text (white space folded) was seen before is a duplicate.
 *  6. A sentence on a line of page furniture (furniture.ts: a caption, a
 *     "Related:" link, a byline …) is boilerplate.
 */
import type { Sentence } from '../schema/output.js';
import { furnitureSpans } from './furniture.js';

export const MAX_SENTENCE = 1000;

/** Abbreviations after which a period never ends a sentence. */
const ALWAYS_ABBREV = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt cmdr adm brig sgt cpl pvt sen rep gov pres hon rev fr st mt ft ' +
    'supt insp det atty amb sec dept univ assn messrs mme mlle sr jr vs v etc al approx ca cf e.g i.e viz ' +
    'fig figs op ed eds vol vols pp no nos art sec para'
  ).split(' '),
);
/** Abbreviations that end a sentence only when no number follows ("Jan. 5" vs "in Jan. The"). */
const NUMBER_ABBREV = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos art vol p pp'.split(' '));
/** Words that, capitalised after an acronym, start a new sentence ("… the U.K. The talks …"). */
const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i you his her its their our my this that these those there here ' +
    'but and or so yet however meanwhile still also then now later earlier instead in on at for with without after before ' +
    'when while if as since although though because despite during under over by from to of officials analysts ' +
    'some many most several both all no not neither one two three what who why how where'
  ).split(' '),
);
const TIME_FOLLOWERS = /^(?:et|est|edt|gmt|utc|bst|cet|pst|pdt|cst|cdt|local|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

const TERMINAL = /[.!?…。！？]/;
const CLOSERS = `"')]}»”’`;
const OPENERS = `"'([{«“‘`;

interface Span {
  start: number;
  end: number;
}

/** Trim white space off a span of `text`. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Lines of the text as spans (without the line break). */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

/** A line ending in a lower-case function word ("… and the", "… talks in") continues on the next line. */
const OPEN_END =
  /(?:^|\s)(?:the|a|an|and|or|but|nor|of|to|in|on|at|by|for|with|from|into|onto|about|than|as|that|which|who|whose|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|its|their|his|her|our|this|these|those)$/;

const endsTerminal = (t: string) => /[.!?…。！？:;]["')\]»”’]*$/.test(t);

/**
 * Group lines into logical lines (paragraphs), joining hard-wrapped ones.
 * Returns spans of the (untrimmed) logical lines.
 */
export function paragraphs(text: string): Span[] {
  const ls = lines(text);
  // blocks of consecutive non-blank lines
  const blocks: Span[][] = [];
  let cur: Span[] = [];
  for (const l of ls) {
    const t = text.slice(l.start, l.end).trim();
    if (!t) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);

  const out: Span[] = [];
  for (const block of blocks) {
    const texts = block.map((l) => text.slice(l.start, l.end).trim());
    // A block reads as hard-wrapped when most of its lines are long and do not end a sentence.
    const longOpen = texts.filter((t) => t.length >= 40 && !endsTerminal(t)).length;
    const wrapped = block.length >= 3 && longOpen >= Math.ceil((block.length - 1) * 0.6);
    let start = block[0]!.start;
    for (let i = 0; i < block.length; i++) {
      const t = texts[i]!;
      const next = texts[i + 1];
      const join =
        next !== undefined &&
        !endsTerminal(t) &&
        !/^[-*•▪‣◦·]\s/.test(next) &&
        (/^[a-z]/.test(next) || /[,(\-–]$/.test(t) || OPEN_END.test(t) || (wrapped && t.length >= 40));
      if (!join) {
        out.push({ start, end: block[i]!.end });
        if (next !== undefined) start = block[i + 1]!.start;
      }
    }
  }
  return out;
}

/** The word (letters and inner periods) that ends just before position `i` of `s`. */
function wordBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.&'-]/u.test(s[j - 1]!)) j--;
  return s.slice(j, i);
}

function wordAfter(s: string, i: number): string {
  const m = /^[\s"'([{«“‘]*([\p{L}\p{N}][\p{L}\p{N}.'-]*)/u.exec(s.slice(i, i + 60));
  return m ? m[1]! : '';
}

/** Does the period at index `p` of `s` (the analysis text) end a sentence? */
function periodEnds(s: string, p: number, next: string): boolean {
  const word = wordBefore(s, p); // without the final period
  const lower = word.toLowerCase().replace(/^['"]+/, '');
  const bare = lower.replace(/\.$/, '');
  if (ALWAYS_ABBREV.has(bare)) {
    // "No. 10", but "said no. The": a capitalised starter after no/nos still ends
    if (bare === 'no' || bare === 'nos' || bare === 'art' || bare === 'vol') return !/^\d/.test(next);
    return false;
  }
  if (NUMBER_ABBREV.has(bare) && /^\d/.test(next)) return false;
  // single capital initial: "George W. Bush"
  if (/^\p{Lu}$/u.test(word)) return false;
  // dotted acronym: U.S., U.K., D.C., p.m.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nl = next.toLowerCase();
    if (/^[ap]\.?m$/.test(lower)) return !TIME_FOLLOWERS.test(next);
    return SENTENCE_STARTERS.has(nl) || /^\d/.test(next);
  }
  return true;
}

/** Split one logical line into sentence spans. */
function splitLine(s: string, line: Span): Span[] {
  const out: Span[] = [];
  let start = line.start;
  let i = line.start;
  while (i < line.end) {
    const ch = s[i]!;
    if (TERMINAL.test(ch)) {
      let j = i + 1;
      while (j < line.end && TERMINAL.test(s[j]!)) j++;
      while (j < line.end && CLOSERS.includes(s[j]!)) j++;
      const cjk = /[。！？]/.test(ch);
      const ws = j < line.end && /\s/.test(s[j]!);
      // a closed quotation ends its sentence even when no space follows: `."שלום`, `!”你好`, `.”Norland`
      const quoted = j > i + 1 && CLOSERS.includes(s[j - 1]!) && /[\p{Lu}\p{Lo}]/u.test(s[j] ?? '');
      if (cjk || ws || quoted) {
        let k = j;
        while (k < line.end && /\s/.test(s[k]!)) k++;
        const nextChar = s[k] ?? '';
        const next = wordAfter(s, k);
        // a capital or digit starts a sentence, and so does a letter of a script without case
        // (Hebrew, Arabic, CJK …: `." שלום Norland`)
        const startsNew =
          /[\p{Lu}\p{Lo}\p{N}]/u.test(nextChar) || (OPENERS.includes(nextChar) && /^[\p{Lu}\p{Lo}\p{N}]/u.test(next)) || cjk;
        const isPeriod = ch === '.' && !TERMINAL.test(s[i + 1] ?? '');
        const ends = k < line.end && startsNew && (!isPeriod || periodEnds(s, i, next));
        if (ends) {
          out.push({ start, end: j });
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < line.end) out.push({ start, end: line.end });
  return out;
}

/** Cut a span longer than `max` at commas or spaces. */
function capLength(s: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let { start } = span;
  while (span.end - start > max) {
    const window = s.slice(start, start + max);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 4) cut = max - 1; // no space at all: cut hard
    out.push({ start, end: start + cut + 1 });
    start = start + cut + 1;
    while (start < span.end && /\s/.test(s[start]!)) start++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

function isHeadline(t: string): boolean {
  if (t.length > 160 || !/^[\p{Lu}\p{Lo}\p{N}"']/u.test(t)) return false;
  if (/[.!?…:;,"'»”)]$/.test(t) || OPEN_END.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 22 && /\p{L}/u.test(t);
}

/** Key under which two copies of a sentence compare equal. */
export function duplicateKey(analysisText: string): string {
  return analysisText.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Split `analysis` (the normalised text, same length as `original`) into sentences.
 * Sentence texts are taken from `original`, so `original.slice(start, end) === text`.
 */
export function splitSentences(original: string, analysis: string = original): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Map<string, number>();
  const furniture = furnitureSpans(analysis);
  let fk = 0; // sentences come in text order: walk the furniture spans alongside
  const boilerplate = (at: number) => {
    while (fk < furniture.length && furniture[fk]!.end <= at) fk++;
    return fk < furniture.length && furniture[fk]!.start <= at;
  };
  let paragraph = 0;
  for (const para of paragraphs(analysis)) {
    const spans = splitLine(analysis, para).flatMap((sp) => {
      const t = trimSpan(analysis, sp.start, sp.end);
      return t.end > t.start ? capLength(analysis, t, MAX_SENTENCE) : [];
    });
    if (!spans.length) continue;
    for (const sp of spans) {
      const { start, end } = trimSpan(analysis, sp.start, sp.end);
      if (end <= start) continue;
      const a = analysis.slice(start, end);
      const key = duplicateKey(a);
      const first = key.length >= 8 ? seen.get(key) : undefined;
      if (first === undefined && key.length >= 8) seen.set(key, out.length);
      out.push({
        index: out.length,
        start,
        end,
        text: original.slice(start, end),
        paragraph,
        headline: spans.length === 1 && isHeadline(a),
        duplicateOf: first ?? null,
        boilerplate: boilerplate(start),
      });
    }
    paragraph++;
  }
  return out;
}
