/**
 * Title Case sentences ("Vesk Refuses to Negotiate With Rebels"): headlines written
 * with every content word capitalised. compromise reads each capitalised word there
 * as a proper noun, so the parse stage tags such a sentence from a case-folded copy
 * of the same length, in which the words that are ordinary English words (compromise's
 * lexicon, our word lists, the rules' words) lose their capital, and names (words
 * compromise does not know, or knows as a person, place or organisation; gazetteer
 * names; acronyms) keep it. Only the tags come from the copy: token texts and offsets
 * stay those of the original, and the actors stage still reads the original capitals.
 */
import type { CompiledGazetteer } from '../actors/gazetteer.js';
import { tokenKey } from '../actors/gazetteer.js';
import { COUNTRY_DESC, GOV_HEAD, GROUP_HEAD, GROUP_MODIFIER, ORG_DESC, ROLE, WORDS } from '../actors/words.js';
import { getNlp } from './nlp.js';

/** short function words a Title Case headline may leave in lower case */
const SMALL = new Set('a an the and or nor but of to in on at for with by from as vs via per up off out into onto over than is are be its it if so'.split(' '));
/** lexicon tags of names: a word with one of them keeps its capital */
const NAME_TAGS = /^(?:Person|FirstName|MaleName|FemaleName|LastName|Honorific|Place|Country|City|Region|Organization|ProperNoun|Demonym|Month|WeekDay|Date|Holiday|Acronym|Possessive)$/;
/** lexicon tags of words that only an ordinary sentence writes in lower case: verbs and function words */
const PLAIN_TAGS = /^(?:Verb|Infinitive|PresentTense|PastTense|Gerund|Participle|Modal|Copula|Auxiliary|PhrasalVerb|Preposition|Conjunction|Determiner|Pronoun|Adverb|Negative)$/;

let lexicon: Record<string, string | string[]> | undefined;
function lexTags(w: string): string[] | undefined {
  if (!lexicon) lexicon = (getNlp().model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const t = lexicon[w];
  return t === undefined ? undefined : Array.isArray(t) ? t : [t];
}

let ours: Set<string> | undefined;
function ourWords(): Set<string> {
  ours ??= new Set([...ROLE, ...GROUP_HEAD, ...GOV_HEAD, ...ORG_DESC, ...COUNTRY_DESC, ...GROUP_MODIFIER]);
  return ours;
}

/** the lexicon tags of an inflected form through its stem ("strikers" → "striker", "talks" → "talk") */
function stemTags(w: string): string[] | undefined {
  for (const [re, to] of [[/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/ied$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'], [/ers?$/, ''], [/ers?$/, 'e']] as const) {
    if (!re.test(w)) continue;
    const t = lexTags(w.replace(re, to));
    if (t) return t;
  }
  return undefined;
}

type Kind = 'name' | 'plain' | 'common';
/** a capitalised word (lower case key): a name, a verb or function word, or another ordinary word */
function kindOf(key: string, extra: ReadonlySet<string>): Kind {
  const own = lexTags(key);
  if (own?.some((t) => NAME_TAGS.test(t))) return 'name';
  const tags = own ?? stemTags(key);
  if (tags?.some((t) => PLAIN_TAGS.test(t))) return 'plain';
  if (tags || ourWords().has(key) || extra.has(key)) return 'common';
  return 'name';
}

interface Word {
  start: number;
  end: number;
  text: string;
}
const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
const isUpperWord = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const capital = (s: string) => /^\p{Lu}/u.test(s);

/**
 * Is `text` a Title Case sentence? At least three words; not written in capitals; every word in lower case a
 * short function word (a lower-case content word means ordinary prose, however many names it holds); and at
 * least one capitalised verb or function word after the first word ("Refuses", "With"), which a list of
 * names, a byline or a dateline does not have.
 */
export function isTitleCase(text: string, extra: ReadonlySet<string> = new Set()): boolean {
  const ws = wordsOf(text).filter((w) => /\p{L}/u.test(w.text));
  // (a speaker label, "Anna Kovac:" or "MS KOVAC: It is.", a byline, "By Anna Kovac, Farming Editor", and a credit
  // line, "(Reporting by Anna Kovac; Editing by Tomas Arlen)", are no headlines)
  if (ws.length < 3 || /:\s*$/.test(text) || /^\s*[\p{Lu}][\p{Lu}.'’ -]*:/u.test(text) || /^\W*by\s/i.test(text)) return false;
  if (/\b(?:reporting|writing|editing|compiled|photos?) by\b/i.test(text)) return false;
  const upper = ws.filter((w) => w.text.length > 1 && isUpperWord(w.text)).length;
  if (upper * 2 > ws.length) return false;
  let plain = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const key = tokenKey(w.text);
    // (a hyphen's second part may stay in lower case: "Cease-fire")
    if (!capital(w.text)) {
      if (SMALL.has(key) || text[w.start - 1] === '-') continue;
      return false;
    }
    if (i > 0 && !isUpperWord(w.text) && kindOf(key, extra) === 'plain') plain++;
  }
  return plain > 0;
}

/** The two case-folded copies of a Title Case sentence (title-case.ts). */
export interface Folded {
  /** what the tagger reads: only verbs and function words lose their capital ("Vesk refuses to negotiate with Rebels") */
  tagger: string;
  /** every ordinary word loses its capital, names keep theirs ("Vesk refuses to negotiate with rebels"): which capitals name something */
  names: string;
}

/**
 * The same-length case-folded copies of a Title Case sentence: each capitalised ordinary word after the first
 * loses its capital; names, gazetteer names (all their words: "United Nations"), acronyms and a month before a
 * number ("May 10") keep theirs. The tagger's copy folds only verbs and function words: compromise reads a
 * capitalised common noun as a noun ("U.S. Trade Talks"), where in lower case it may guess a verb ("U.S. trade
 * talks"); the actors stage reads the other copy, to tell a name's capitals from the headline's.
 */
export function foldTitleCase(text: string, gaz: CompiledGazetteer, extra: ReadonlySet<string> = new Set()): Folded {
  const ws = wordsOf(text);
  const keep = new Uint8Array(ws.length);
  // gazetteer names, longest match from each word (words split at hyphens as the gazetteer's keys are)
  const parts: { w: number; key: string }[] = [];
  ws.forEach((w, i) => {
    for (const p of w.text.split(/-/)) if (p) parts.push({ w: i, key: tokenKey(p) });
  });
  for (let i = 0; i < parts.length; i++) {
    let node = gaz.root;
    let end = -1;
    for (let j = i; j < parts.length; j++) {
      const nx = node.next.get(parts[j]!.key);
      if (!nx) break;
      node = nx;
      if (nx.hit) end = j;
    }
    if (end >= 0 && capital(ws[parts[i]!.w]!.text)) for (let j = i; j <= end; j++) keep[parts[j]!.w] = 1;
  }
  const kinds = ws.map((w) => kindOf(tokenKey(w.text), extra));
  // an organisation's name: a name, up to two capitalised nouns and the head ("Halden Dock Workers' Union")
  ws.forEach((w, i) => {
    if (!capital(w.text) || !WORDS.org_head.has(tokenKey(w.text))) return;
    for (let j = i - 1; j >= 0 && i - j <= 3 && capital(ws[j]!.text) && /^[\s'’]+$/.test(text.slice(ws[j]!.end, ws[j + 1]!.start)); j--) {
      if (kinds[j] === 'plain') break;
      if (kinds[j] === 'name' || keep[j]) {
        for (let k = j; k <= i; k++) keep[k] = 1;
        break;
      }
    }
  });
  const tagger = text.split('');
  const names = text.split('');
  ws.forEach((w, i) => {
    if (i === 0 || keep[i] || !capital(w.text) || isUpperWord(w.text)) return;
    if (/^\s+\d/.test(text.slice(w.end))) return;
    const k = kinds[i]!;
    if (k === 'name') return;
    names[w.start] = names[w.start]!.toLowerCase();
    if (k === 'plain') tagger[w.start] = tagger[w.start]!.toLowerCase();
  });
  const same = (a: string[]) => (a.join('').length === text.length ? a.join('') : text);
  return { tagger: same(tagger), names: same(names) };
}
