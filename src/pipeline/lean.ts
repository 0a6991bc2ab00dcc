/**
 * The lean reading of a sentence, a second text for the cue stage's matcher (issue #9, cues that generalise).
 *
 * A rule's pattern is written from a plain sentence ("Norland is ready to talk", "the offer is an insult"),
 * and news says the same with words the frame lets pass: a sentence adverb inside the verb group or before
 * the verb ("is also ready", "has now agreed", "will once more meet", "reportedly rejected"), or the copula in
 * another tense ("has been an insult", "will be ready", "had not been accepted"). Writing an optional adverb
 * slot and every tense of "be" into each of the rules' frames is what made them brittle; here it is done once:
 *
 *  - a sentence adverb (PASS, or an adverb of manner in -ly) with plain spaces around it is left out where it
 *    stands before a verb, an auxiliary, a negation or a predicate adjective ("also agreed", "has reportedly
 *    rejected", "would also not", "is now ready"), not before a copula's complement ("is now over"); "once
 *    more", "once again" and "yet again" go as one;
 *  - a time phrase between a verb and its preposition ("withdrew on Sunday from", "pulled out last week of",
 *    "returned on Monday to") is left out;
 *  - a trailing attribution (", a spokesman said.") is left out, so the clause ends where its words do;
 *  - a perfect or future copula becomes the simple one: "has/have/had (not) been" → "is/are/was (not)",
 *    "will/shall (not) be" → "is (not)".
 *
 * There are two lean readings, without the adverbs, and without them and with the copula folded (a frame may name
 * the future itself: "will not be recognised").
 * The lean reading is compromise's own terms (and, for a folded copula, a copy of the auxiliary's term that
 * reads "is"), so the rules match on it as on the sentence; each match maps back to the sentence's tokens
 * and spans the words left out. The cue stage keeps a lean match only where the same rule found nothing on
 * the sentence itself (cues.ts, sweep), so a sentence the rules read already reads as before.
 */

/**
 * The parts of a compromise term that its matcher reads to match a word, a tag or a list of words (cues.ts), and that
 * the lean reading reads and writes; `pre`/`post` are the punctuation and space before and after the word.
 */
export interface MatchTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}

/**
 * The adverbs that pass: sentence adverbs of news English that say when, how openly or how firmly a party acts,
 * or who reports it, but not what it does ("has also agreed", "formally rejected", "is reportedly ready", "would
 * again meet"). A closed list: an adverb of degree, focus, negation or state ("only", "hardly", "currently no such
 * proposal") may be what a frame, or the absence of one, turns on.
 */
const PASS = new Set(
  `also again now reportedly formally officially publicly openly repeatedly firmly flatly categorically strongly
   vehemently emphatically explicitly expressly unanimously overwhelmingly swiftly quickly promptly immediately finally
   eventually ultimately initially originally previously recently subsequently later earlier already still apparently
   allegedly reluctantly readily willingly tentatively provisionally duly jointly separately directly personally
   privately secretly quietly informally indirectly likewise similarly belatedly hastily abruptly unilaterally
   collectively individually indeed certainly clearly evidently obviously`
    .split(/\s+/)
    .filter(Boolean),
);

/** "-ly" adverbs that say the act was not (quite) done, or only in part */
const NOT_PASS = new Set(['only', 'merely', 'hardly', 'barely', 'scarcely', 'nearly', 'partly', 'partially', 'supposedly', 'ostensibly', 'seemingly', 'hypothetically', 'theoretically', 'conditionally']);
const PERFECT: Record<string, string> = { has: 'is', have: 'are', had: 'was' };
const FUTURE = new Set(['will', 'shall']);

const plainGap = (t: MatchTerm) => t.pre === '' && /^ +$/.test(t.post);
const isVerbish = (t: MatchTerm | undefined) =>
  !!t && (t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Negative') || t.tags.has('Copula') || t.tags.has('Auxiliary'));
const isNegation = (t: MatchTerm | undefined) => !!t && (t.normal === 'not' || t.normal === 'never' || t.implicit === 'not');

/** Is the term at i an adverb the frames let pass? (`n` words long: 2 for "once more") */
function transparentAt(terms: MatchTerm[], i: number): number {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (!plainGap(t) || t.text === '' || !next) return 0;
  // "once more", "once again", "yet again": one adverb
  if ((t.normal === 'once' && (next.normal === 'more' || next.normal === 'again')) || (t.normal === 'yet' && next.normal === 'again'))
    return plainGap(next) && isVerbish(terms[i + 2]) ? 2 : 0;
  // only before a verb, an auxiliary, a negation or a predicate adjective: "also agreed", "also did not", "has also
  // agreed", "would also not", "is now ready" (not before a copula's complement, "is now over", "are still in place":
  // there the adverb may be what the predicate says)
  // (or before a degree "too" and its adjective: "is still too low", "was also too small")
  const tooAdjective = next.normal === 'too' && plainGap(next) && !!terms[i + 2]?.tags.has('Adjective');
  if (!isVerbish(next) && !tooAdjective) return 0;
  // (the list, or an adverb of manner: "had grudgingly accepted", "bluntly refused")
  const ly = t.tags.has('Adverb') && /^[a-z]+ly$/.test(t.normal) && !NOT_PASS.has(t.normal) && !t.tags.has('Negative');
  if ((!PASS.has(t.normal) && !ly) || (t.normal === 'now' && next.normal === 'that')) return 0;
  return 1;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const PERIOD = /^(?:week|month|year|weekend|night|spring|summer|autumn|fall|winter)$/;
const DAY_PART = /^(?:morning|afternoon|evening|night)$/;
/** the prepositions a verb of leaving, quitting, meeting or returning takes its party or its talks with ("to": "returned
 * on Monday to the table", "agreed on Friday to resume talks") */
const AFTER_TIME = new Set(['from', 'of', 'out', 'with', 'to']);

/**
 * A time phrase between a verb and the preposition that names what the act is about ("withdrew on Sunday from the
 * truce", "pulled out last week of the talks", "withdrew earlier this year from the ceasefire", "met on Monday
 * with the envoys", "returned on Monday night to the table", "agreed Friday evening to resume talks"): its length
 * in words from i, else 0. It says when, not what: the frames are written without it.
 * The phrases: "on <weekday>", a bare weekday, "in <month>", "on <month> <day>", "last/this <period or weekday>",
 * "earlier/later this/last <period>", "yesterday", "today", a weekday with its part of the day after ("on Monday
 * night", "Friday evening"), a month with its year ("in June 2022"); all with plain spaces, after a verb or its
 * particle and before from, of, out, with or to (not "to" and a place).
 */
function timePhraseAt(terms: MatchTerm[], i: number): number {
  const prev = terms[i - 1];
  if (!prev || !/^ +$/.test(prev.post) || !(prev.tags.has('Verb') || prev.tags.has('Particle')) || prev.tags.has('Copula') || prev.tags.has('Auxiliary')) return 0;
  const w = (k: number) => terms[i + k]?.normal ?? '';
  let n = 0;
  if (w(0) === 'yesterday' || w(0) === 'today') n = 1;
  else if (WEEKDAY.test(w(0))) n = 1;
  else if ((w(0) === 'on' && WEEKDAY.test(w(1))) || (w(0) === 'in' && MONTH.test(w(1)))) n = 2;
  else if (w(0) === 'on' && MONTH.test(w(1)) && /^\d{1,2}$/.test(w(2))) n = 3;
  else if ((w(0) === 'last' || w(0) === 'this') && (PERIOD.test(w(1)) || WEEKDAY.test(w(1)))) n = 2;
  else if ((w(0) === 'earlier' || w(0) === 'later') && (w(1) === 'this' || w(1) === 'last') && PERIOD.test(w(2))) n = 3;
  // (a weekday's part after it: "on Monday night", "Friday evening"; a year after a month: "in June 2022")
  if (n && WEEKDAY.test(w(n - 1)) && DAY_PART.test(w(n))) n++;
  if (n && MONTH.test(w(n - 1)) && /^(?:19|20)\d\d$/.test(w(n))) n++;
  if (!n || !AFTER_TIME.has(w(n))) return 0;
  // ("to" names what the act is about only before a verb or a noun phrase, not a place: "moved on Monday to Karsk")
  if (w(n) === 'to' && terms[i + n + 1]?.tags.has('ProperNoun') && !terms[i + n + 1]?.tags.has('Verb')) return 0;
  for (let k = 0; k < n; k++) if (!plainGap(terms[i + k]!)) return 0;
  return n;
}

/**
 * A short aside set off by commas inside the verb group, between an auxiliary, a modal or a negation and the verb
 * it governs ("will not, under any circumstances, sign", "would not, it said, take part", "will, if need be,
 * walk out"): its length in words from i, else 0. At most five words, none of them a verb but a verb of saying.
 */
function asideAt(terms: MatchTerm[], i: number, cut: number): number {
  const prev = terms[i - 1];
  if (!prev || !(prev.tags.has('Modal') || prev.tags.has('Auxiliary') || isNegation(prev))) return 0;
  // (or a quotation split by its attribution: "We will not," Tal said, "accept this offer.")
  const split = /^,["”’]\s+$/.test(prev.post) && !/^["“‘]$/.test(terms[i]!.pre);
  if (!/^,\s+$/.test(prev.post) && !split) return 0;
  for (let j = i; j < Math.min(cut - 1, i + 5); j++) {
    const t = terms[j]!;
    if (t.tags.has('Verb') && !SAYING.test(t.normal)) return 0;
    if (j > i && t.pre !== '') return 0;
    const close = split ? /^,\s+["“‘]?$/ : /^,\s+$/;
    if (close.test(t.post)) {
      const next = terms[j + 1]!;
      // (a split quotation goes on in a new quotation mark, which compromise gives the next word or the comma)
      const opens = split ? (/^["“‘]$/.test(next.pre) || /["“‘]$/.test(t.post)) : next.pre === '';
      return opens && next.tags.has('Verb') && !next.tags.has('Copula') ? j - i + 1 : 0;
    }
    if (!plainGap(t)) return 0;
  }
  return 0;
}

const SAYING = /^(?:said|says|say|added|adds|told|tells|insisted|insists|warned|warns|stated|states|noted|notes|explained|stressed|declared|announced|confirmed|wrote|writes)$/;

/**
 * Where a trailing attribution starts, else the sentence's length: ", a spokesman said." or '," said Tomas Reyl, the
 * union's chairman.' after the clause it reports. The clause then ends where its words end, as it does when said
 * alone: a frame anchored at the end ("both sides accepted", "Cablevine declined") or a notIf that reads the words
 * after the trigger ("no" before a noun) no longer reads the attribution as part of it.
 */
function attributionAt(terms: MatchTerm[]): number {
  const n = terms.length;
  for (let v = n - 1; v >= Math.max(1, n - 10); v--) {
    if (!SAYING.test(terms[v]!.normal)) continue;
    // the clause before it ends on a comma (inside or outside the closing quotation mark)
    let c = v;
    while (c > 0 && !/,/.test(terms[c - 1]!.post) && v - c < 5) c--;
    if (c === 0 || !/,/.test(terms[c - 1]!.post) || c < 3) return n;
    // the speaker, before or after the verb, is a short noun phrase: no other verb in the attribution
    for (let k = c; k < n; k++) if (k !== v && terms[k]!.tags.has('Verb')) return n;
    return c;
  }
  return n;
}

export interface Lean<T> {
  /** the lean compromise sentences */
  docs: T[][];
  /** for each lean sentence, the index in the original sentence of each of its terms */
  back: number[][];
  /** a match pointer [sentence, start, end) on the lean reading, on the sentence (spanning the words left out) */
  backPtr(ptr: number[]): number[];
}

/**
 * The lean reading of compromise's sentences, or null when it is the sentence itself: without its transparent
 * adverbs, and with `fold`, with a perfect or future copula folded into the simple one.
 */
export function leanOf<T extends MatchTerm>(docs: T[][], fold = false): Lean<T> | null {
  let changed = false;
  let foldedAny = false;
  const out: T[][] = [];
  const back: number[][] = [];
  for (const terms of docs) {
    const lean: T[] = [];
    const idx: number[] = [];
    const cut = attributionAt(terms);
    if (cut < terms.length) changed = true;
    for (let i = 0; i < cut; i++) {
      const t = terms[i]!;
      const aside = asideAt(terms, i, cut);
      if (aside) {
        changed = true;
        i += aside - 1;
        continue;
      }
      const skip = transparentAt(terms, i) || timePhraseAt(terms, i);
      if (skip) {
        changed = true;
        i += skip - 1;
        continue;
      }
      // "has (not) been" → "is (not)", "will (not) be" → "is (not)": the auxiliary's term reads the copula, "been"/"be" goes
      const folded = PERFECT[t.normal] ?? (FUTURE.has(t.normal) ? 'is' : undefined);
      if (fold && folded && !t.implicit && plainGap(t)) {
        let j = i + 1;
        while (j < terms.length && (isNegation(terms[j]) || transparentAt(terms, j)) && plainGap(terms[j]!)) j++;
        const be = terms[j];
        if (be && be.normal === (FUTURE.has(t.normal) ? 'be' : 'been') && be.pre === '') {
          changed = foldedAny = true;
          lean.push({ ...t, text: folded, normal: folded, machine: null, root: undefined, alias: undefined, post: be.post, tags: new Set(['Verb', 'Copula', t.normal === 'had' ? 'PastTense' : 'PresentTense']) });
          idx.push(i);
          for (let k = i + 1; k < j; k++) {
            const skip2 = transparentAt(terms, k);
            if (skip2) {
              k += skip2 - 1;
              continue;
            }
            lean.push(terms[k]!);
            idx.push(k);
          }
          i = j;
          continue;
        }
      }
      lean.push(t);
      idx.push(i);
    }
    out.push(lean);
    back.push(idx);
  }
  // (with `fold`, only a reading that folded a copula: the other is the reading without it)
  if (!changed || (fold && !foldedAny)) return null;
  return {
    docs: out,
    back,
    backPtr: ([n, start, end]) => {
      const idx = back[n!]!;
      return [n!, idx[start!]!, idx[end! - 1]! + 1];
    },
  };
}
