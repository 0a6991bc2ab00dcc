/**
 * Stage 6 — cues: every sentence's tokens against the rule set, then the
 * decisions an event coder makes on a match:
 *
 *  - polarity: a negation in the clause just before the trigger ("would not",
 *    "never", "no longer", "won't") flips a negatable cue: engagement ↔ refusal;
 *  - chains: a stance operator followed by an action ("refused to | rule out
 *    talks", "agreed to | resume talks") is one stance whose polarity is the
 *    product of its parts, so "refused to rule out talks" is engagement;
 *  - one stance, one cue: matches that start on the same word are one stance,
 *    named by the longest (then highest-priority) rule;
 *  - modality: questions and if-clauses are hypothetical (only conditions are
 *    kept there); may/might/could hedge; a reporting verb makes it reported;
 *  - time: past perfect ("had refused") or a time phrase ("weeks prior",
 *    "earlier", "last month") places the stance in the past.
 *
 * Holders and targets are found by the next stage (holders.ts).
 */
import { startupSnapshot } from 'node:v8';
import type { CueType } from '../schema/output.js';
import { builtinRuleSet, type CompiledPattern, type LoadedRule, type RuleSet } from '../rules/load.js';
import type { ParsedSentence, Token } from './types.js';
import { pastParticipleShaped } from './actors/tokens.js';
import { isReporting } from './reporting.js';
import { fastMatch, type RunMatch } from './fast-match.js';
import { newScope, slotFilled, slots, type Slot } from './cue-skeleton.js';
import { leanOf, type MatchTerm } from './lean.js';
import { OWN_ACT_RULE } from './holders/words.js';

export interface CueOptions {
  rules?: RuleSet;
  /** keep stances in questions and if-clauses (for checking rule examples) */
  keepHypothetical?: boolean;
  /** keep conditions whose rule `requires: stance` even without one (for checking rule examples) */
  ignoreRequires?: boolean;
}

export type Modality = 'asserted' | 'conditional' | 'hypothetical' | 'hedged' | 'reported';

export interface RawCue {
  rule: LoadedRule;
  /** sentence index */
  sentence: number;
  /** token range [tokStart, tokEnd) of the trigger within the sentence's tokens */
  tokStart: number;
  tokEnd: number;
  type: CueType;
  negated: boolean;
  modality: Modality;
  time: 'past' | 'present';
  /** where the naming rule's own match ends, when a chain runs past it ("met with the envoy | for talks") */
  ruleEnd?: number;
  /**
   * a refusing operator opens the chain ahead of a naming rule that needs another party after it ("refused | a meeting
   * with the nominee"): the refusal is the holder's whether or not a party follows
   */
  refusingOperator?: boolean;
}

interface Match {
  rule: LoadedRule;
  start: number;
  end: number;
}

const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'cannot', "n't", 'nobody', 'none']);
const PSEUDO_AFTER_NOT = new Set(['only', 'just', 'merely', 'least', 'doubt', 'surprisingly']);
/** the terms a party may set on talks: "no" before them denies the term, not the talks ("no preconditions for talks") */
const NO_TERMS = /^(?:pre-?conditions?|conditions|prerequisites?|pre-requisites?|strings)$/;
const CLAUSE_BREAK_WORDS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'however',
  'and',
  'or',
  'which',
  'who',
  'that',
  'because',
  'as',
]);
const HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'reportedly', 'likely']);
const PAST_MARKERS = /\b(?:prior|earlier|previously|formerly|ago|last (?:week|month|year|summer|spring|autumn|fall|winter)|in the past|at the time)\b/i;

const isNegator = (t: Token, next?: Token): boolean => {
  const w = t.implicit === 'not' ? 'not' : t.normal;
  if (!NEGATORS.has(w) && !(t.tags.has('Negative') && w !== 'without')) return false;
  // a negative prefix is part of the word's meaning, not a negation of the clause: "non-negotiable", "non-binding"
  if ((w === 'non' || /^non-?[a-z]/.test(w)) && !NEGATORS.has(w)) return false;
  if (w === 'not' && next && PSEUDO_AFTER_NOT.has(next.normal)) return false;
  if (w === 'no' && next && next.normal === 'doubt') return false;
  // "had no preconditions for resuming talks", "with no strings attached": the absence of a term, not a negation of
  // the engagement it would have been set on (a dropped or denied condition is willingness, as "without preconditions")
  if (w === 'no' && next && NO_TERMS.test(next.normal)) return false;
  return true;
};

/** "has yet to agree", "are yet to respond": not (yet) done */
const isYetTo = (t: Token, next?: Token): boolean => t.normal === 'yet' && next?.normal === 'to';

/**
 * A verb that says its complement was not done (a negative implicative): "stopped short of accepting",
 * "refrained from joining", "held back from signing", "shied away from talks", "far from ready to sign",
 * "avoided meeting the rebels". Each flips the stance it governs, as "not" does.
 */
const NEG_IMPLICATIVE: [RegExp, string[]][] = [
  [/^(?:stop|stops|stopped|stopping)$/, ['short', 'of']],
  [/^(?:refrain|refrains|refrained|refraining)$/, ['from']],
  [/^(?:hold|holds|held|holding)$/, ['back', 'from']],
  [/^(?:shy|shies|shied|shying)$/, ['away', 'from']],
  [/^far$/, ['from']],
  [/^(?:avoid|avoids|avoided|avoiding)$/, []],
  // a noun of absence before a noun of engaging: "the guild's lack of commitment to a truce", "the absence of any offer to talk"
  [/^(?:lack|absence)$/, ['of']],
  // a time judged wrong for the act: "judged it too early to negotiate with", "too soon to resume talks", "it is
  // premature to meet" (not now: a refusal, as "not yet")
  [/^too$/, ['early']],
  [/^too$/, ['soon']],
  [/^too$/, ['late']],
  [/^premature$/, []],
  // a noun of impossibility before the engaging it bears on: "declared the impossibility of holding talks with"
  [/^impossibility$/, ['of']],
  // a noun of unwillingness before a gerund of engaging, with a preposition other than "to" (whose reading is
  // refusal.rejection-noun's): "reiterating its reluctance on negotiating with Norland", "their hesitation about meeting"
  ...(['on', 'about', 'over', 'toward', 'towards'].map((p): [RegExp, string[]] => [/^(?:reluctance|unwillingness|hesitancy|hesitation|reticence|aversion)$/, [p]])),
];

/** nouns of an interruption of talks: "a pause in", "the suspension of", "a freeze on" */
const INTERRUPTION = /^(?:pause|halt|suspension|freeze|moratorium|timeout|time-out)$/;
/**
 * Is the noun of talks at `start` the object of a noun of interruption ("called an indefinite pause in the talks with",
 * "the suspension of negotiations with", "a freeze on talks")? The talks are halted, a refusal. Only right before the
 * talks (a determiner, an adjective or a noun of kind between, "in peace talks"): "a hiring freeze in 2019 the guild refused" bears on no talks.
 */
function interruptedBefore(tokens: Token[], start: number): boolean {
  const t = tokens[start];
  if (!t || !(/^(?:talks|negotiations|dialogue|discussions|consultations)$/.test(t.normal) || (t.tags.has('Noun') && !t.tags.has('Verb')))) return false;
  let k = start - 1;
  const modifier = (t: Token) => !t.tags.has('Verb') && ['Determiner', 'Adjective', 'Possessive', 'Noun'].some((g) => t.tags.has(g));
  while (k > start - 3 && k >= 0 && !/^(?:in|of|on)$/.test(tokens[k]!.normal) && modifier(tokens[k]!)) k--;
  return k >= 1 && /^(?:in|of|on)$/.test(tokens[k]!.normal) && INTERRUPTION.test(tokens[k - 1]!.normal.replace(/["”’']+$/, '')) && !boundaryAfter(tokens, k);
}
/**
 * A verb of ceasing right before a gerund: the action governed is no longer done, "has stopped engaging with the
 * envoys", "ceased talking to the union" (a refusal, as "no longer engages"). Before a noun it is a rule's own
 * trigger ("stopped the talks", refusal.walk-out).
 */
const CESSATIVE = /^(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|quit|quits|quitting)$/;
const isCessative = (tokens: Token[], j: number): boolean => CESSATIVE.test(tokens[j]!.normal) && !!tokens[j + 1]?.tags.has('Gerund');

/** Is token j part of such a phrase ("short" and "of" in "stopped short of" as well as "stopped")? */
function isNegImplicative(tokens: Token[], j: number): boolean {
  for (let k = j; k >= Math.max(0, j - 2); k--) {
    const w = tokens[k]!.normal;
    for (const [head, rest] of NEG_IMPLICATIVE) {
      if (!head.test(w) || k + rest.length < j) continue;
      if (rest.every((r, i) => tokens[k + 1 + i]?.normal === r)) return true;
    }
  }
  return false;
}

/**
 * Does a sentence or a quotation end between tokens[i] and tokens[i+1]? A full
 * stop, "!" or "?" before a closing quote, "!" or "?", or a full stop after a word
 * that is not a short capitalised abbreviation ("Mr.", "Gen."); a closing quote
 * alone may be a scare quote ('until "legal procedures" are completed'). The splitter normally ends the sentence there; when
 * it does not, no cue, chain or negation reaches across.
 */
export const hardBreakAfter = (t: Token): boolean =>
  /[.!?]["”»’]|[!?]/.test(t.post) || (/^\.(?:\s|$)/.test(t.post) && !/^[A-Z][a-z]{0,3}$/.test(t.text));

/**
 * Does the quotation mark after tokens[j] close a short quotation that opened inside the same clause — a scare
 * quote or a quoted word or phrase ('did "not" agree', 'is "not yet" ready', 'rejected the "final" offer')? It opens
 * after a word with no punctuation before it, holds at most five words with no punctuation inside, and closes with
 * nothing but the mark. Such a quotation is part of its clause; a speaker's quoted sentence, set off by a comma or
 * colon or ending on a full stop ('"We will not talk." Norland rejected it'), is not.
 */
export function innerQuoteCloses(tokens: Token[], j: number): boolean {
  if (!/^["”]\s*$/.test(tokens[j]!.post)) return false;
  for (let k = j; k >= 0 && j - k < 5; k--) {
    const t = tokens[k]!;
    if (k < j && /\S/.test(t.post)) return false;
    if (/\S/.test(t.pre)) {
      const before = tokens[k - 1];
      return /^\s*["“]$/.test(t.pre) && !!before && /^\s+$/.test(before.post) && !/\S/.test(t.pre.replace(/["“]$/, ''));
    }
  }
  return false;
}

/** Does a clause boundary fall between tokens[i] and tokens[i+1]? (not the close of a quotation inside the clause) */
function boundaryAfter(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  return /[,;:]|\s[-–—]\s?/.test(t.post) || (/[)"”»]$/.test(t.post.trim()) && !innerQuoteCloses(tokens, j)) || hardBreakAfter(t);
}

/** Token index where the clause containing token `i` starts. */
function clauseStart(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (/[;:]/.test(t.post) || hardBreakAfter(t)) return j + 1;
    if (CLAUSE_BREAK_WORDS.has(t.normal) && j < i - 1) return j + 1;
  }
  return 0;
}

const BE_FORMS = new Set(['be', 'been', 'being']);

/** Is the token range preceded (within its clause, a few words back) by a negation? */
function negatedBefore(tokens: Token[], start: number): boolean {
  if (interruptedBefore(tokens, start)) return true;
  for (let j = start - 1, n = 0; j >= 0 && n < 5; j--, n++) {
    const t = tokens[j]!;
    if (boundaryAfter(tokens, j)) return false;
    // "there is no reason not to hold talks", "sees no reason not to meet": the two negations cancel
    if (t.normal === 'not' && tokens[j - 1]?.normal === 'reason' && tokens[j - 2]?.normal === 'no') return false;
    if (isNegator(t, tokens[j + 1]) || isYetTo(t, tokens[j + 1]) || isNegImplicative(tokens, j) || isCessative(tokens, j)) return true;
    if (CLAUSE_BREAK_WORDS.has(t.normal) && !(j === start - 1 && coordinatedBare(tokens, j - 1, start))) return negatedHeadBefore(tokens, j);
    // a full verb (not an auxiliary, modal or copula) ends the negation's reach: "did not say it would talk"
    // a form of "be" is a copula even where the tagger calls it a participle: "have never been averse to"
    // (a verb of advising or weighing whose complement is the trigger's gerund passes it on: "could not recommend
    // entering talks", "did not consider resuming negotiations")
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula') && !t.tags.has('Adjective') && !BE_FORMS.has(t.normal))
      if (!coordinatedBare(tokens, j, start) && !gerundComplement(tokens, j, start) && !nounHolder(tokens, j, start)) return false;
  }
  return false;
}

/**
 * Is the relative pronoun at `j` ("that", "which") the clause of a negated head noun? "That is not a step that we are
 * prepared to take", "there is no deal that they would sign", "not something which we can accept": the negation of the
 * noun reaches the stance in its relative clause.
 */
function negatedHeadBefore(tokens: Token[], j: number): boolean {
  if (j < 1 || !/^(?:that|which)$/.test(tokens[j]!.normal) || boundaryAfter(tokens, j - 1)) return false;
  let k = j - 1;
  if (!tokens[k]?.tags.has('Noun') || (tokens[k]!.tags.has('Pronoun') && !/^(?:something|anything|one)$/.test(tokens[k]!.normal))) return false;
  k--;
  for (let n = 0; n < 2 && k >= 0 && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective')) && !/^(?:no|the|this|that)$/.test(tokens[k]!.normal); n++) k--;
  return k >= 0 && isNegator(tokens[k]!, tokens[k + 1]);
}

/** verbs that only have or show the noun after them: the negation before them is the noun's ("did not show any willingness") */
const NOUN_HOLDERS = /^(?:have|has|had|having|show|shows|showed|shown|showing|display|displays|displayed|demonstrate|demonstrates|demonstrated|express|expresses|expressed|signal|signals|signalled|signaled)$/;
/** Is the verb at `j` one of NOUN_HOLDERS before the trigger's noun, with only determiners and adjectives between? */
function nounHolder(tokens: Token[], j: number, start: number): boolean {
  if (!NOUN_HOLDERS.test(tokens[j]!.normal) || !tokens[start]?.tags.has('Noun') || start - j > 3) return false;
  for (let k = j + 1; k < start; k++) if (!tokens[k]!.tags.has('Determiner') && !tokens[k]!.tags.has('Adjective') && !/^(?:any|much|real|the|a|an)$/.test(tokens[k]!.normal)) return false;
  return true;
}

/** verbs of advising, favouring or weighing that take the engaging act as a gerund ("recommend entering talks") */
const GERUND_TAKERS = /^(recommend|advise|advocate|favou?r|support|endorse|consider|contemplate|envisage|envision|propose|suggest)(s|ed|ing)?$|^(advis|propos|suggest)(e|es|ed|ing)$/;
/** Is the verb at `j` one of GERUND_TAKERS right before the trigger, which opens on a gerund? */
function gerundComplement(tokens: Token[], j: number, start: number): boolean {
  return j === start - 1 && GERUND_TAKERS.test(tokens[j]!.normal) && !!tokens[start]?.tags.has('Gerund');
}

const COORDINATORS = new Set(['and', 'or', 'nor']);
/** a bare verb ("sign" in "did not accept and sign") and a finite one ("signed", "signs") */
const isBare = (t: Token | undefined) => !!t && t.tags.has('Infinitive') && !t.tags.has('PastTense') && !t.tags.has('Gerund');
const isFiniteVerb = (t: Token | undefined) =>
  !!t && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Infinitive') && !t.tags.has('Gerund');

/**
 * Is the verb at `j` a bare verb joined by "and"/"or" to the bare verb at `start`? The negation before the first
 * covers both ("did not accept and sign the deal", "will not meet or talk with"); a finite verb after the
 * coordinator is a clause of its own ("did not accept the plan and signed another").
 */
function coordinatedBare(tokens: Token[], j: number, start: number): boolean {
  return j >= 0 && start === j + 2 && COORDINATORS.has(tokens[j + 1]!.normal) && !boundaryAfter(tokens, j) && isBare(tokens[j]) && isBare(tokens[start]);
}

/** Is there a negation inside the trigger ("would not negotiate", "will never kneel")? */
function negatedWithin(tokens: Token[], start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    // "said no to", "voted no": the "no" is what is said, not a negation of it
    if (tokens[j]!.normal === 'no' && j > 0 && /^(?:say|says|said|saying|vote|votes|voted|voting|answer|answers|answered)$/.test(tokens[j - 1]!.normal)) continue;
    // "no fan of the deal", "no friend of the accord": the litotes is the stance, not a negation of it
    if (tokens[j]!.normal === 'no' && /^(?:fan|friend)$/.test(tokens[j + 1]?.normal ?? '') && tokens[j + 2]?.normal === 'of') continue;
    if (isNegator(tokens[j]!, tokens[j + 1])) return true;
  }
  return false;
}

/** '#Noun' for 'Noun': the rule index's key of a tag (made once per tag, not once per token) */
const tagKeys = new Map<string, string>();
function tagKey(tag: string): string {
  let key = tagKeys.get(tag);
  if (key === undefined) tagKeys.set(tag, (key = '#' + tag));
  return key;
}

function hasAll(set: Set<string>, items: string[]): boolean {
  for (const x of items) if (!set.has(x)) return false;
  return true;
}

/** how many times each word is in a pattern's `wants` (a word may be in two of its alternations) */
const wantCounts = new WeakMap<CompiledPattern, Map<string, number>>();
function wantCountsOf(p: CompiledPattern): Map<string, number> {
  let counts = wantCounts.get(p);
  if (!counts) {
    counts = new Map();
    for (const w of p.wants) counts.set(w, (counts.get(w) ?? 0) + 1);
    wantCounts.set(p, counts);
  }
  return counts;
}

/**
 * Are at least `p.minWant` of the pattern's `wants` (counted with repeats) in the set?
 * A lexicon class makes `wants` hundreds of words long, so when it is longer than the
 * sentence's set, the set is walked instead: the same count.
 */
function hasWants(set: Set<string>, p: CompiledPattern): boolean {
  const min = p.minWant;
  let n = 0;
  if (p.wants.length <= set.size) {
    for (const x of p.wants) if (set.has(x) && ++n >= min) return true;
    return n >= min;
  }
  const counts = wantCountsOf(p);
  for (const x of set) {
    const c = counts.get(x);
    if (c !== undefined && (n += c) >= min) return true;
  }
  return n >= min;
}

/** a commitment in the future or reported future: "we will", "we'll", "the union would", "Norland will" */
const COMMITMENT = /\b(we|i|they|it|he|she|[a-z][\w'-]+)\s+(will|would|shall)\b|\b(we|they|i)'ll\b/i;
/**
 * a position a subordinate condition can qualify (beside a stance or a COMMITMENT): an ability or its refusal ("can
 * expect no aid unless …", "talks cannot begin unless …"), a threat ("threatening to kill them unless …") or a stated
 * readiness ("reaffirmed its readiness to reopen the roads, so long as …"), or talks put in the passive ("the issues
 * should be discussed only when …", "pay could be negotiated only once …") — not a forecast or a description ("the harvest
 * is probably going to come in below the forecast, provided …", "we must budget on the basis that …")
 */
const POSITION = /\b(can|cannot|can't|won't|wouldn't|shan't|threat\w*|readiness|willingness|ready|willing|prepared|be (?:discussed|negotiated|resumed|talked about))\b/i;

/**
 * Every form under which compromise's matcher can see a word of the sentence: as written, lower case,
 * normal, machine, implicit, root and alias forms. A pattern's required word slot (cue-skeleton.ts) that
 * has no member here matches no term, so the pattern cannot match.
 */
function matchableWords(doc: CompromiseDoc): Set<string> {
  const words = new Set<string>();
  for (const terms of doc.docs)
    for (const t of terms) {
      words.add(t.text);
      words.add(t.text.toLowerCase());
      words.add(t.normal);
      if (t.machine) words.add(t.machine);
      if (t.implicit) words.add(t.implicit);
      if (t.root) words.add(t.root);
      if (t.alias) for (const a of t.alias) words.add(a);
    }
  return words;
}

/** are the pattern's slots words its terms must have as written, normal, machine, implicit, root or alias form (no fuzzy or `use` token)? */
const plainSlotCache = new WeakMap<CompiledPattern, boolean>();
function plainSlots(p: CompiledPattern): boolean {
  let yes = plainSlotCache.get(p);
  if (yes === undefined) plainSlotCache.set(p, (yes = !(p.regs as Reg[]).some((r) => r.fuzzy || r.use)));
  return yes;
}

/**
 * A rule set's patterns by number, for the cue stage's sweep: its index as lists of numbers, a stamp per pattern
 * (considered in this sentence?) and, filled in as patterns are first considered, each one's word slots (null when
 * they cannot be tested on words: plainSlots) and lead token. Arrays instead of a Set and WeakMaps per pattern: the
 * sweep considers a few hundred patterns in every sentence.
 */
interface Table {
  patterns: CompiledPattern[];
  byWord: Map<string, Int32Array>;
  /** each index word's list split by a word or tag its patterns need (keyedLists), made when the word is first seen */
  keyed: Map<string, Keyed[]>;
  always: Int32Array;
  slots: (Slot[] | null | undefined)[];
  leads: (LeadToken | null | undefined)[];
  stamp: Int32Array;
  epoch: number;
}
const tables = new WeakMap<RuleSet, Table>();
function tableOf(rules: RuleSet): Table {
  let table = tables.get(rules);
  if (!table) {
    const n = rules.patterns.length;
    const id = new Map(rules.patterns.map((p, i) => [p, i]));
    const ids = (list: CompiledPattern[]) => Int32Array.from(list, (p) => id.get(p)!);
    const byWord = new Map([...rules.index.byWord].map(([w, list]) => [w, ids(list)]));
    table = { patterns: rules.patterns, byWord, keyed: new Map(), always: ids(rules.index.always), slots: new Array(n), leads: new Array(n), stamp: new Int32Array(n), epoch: 0 };
    tables.set(rules, table);
  }
  return table;
}
/**
 * Part of an index word's pattern list: the patterns that need `key` (a word other than the index word, or a tag;
 * null: none), with their places in the list, and, once a sentence has had the key, the same places split by a word
 * slot the patterns must fill (`bySlot`; null: none chosen). A sentence without the key or the slot's words skips
 * them all: `consider` would reject each on its `needs` (hasAll) or its slots without matching it. The common index
 * words ("and", "to", "will") list hundreds of patterns, of which a sentence keeps about a quarter on their needs and
 * a tenth of those on their slots. (The slots are looked at only for parts whose key some sentence had: a pattern's
 * slots and parsed tokens are read when first needed, which a single article's run should not pay for all of them.)
 */
interface Keyed {
  key: string | null;
  places: number[];
  bySlot: { slot: Slot | null; places: number[] }[] | undefined;
}
/** the need that best splits a list: a word that is not the index word (the longest, rarer as a rule), else a tag */
function keyOf(needs: string[], word: string): string | null {
  let best: string | null = null;
  const rank = (x: string) => (x.startsWith('#') ? 0 : 1000 + x.length);
  for (const x of needs) if (x !== word && (best === null || rank(x) > rank(best))) best = x;
  return best;
}
/**
 * places grouped by a key of each (first-seen order of the keys; places in order within each group). Plain arrays, not
 * typed ones: the start-up snapshot holds the groups of its warm-up text, and thousands of small typed arrays in it
 * cost about 0.1 s of CPU to deserialise at every start.
 */
function groupPlaces<K>(places: ArrayLike<number> | number, keyAt: (place: number) => K): [K, number[]][] {
  const byKey = new Map<K, number[]>();
  const n = typeof places === 'number' ? places : places.length;
  for (let k = 0; k < n; k++) {
    const place = typeof places === 'number' ? k : places[k]!;
    const key = keyAt(place);
    const at = byKey.get(key);
    if (at) at.push(place);
    else byKey.set(key, [place]);
  }
  return [...byKey];
}
function keyedLists(table: Table, word: string, list: Int32Array): Keyed[] {
  let keyed = table.keyed.get(word);
  if (!keyed) {
    keyed = groupPlaces(list.length, (place) => keyOf(table.patterns[list[place]!]!.needs, word)).map(([key, places]) => ({ key, places, bySlot: undefined }));
    table.keyed.set(word, keyed);
  }
  return keyed;
}
/**
 * the slot that best splits a list: one without the index word and with the fewest words (null: the pattern's slots
 * cannot be tested on words, see plainSlots, or none is left). A cached pattern tells plainSlots' answer without
 * parsing its tokens (plainTokens): parsing them for every pattern of a list made one article's run from the start-up
 * snapshot 0.1 s slower.
 */
function slotKeyOf(table: Table, i: number, word: string): Slot | null {
  const p = table.patterns[i]!;
  const plain = table.slots[i] !== undefined ? table.slots[i] !== null : p.plainTokens ? p.plainTokens() : plainSlots(p);
  let best: Slot | null = null;
  if (plain) for (const slot of slots(p)) if (!slot.set.has(word) && (best === null || slot.words.length < best.words.length)) best = slot;
  return best;
}
/** the length from which an index word's list is split (keyedLists) */
const SPLIT_MIN = 64;
/**
 * The lists are split only once a process has swept this many sentences (and never while the start-up snapshot is
 * built): splitting them costs more than it saves in one article's run. Split from the first sentence, one article's
 * run from the snapshot took about 50 ms more CPU (0.45 against 0.40 s on fixtures/seed.txt): with the warm-up split,
 * the blob's heap came out smaller and the run set off a major collection; with the warm-up whole and the run split,
 * no collection, but still as slow (not found why).
 */
const SPLIT_AFTER = 300;
let swept = 0;
/** the places in `list` of the patterns whose key and slot the sentence has, in list order (the order `consider` must see them in) */
let placeBuf = new Int32Array(256);
function keptPlaces(table: Table, word: string, list: Int32Array, haves: Set<string>, filled: (slot: Slot) => boolean): Int32Array {
  if (placeBuf.length < list.length) placeBuf = new Int32Array(list.length);
  let n = 0;
  let sorted = true;
  for (const g of keyedLists(table, word, list)) {
    if (g.key !== null && !haves.has(g.key)) continue;
    g.bySlot ??= groupPlaces(g.places, (place) => slotKeyOf(table, list[place]!, word)).map(([slot, places]) => ({ slot, places }));
    for (const { slot, places } of g.bySlot) {
      if (slot !== null && !filled(slot)) continue;
      if (n > 0 && places[0]! < placeBuf[n - 1]!) sorted = false;
      placeBuf.set(places, n);
      n += places.length;
    }
  }
  const kept = placeBuf.subarray(0, n);
  return sorted ? kept : kept.sort();
}
function slotsAt(table: Table, i: number): Slot[] | null {
  let s = table.slots[i];
  if (s === undefined) s = table.slots[i] = plainSlots(table.patterns[i]!) ? slots(table.patterns[i]!) : null;
  return s;
}
function leadAt(table: Table, i: number): LeadToken | null {
  let lead = table.leads[i];
  if (lead === undefined) lead = table.leads[i] = leadOf(table.patterns[i]!);
  return lead;
}

/** The rules' matches in one sentence, as token ranges (notIf applied). */
function sweep(ps: ParsedSentence, rules: RuleSet): Match[] {
  const doc = ps.doc as CompromiseDoc;
  // what the sentence has: its words (as written, normal, expanded) and its tags
  const haves = new Set<string>();
  for (const t of ps.tokens) {
    haves.add(t.normal);
    if (t.text) haves.add(t.text.toLowerCase());
    if (t.implicit) haves.add(t.implicit);
    for (const tag of t.tags) haves.add(tagKey(tag));
  }
  // the lean readings (lean.ts): the sentence without its transparent adverbs, and also with a perfect or future copula folded
  const leans = [leanOf(doc.docs), leanOf(doc.docs, true)].filter((l) => l !== null);
  const leanDocs = leans.map((l): CompromiseDoc => ({ docs: l.docs, _cache: undefined, methods: doc.methods }));
  const words = matchableWords(doc);
  for (const leanDoc of leanDocs) {
    for (const w of matchableWords(leanDoc)) words.add(w);
    for (const terms of leanDoc.docs)
      for (const t of terms) {
        haves.add(t.normal);
        for (const tag of t.tags) haves.add(tagKey(tag));
      }
  }
  const scope = newScope();
  const filled = (slot: Slot) => slotFilled(slot, words, scope);
  const table = tableOf(rules);
  const whole = ++swept <= SPLIT_AFTER || startupSnapshot.isBuildingSnapshot();
  const epoch = ++table.epoch;
  // most patterns that pass the word check have their words in the sentence, but not where the pattern starts
  const leadFound = new Map<LeadToken, boolean>();
  const leadIn = (lead: LeadToken) => {
    let yes = leadFound.get(lead);
    if (yes === undefined)
      leadFound.set(lead, (yes = [doc, ...leanDocs].some((d) => d.docs.some((terms) => terms.some((t) => leadMatches(t, lead))))));
    return yes;
  };
  const found: { reason: string; ptr: number[] }[] = [];
  const leanFound: { reason: string; ptr: number[] }[] = [];
  const consider = (i: number) => {
    if (table.stamp[i] === epoch) return;
    table.stamp[i] = epoch;
    const p = table.patterns[i]!;
    if (!hasAll(haves, p.needs)) return;
    // (a required word that no term has: no match; tested once per sentence and slot)
    const slotList = slotsAt(table, i);
    if (slotList && !slotList.every(filled)) return;
    // (the lead token: tested once per sentence and distinct lead)
    const lead = leadAt(table, i);
    if (lead && !leadIn(lead)) return;
    if (p.wants.length && !hasWants(haves, p)) return;
    for (const ptr of matchPtrs(doc, p.regs)) found.push({ reason: p.reason, ptr });
    for (const [k, leanDoc] of leanDocs.entries()) for (const ptr of matchPtrs(leanDoc, p.regs)) leanFound.push({ reason: p.reason, ptr: leans[k]!.backPtr(ptr) });
  };
  for (const w of haves) {
    const list = table.byWord.get(w);
    // (a short list is walked whole: its parts would cost more memory than they save time; see SPLIT_AFTER for `whole`)
    if (list && (list.length < SPLIT_MIN || whole)) for (const i of list) consider(i);
    else if (list) for (const place of keptPlaces(table, w, list, haves, filled)) consider(list[place]!);
  }
  for (const i of table.always) consider(i);
  const out: Match[] = [];
  const seen = new Set<string>();
  const toMatch = ({ reason, ptr }: { reason: string; ptr: number[] }, seen: Set<string>): Match | null => {
    const rule = rules.byKey.get(reason);
    if (!rule) return null;
    const base = ps.termBase[ptr[0]!] ?? 0;
    let start = base + ptr[1]!;
    let end = base + ptr[2]!;
    // never start or end a trigger on an implicit token ("won't" → will + not)
    while (start < end && ps.tokens[start]!.text === '' && start > 0 && ps.tokens[start - 1]!.end === ps.tokens[start]!.start) start--;
    while (end > start && ps.tokens[end - 1]!.text === '') end--;
    const key = `${rule.key}:${start}:${end}`;
    if (end <= start || seen.has(key)) return null;
    // compromise's match skips punctuation; a trigger does not run across a clause break ("come back, an agreement")
    if (crossesBreak(ps.tokens, start, end, rule.type !== 'condition')) return null;
    if (startsInName(ps.tokens, start) || soCalled(ps.tokens, start)) return null;
    seen.add(key);
    return { rule, start, end };
  };
  for (const f of found) {
    const m = toMatch(f, seen);
    if (m) out.push(m);
  }
  // (each notIf pattern is matched once per sentence, however many matches its rule has there)
  const notIf = new Map<unknown[], number[][]>();
  const notIfPtrs = (regs: unknown[]) => {
    let ptrs = notIf.get(regs);
    if (!ptrs) notIf.set(regs, (ptrs = slotsOfRegs(regs).every(filled) ? matchPtrs(doc, regs) : []));
    return ptrs;
  };
  // (a lean match is vetoed by a notIf on a lean reading, or on the sentence within a clause: not by one that reads
  // on into an attribution, "our answer is no, | a spokesman said")
  const leanNotIf = new Map<unknown[], number[][]>();
  const bothPtrs = (regs: unknown[]) => {
    let ptrs = leanNotIf.get(regs);
    if (!ptrs) {
      const own = notIfPtrs(regs).filter((p) => {
        const base = ps.termBase[p[0]!] ?? 0;
        return !crossesBreak(ps.tokens, base + p[1]!, base + p[2]!);
      });
      leanNotIf.set(regs, (ptrs = [...own, ...leanDocs.flatMap((d, k) => matchPtrs(d, regs).map((p) => leans[k]!.backPtr(p)))]));
    }
    return ptrs;
  };
  const kept = out.filter((m) => !m.rule.notIfRegs.length || !vetoed(ps, m, notIfPtrs));
  // a lean match counts where the rule found nothing over the same words in the sentence itself
  const leanOut: Match[] = [];
  const leanSeen = new Set<string>();
  for (const f of leanFound) {
    const base = ps.termBase[f.ptr[0]!] ?? 0;
    if (kept.some((o) => o.rule.key === f.reason && o.start < base + f.ptr[2]! && o.end > base + f.ptr[1]!)) continue;
    const m = toMatch(f, leanSeen);
    if (m) leanOut.push(m);
  }
  return [...kept, ...leanOut.filter((m) => !m.rule.notIfRegs.length || !vetoed(ps, m, bothPtrs))];
}

/** the required word slots of a notIf pattern (none when one of its tokens is fuzzy or a `use` token: see plainSlots) */
const regSlots = new WeakMap<unknown[], Slot[]>();
function slotsOfRegs(regs: unknown[]): Slot[] {
  let s = regSlots.get(regs);
  if (!s) regSlots.set(regs, (s = (regs as Reg[]).some((r) => r.fuzzy || r.use) ? [] : slots({ regs } as CompiledPattern)));
  return s;
}

/**
 * Is there a comma, semicolon, colon, dash or bracket between two words of the span? A short
 * parenthetical set off by a pair of commas inside the span is no break ("invited the chief
 * executive, Alan Gray, to meet"; "have, in principle, accepted"), nor is a conditional aside of up to
 * twelve words ("prepared, should the talks make progress, to pause the strikes").
 */
function crossesBreak(tokens: Token[], start: number, end: number, relativeOk = false): boolean {
  let open = -1;
  for (let j = start; j < end - 1; j++) {
    const post = tokens[j]!.post;
    if (bracketedAcronym(tokens[j]!)) continue;
    if (/[;:()[\]]|\s[-–—]\s|[–—]/.test(post) || hardBreakAfter(tokens[j]!)) return true;
    if (!post.includes(',')) continue;
    // a stance's object and the verb of its non-restrictive relative clause are one trigger ("the deal, which both sides
    // signed", or reduced with its agent: "the accord, inked by the rebels", "the offer, rejected by the union"); a
    // condition does not run on into a relative clause ("until Tuesday, which X declined")
    if (relativeOk && open < 0 && (tokens[j + 1]?.normal === 'which' || reducedRelative(tokens, j + 1, end))) continue;
    // a fronted if-clause and the speaker's answer after its comma are one stance ("If Vesk wants to talk, we will be
    // there"): the rule that reads them states what the if-clause must say
    if (relativeOk && open < 0 && tokens[start]?.normal === 'if' && (tokens[j + 1]?.normal === 'we' || tokens[j + 1]?.normal === 'i')) continue;
    if (open < 0) open = j;
    else if (j - open <= 4 || (j - open <= 12 && ASIDE_OPENERS.has(tokens[open + 1]!.normal))) open = -1;
    else return true;
  }
  return open >= 0;
}

/**
 * A name's acronym in brackets inside a noun phrase ("the Karsk Harbour Council (KHC) resolution"): one word set off
 * by a pair of brackets, in capitals, is part of the name, no break.
 */
function bracketedAcronym(t: Token): boolean {
  return t.pre.trim() === '(' && /^\)\s*$/.test(t.post) && /^[A-Z][A-Z0-9&.-]{1,9}$/.test(t.text);
}

/**
 * A reduced relative with its agent from token k: a participle that ends the trigger right before "by" ("the
 * accord, inked | by the rebels"), or one that runs, with an adverb at most, to a trigger-final "by" ("…, rejected
 * by", "…, flatly rejected by").
 */
function reducedRelative(tokens: Token[], k: number, end: number): boolean {
  if (k + 1 === end && !!tokens[k] && pastParticipleShaped(tokens[k]!) && tokens[end]?.normal === 'by') return true;
  if (tokens[end - 1]?.normal !== 'by' || end - k > 6) return false;
  const t = tokens[k];
  if (!t || !(t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Adverb'))) return false;
  for (let j = k; j < end - 1; j++) if (/[,;:()[\]]/.test(tokens[j]!.post)) return false;
  return true;
}

/**
 * Does the trigger start on a word inside a name ("The Reject Shop", "Engage Capital Partners", "Accord Holdings")?
 * In prose a capital that is neither the sentence's first word nor a headline's (titleCap) marks a name, and a
 * name goes on when the next word is capitalised too; a word of a name is no predicate of a party. (A name that
 * ends on the word, "the Six-Party Talks", is left alone: there the word still names the talks.)
 */
function startsInName(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start]!;
  const next = tokens[start + 1];
  let first = 0;
  while (first < tokens.length && tokens[first]!.text === '') first++;
  if (start <= first || !next || t.titleCap || next.titleCap) return false;
  const cap = (w: Token) => /^\p{Lu}\p{Ll}/u.test(w.text);
  if (!cap(t) || !cap(next) || !t.tags.has('ProperNoun') || /[,;:()"“”]/.test(t.post)) return false;
  // (prose has words in lower case; a headline the Title Case test missed, "Japan, North Korea Resume Talks", has none)
  return tokens.some((w) => /^\p{Ll}{4,}/u.test(w.text));
}

/** Does the trigger start on the "called" of the adjective "so-called" ("the so-called peace talks", "a so-called truce")? */
const soCalled = (tokens: readonly Token[], start: number): boolean =>
  tokens[start]!.normal === 'called' && tokens[start - 1]?.normal === 'so' && /^[-\u2013]$/.test(tokens[start - 1]!.post);

/** the words that open a conditional aside between commas ("ready, if the board agrees, to meet") */
const ASIDE_OPENERS = new Set(['if', 'should', 'provided', 'providing', 'once', 'unless']);

/** Does one of the rule's `notIf` patterns match over the trigger? */
function vetoed(ps: ParsedSentence, m: Match, ptrsOf: (regs: unknown[]) => number[][]): boolean {
  for (const regs of m.rule.notIfRegs) {
    for (const ptr of ptrsOf(regs)) {
      const base = ps.termBase[ptr[0]!] ?? 0;
      const s = base + ptr[1]!;
      const e = base + ptr[2]!;
      if (s < m.end && e > m.start) return true;
    }
  }
  return false;
}

/** a token of a pattern as compromise parsed it (a "reg"), the fields that decide how it is matched */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  /** with fastOr: the term must also have this tag */
  pos?: string;
  choices?: unknown[];
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  fuzzy?: boolean;
  id?: string;
  use?: string;
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
}

/** A first pattern token that must match the first term of any match by its word, tag or word list alone (one of the three is set). */
interface LeadToken {
  word: string | undefined;
  tag: string | undefined;
  fastOr: Set<string> | undefined;
  /** with fastOr: the term must also have this tag */
  pos: string | undefined;
}

/**
 * The lead token of a pattern, or null when its first token is anything else
 * (optional, negative, a multi-word choice, anchored, fuzzy, …). compromise's
 * matcher (match/02-from-here.js, term/doesMatch.js) tries a pattern from every
 * term and gives up at once where such a token does not match, so a sentence
 * with no term matching it has no match of the pattern.
 */
function leadToken(reg: Reg | undefined): LeadToken | null {
  if (!reg || reg.optional || reg.negative || reg.anything || reg.start || reg.end || reg.id !== undefined || reg.choices !== undefined)
    return null;
  const none = { word: undefined, tag: undefined, fastOr: undefined, pos: undefined };
  if (reg.word !== undefined) return reg.use || reg.fuzzy ? null : { ...none, word: reg.word };
  if (reg.tag !== undefined) return { ...none, tag: reg.tag };
  const other = [reg.method, reg.pre, reg.post, reg.regex, reg.chunk, reg.switch, reg.machine, reg.sense];
  if (other.some((x) => x !== undefined)) return null;
  return reg.fastOr ? { ...none, fastOr: reg.fastOr, pos: reg.pos } : null;
}

const leads = new WeakMap<CompiledPattern, LeadToken | null>();
/** one object per distinct lead token (the 1,800 built-in patterns have about 160), so that a sentence tests each once */
const leadsByKey = new Map<string, LeadToken>();
function leadOf(p: CompiledPattern): LeadToken | null {
  let lead = leads.get(p);
  if (lead === undefined) {
    lead = leadToken(p.regs[0] as Reg | undefined);
    if (lead) {
      const key = JSON.stringify([lead.word, lead.tag, lead.fastOr && [...lead.fastOr].sort(), lead.pos]);
      const same = leadsByKey.get(key);
      if (same) lead = same;
      else leadsByKey.set(key, lead);
    }
    leads.set(p, lead);
  }
  return lead;
}

/** Does the lead token match this term? (compromise's doesMatch for a word, a tag, a word list) */
function leadMatches(t: MatchTerm, lead: LeadToken): boolean {
  const { word, tag, fastOr, pos } = lead;
  if (word !== undefined) return t.machine === word || (t.alias?.includes(word) ?? false) || t.text === word || t.normal === word;
  if (tag !== undefined) return t.tags.has(tag);
  if (pos && !t.tags.has(pos)) return false;
  return fastOr!.has(t.root || t.implicit || t.machine || t.normal) || fastOr!.has(t.text);
}

/** the parts of a compromise document the matcher needs */
interface CompromiseDoc {
  docs: MatchTerm[][];
  _cache: unknown;
  methods: { one: { match: RunMatch } };
}

/** [sentence, startTerm, endTerm] of each match of pre-parsed `regs` (compromise's matcher, without building a View) */
function matchPtrs(doc: CompromiseDoc, regs: unknown[]): number[][] {
  return fastMatch(doc.methods.one.match, doc.docs as unknown as unknown[][], { regs }, doc._cache).ptrs as number[][];
}

/**
 * Does token `i` stand after the condition trigger (a `subordinate` condition rule) `c`, in the same clause? The
 * clause opens at the trigger's subordinating conjunction: a trigger that starts on the holder's own action ("would
 * walk out again | if …") leaves that action its own stance.
 */
function insideClause(tokens: Token[], c: Match, i: number): boolean {
  let open = c.start;
  for (let j = c.start; j < c.end; j++) {
    if (SUBORDINATORS.has(tokens[j]!.normal)) {
      open = j;
      break;
    }
  }
  if (i < open + 1) return false;
  for (let j = c.start; j < i; j++) if (boundaryAfter(tokens, j)) return false;
  return true;
}

const SUBORDINATORS = new Set(['if', 'unless', 'until', 'once', 'when', 'provided', 'providing']);

const polarityOf = (type: CueType) => (type === 'refusal' ? -1 : 1);

// (and the words that open an adjunct of time, cause or concession, which compromise may read as a verb or an adverb:
// "agreed to meet the board following the boycott" is no engagement whose object is a boycott)
const GAP_BREAKERS = new Set(['that', 'which', 'who', 'but', 'while', 'because', 'if', 'unless', 'until', 'when', 'after', 'before', 'said', 'says', 'following', 'amid', 'amidst', 'despite', 'during', 'pending', 'ahead']);

/** a date or a year: "(in) 2021", "(on) Monday" */
const isTimeWord = (x: Token | undefined): boolean => !!x && (x.tags.has('Date') || (x.tags.has('Value') && /^\d{4}$/.test(x.normal)));

/** nouns of a proposal whose content follows: "an invitation for a resumption of talks", "the offer of a truce" */
const OFFER_HEAD = /^(?:invitation|invitations|offer|offers|proposal|proposals|request|requests|call|calls|bid|bids|appeal|appeals|plan|plans|overture|overtures)$/;
/**
 * Is the gap the operator's object, a noun of proposal, and the preposition that opens its content: "rejected the newest
 * invitation for | a restart of the border talks", "accepted an offer of | talks"? The content is what is refused
 * or accepted, one stance with the operator (determiners and adjectives before the noun, a determiner after).
 */
function offerOfGap(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 7) return false;
  let j = from;
  while (j < to && (tokens[j]!.tags.has('Determiner') || tokens[j]!.tags.has('Possessive') || tokens[j]!.tags.has('Adjective'))) j++;
  if (j >= to || !OFFER_HEAD.test(tokens[j]!.normal) || /[,;:]/.test(tokens[j]!.post)) return false;
  j++;
  if (j >= to || !/^(?:for|of|to)$/.test(tokens[j]!.normal)) return false;
  j++;
  while (j < to && tokens[j]!.tags.has('Determiner')) j++;
  return j === to;
}

/**
 * Can the tokens [from, to) separate a stance operator from the action it governs?
 * "refused | to | rule out talks", "ruled out | trade or border | talks with":
 * "to", or a short object noun phrase (no comma, at most 4 words).
 */
function objectGap(tokens: Token[], from: number, to: number): boolean {
  // never across the end of a sentence or a quotation: '"We will not talk." Norland rejected it'
  for (let j = Math.max(0, from - 1); j < to; j++) if (hardBreakAfter(tokens[j]!)) return false;
  if (offerOfGap(tokens, from, to)) return true;
  // (adjacent matches chain too, unless a clause break stands between them: "Accept Deal, Ending Strike", or the
  // first ends on the noun that is the second's subject: "the union's walkout ended the talks" is no double negative)
  if (to - from > 4 || to <= from) return to === from && !(from > 0 && /[,;:]/.test(tokens[from - 1]!.post)) && !subjectOfNext(tokens, from);
  if (to - from === 1 && tokens[from]!.normal === 'to') return true;
  if (coordinatedFinite(tokens, from, to)) return false;
  // (two noun phrases side by side, the second opening on a number right after the first's plural noun, are an object
  // and the next clause's subject: "in a meeting on Sunday with the lawmakers | four commanders refused …", a comma
  // the writer left out; not a determiner, which may open a relative clause: "any mechanism the parties agree on")
  for (let j = from; j + 1 < to; j++) {
    const t = tokens[j]!, u = tokens[j + 1]!;
    if (t.tags.has('Plural') && !t.tags.has('Pronoun') && u.tags.has('Value') && !u.tags.has('Ordinal')) return false;
  }
  // (an object, then "and"/"or" and a bare verb: a second predicate of the same subject, not the operator's object:
  // "would snub the summit and boycott the vote" is two refusals, not the refusal of a boycott)
  // ("refused to meet and negotiate" keeps both in the refusal's scope: no object, only "to" and a verb, before "and")
  if (to - 1 > from && COORDINATORS.has(tokens[to - 1]!.normal) && isBare(tokens[to]) && !tokens.slice(from, to - 1).some((t) => t.normal === 'to' || t.tags.has('Verb'))) return false;
  for (let j = from - 1; j < to; j++) if (j >= 0 && /[,;:]/.test(tokens[j]!.post)) return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    // an object noun phrase: no clause word, no other preposition than "of", no pronoun subject, no auxiliary;
    // a time phrase may stand between ("refused in 2021 to sign", "agreed on Monday to resume")
    if (GAP_BREAKERS.has(t.normal)) return false;
    if (t.tags.has('Preposition') && t.normal !== 'of' && !(/^(?:in|on)$/.test(t.normal) && isTimeWord(tokens[j + 1]))) return false;
    if ((t.tags.has('Pronoun') && !t.tags.has('Possessive')) || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula'))
      return false;
  }
  return true;
}

/** the token before `at` is a noun and the token at `at` a finite full verb: the noun is that verb's subject */
function subjectOfNext(tokens: Token[], at: number): boolean {
  const n = tokens[at - 1], v = tokens[at];
  return !!n && !!v && n.tags.has('Noun') && !n.tags.has('Pronoun') && !n.tags.has('Verb') && isFiniteVerb(v) && !isAuxiliary(v) && !v.tags.has('Copula');
}

/**
 * A second finite verb joined by "and"/"or" is a predicate of its own, not the action an operator governs:
 * "rejected and condemned the proposal", "refused and continues to refuse", "refused to talk and rejected
 * the offer", "rejected the plan and will not attend" are two stances of one polarity each, never a double negative
 * (a modal or auxiliary after the coordinator opens the second predicate too); an infinitive or gerund after
 * the coordinator stays in the operator's scope ("refused to meet and negotiate").
 */
function coordinatedFinite(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (COORDINATORS.has(tokens[j]!.normal) && (isFiniteVerb(tokens[j + 1]) || isAuxiliary(tokens[j + 1]))) return true;
  return false;
}

/** a modal or auxiliary after "and"/"or" opens a predicate of its own: "rejects the plan and will not attend the talks" */
const isAuxiliary = (t: Token | undefined) => !!t && (t.tags.has('Modal') || t.tags.has('Auxiliary')) && t.normal !== 'to';

/** The longest (then highest-priority) match at each start token, in text order. */
function longestPerStart(matches: Match[]): Match[] {
  const byStart = new Map<number, Match>();
  for (const m of matches) {
    const cur = byStart.get(m.start);
    const len = m.end - m.start;
    const curLen = cur ? cur.end - cur.start : -1;
    if (!cur || len > curLen || (len === curLen && m.rule.priority > cur.rule.priority)) byStart.set(m.start, m);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Group the non-condition matches of a sentence into stances. */
function stances(matches: Match[], tokensRef: Token[]): Match[][] {
  // one stance per start token: the longest (then highest-priority) match names it
  const byStart = longestPerStart(matches);
  // a match nested inside another one is part of that reading ("refused to negotiate" ⊃ "negotiate")
  const sorted = byStart.filter((m, _, all) => !all.some((o) => o !== m && o.start < m.start && o.end >= m.end));
  const chains: Match[][] = [];
  for (const m of sorted) {
    const last = chains.at(-1);
    const chainEnd = last ? Math.max(...last.map((x) => x.end)) : -1;
    // a refusal noun with an owner of its own after a word of cause is that owner's stance, not the action of the
    // verb before: "halted talks over its refusal to withdraw" is two refusals, never a double negative
    if (last && m.start >= chainEnd && ownedNounAfterCause(tokensRef, m)) {
      chains.push([m]);
      continue;
    }
    // two overlapping matches of one rule are one reading of it, not an operator and its action: the
    // alternatives "would stay away" and "stay away from" of "would stay away from the talks" are one refusal
    const same = last?.findIndex((x) => x.rule === m.rule && m.start < x.end) ?? -1;
    if (last && same >= 0) last[same] = { ...last[same]!, end: Math.max(last[same]!.end, m.end) };
    else if (last && m.start < chainEnd) last.push(m); // overlapping: one reading continues the other
    else if (last && objectGap(tokensRef, chainEnd, m.start)) last.push(m);
    else chains.push([m]);
  }
  return chains;
}

/**
 * Is the reporting verb at `j` a report that could be made, not one that was ("the junta could claim the rebels are no
 * real partner in any negotiations", "Vesk might argue that it never refused talks")? What it would report is no one's
 * stance yet. ("would say only that …" is a report of what was said, and stays one.)
 */
function possibleReport(tokens: Token[], j: number): boolean {
  let k = j - 1;
  if (tokens[k]?.tags.has('Adverb') && !/^(?:not|never)$/.test(tokens[k]!.normal)) k--; // "could well argue"
  return /^(?:could|might|may)$/.test(tokens[k]?.normal ?? '') && !/^(?:be|been)$/.test(tokens[j]!.normal);
}

/** auxiliaries that, first in a sentence that is no question, open an inverted conditional: "Should talks fail, …" */
const INVERTED_IF = new Set(['should', 'were', 'had']);

function modalityOf(tokens: Token[], start: number, sentenceText: string): Modality {
  const cs = clauseStart(tokens, start);
  // inside a fronted inverted conditional ("Should no agreement be reached by May, …", "Were the union to walk out, …"):
  // the same as inside an if-clause
  if (INVERTED_IF.has(tokens[0]?.normal ?? '') && !commaBetween(tokens, 0, start + 1)) return 'hypothetical';
  if (genericParty(tokens, start)) return 'hypothetical';
  if (invertedAfterComma(tokens, start)) return 'hypothetical';
  for (let j = start - 1; j >= cs; j--) {
    const w = tokens[j]!.normal;
    // (a fronted if-clause that closes with a comma before the trigger is its condition: "If X lifts the
    // blockade, Y would return to the talks" is Y's stance, on a condition)
    if (w === 'whether' || (w === 'if' && !commaBetween(tokens, j, start))) return 'hypothetical';
    if ((w === 'who' || w === 'what') && indirectQuestion(tokens, j)) return 'hypothetical';
    if (openModalClause(tokens, j, start)) return 'hypothetical';
  }
  // ("which" ends the clause the loop reads: "the grounds on which a fresh bid would be tabled")
  if (cs > 0 && tokens[cs - 1]!.normal === 'which' && openModalClause(tokens, cs - 1, start)) return 'hypothetical';
  if (/\?["')\]]*\s*$/.test(sentenceText)) return 'hypothetical';
  for (let j = start - 1; j >= Math.max(cs, start - 4); j--) if (HEDGES.has(tokens[j]!.normal)) return 'hedged';
  for (let j = start - 1; j >= 0 && !hardBreakAfter(tokens[j]!); j--)
    if (isReporting(tokens[j]!)) return possibleReport(tokens, j) ? 'hypothetical' : 'reported';
  return 'asserted';
}

/**
 * Is the trigger at `start` inside an inverted conditional set off by a comma after the main clause: "willing to resume
 * talks, should a new offer be presented to its members", "would return to the table, were Norland to lift the blockade"? The
 * auxiliary right after the comma, then its subject (a determiner, name, pronoun or noun, not a verb: "the talks, were
 * held …" is no inversion), "were" with its "to"; no comma between it and the trigger.
 */
function invertedAfterComma(tokens: Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(1, start - 8); j--) {
    const t = tokens[j]!;
    if (/,/.test(t.post)) return false;
    if (!INVERTED_IF.has(t.normal) || !/,\s*$/.test(tokens[j - 1]!.post)) continue;
    const subj = tokens[j + 1];
    if (!subj || subj.tags.has('Verb') || !['Determiner', 'ProperNoun', 'Pronoun', 'Noun'].some((g) => subj.tags.has(g))) return false;
    return t.normal !== 'were' || tokens.slice(j + 2, j + 7).some((x) => x.normal === 'to');
  }
  return false;
}

const GOVERNANCE = new Set(['shareholder', 'shareholders', 'general', 'annual', 'extraordinary', 'board', 'cabinet']);

/** A match ending on a body's own meeting ("push for a special shareholder meeting", "an extraordinary general meeting"): governance, not a meeting with another party. */
function governanceMeeting(tokens: Token[], end: number): boolean {
  const last = tokens[end - 1];
  return !!last && /^meetings?$/.test(last.normal) && GOVERNANCE.has(tokens[end - 2]?.normal.replace(/'$/, '') ?? '');
}

/**
 * A trigger right after a generic party, a reduced relative of whoever would do it: "open to any publisher | willing to
 * sign it", "anyone | ready to negotiate is welcome" — no party's stance.
 */
function genericParty(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  // (an adjective or participle after the party, as a reduced relative; "any board could sign" is a clause of its own)
  const t = tokens[start]!;
  if (!prev || /[,;:]/.test(prev.post) || !(t.tags.has('Adjective') || t.tags.has('Gerund') || /ed$/.test(t.normal))) return false;
  if (/^(?:anyone|anybody|whoever|everyone|everybody)$/.test(prev.normal)) return true;
  const det = tokens[start - 2]?.normal;
  return (det === 'any' || det === 'every' || det === 'whichever') && prev.tags.has('Noun') && !prev.tags.has('Pronoun');
}

/** verbs and adjectives that take an indirect question: "tells you who wants a deal", "hear what X was prepared to pay" */
const ASKING = /^(?:tell|told|ask|know|knew|wonder|see|saw|seen|show|decid|understand|understood|explain|hear|heard|learn|reveal|disclos|unclear|clear|sure|certain)/;

/** Is the wh-word at `j` the start of an indirect question ("… tells you who …", "unclear what …"), not a relative pronoun? */
function indirectQuestion(tokens: Token[], j: number): boolean {
  let k = j - 1;
  if (tokens[k]?.tags.has('Pronoun') && !tokens[k]!.tags.has('Possessive')) k--; // "tells you who", "asked them what"
  const t = tokens[k];
  return !!t && !/,/.test(t.post) && ASKING.test(t.normal);
}

/** prepositions before "which" that open a clause of how something would be done: "the grounds on which …" */
const OPEN_PREP = /^(?:over|about|on|upon|of|into|from|to)$/;
/** nouns of the way or grounds on which something would be done: "the grounds on which a fresh bid would be tabled" (not a party's terms: "set out terms on which it would accept") */
const TERMS_HEAD = /^(?:basis|bases|grounds|way|ways|manner|extent|point)$/;
const OPEN_MODALS = new Set(['would', 'could', 'might']);

/**
 * Is the "which" at `j`, after a noun of way or grounds and a preposition, the start of a clause of how something would,
 * could or might be done ("wanted to know the grounds on which a fresh bid would be tabled")? The clause names an open
 * question, no stance of its own (as an indirect question). (A first version also read "what" after a preposition,
 * "stalled over what one side could agree to cede": it cost a true refusal on a held-out file, and was taken back.)
 */
function openModalClause(tokens: Token[], j: number, start: number): boolean {
  const w = tokens[j]!.normal;
  const prep = tokens[j - 1];
  if (!prep || !OPEN_PREP.test(prep.normal) || /,/.test(prep.post)) return false;
  if (w !== 'which' || !TERMS_HEAD.test(tokens[j - 2]?.normal ?? '')) return false;
  // (the modal may open the trigger itself: "on which a fresh bid would be tabled")
  for (let k = j + 1; k < Math.min(tokens.length, start + 3); k++) {
    if (OPEN_MODALS.has(tokens[k]!.normal)) return true;
    if (/[,;:]/.test(tokens[k]!.post)) return false;
  }
  return false;
}

/** a comma after one of tokens [from, to - 1) */
function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (/,/.test(tokens[j]!.post)) return true;
  return false;
}

function timeOf(tokens: Token[], start: number, sentenceText: string): 'past' | 'present' {
  const cs = clauseStart(tokens, start);
  for (let j = start - 1; j >= Math.max(0, cs - 1, start - 5); j--) {
    const t = tokens[j]!;
    if (t.normal === 'had' || t.implicit === 'had') return 'past';
  }
  return PAST_MARKERS.test(sentenceText) ? 'past' : 'present';
}

export function findCues(parsed: ParsedSentence[], options: CueOptions = {}): RawCue[] {
  const rules = options.rules ?? builtinRuleSet();
  const out: RawCue[] = [];
  for (const ps of parsed) {
    if (!ps.doc || !ps.tokens.length || ps.sentence.boilerplate) continue; // page furniture: no stance of its own
    const { tokens } = ps;
    const text = ps.sentence.text;
    const headline = ps.sentence.headline;
    const matches = sweep(ps, rules).filter(
      (m) => m.rule.scope === 'any' || (m.rule.scope === 'headline') === headline,
    );
    const conditions = matches.filter((m) => m.rule.type === 'condition');
    const subordinate = conditions.filter((m) => m.rule.subordinate);
    const stanceMatches = matches.filter(
      (m) =>
        m.rule.type !== 'condition' &&
        !attributive(tokens, m.start) &&
        !insideCompound(tokens, m.start) &&
        !nounInPhrase(tokens, m) &&
        (!accusedOf(tokens, m.start) || walkoutAct(tokens, m)) &&
        !governanceMeeting(tokens, m.end) &&
        !judgedObject(tokens, m) &&
        !demandAtStart(tokens, conditions, m) &&
        !subordinate.some((c) => insideClause(tokens, c, m.start)) &&
        // (the holder's own act of seeking talks or keeping an offer open stays: holders/words.ts OWN_ACT_RULE)
        (!demandedContent(tokens, conditions, m.start) || OWN_ACT_RULE.test(m.rule.key)),
    );

    // a requirement inside the complement of an earlier verb of demanding is that demand's content, not a second
    // one: "insisting that all teachers should benefit", "demanded that the army must withdraw"; the demand's cue
    // then runs to the requirement's end ("insisted that [Vesk must lift the blockade]"), the words that state it
    const contentOf = new Map<Match, Match>();
    const demandContent = (m: Match, arr: Match[]) => {
      if (m.rule.holder !== 'speaker' || m.rule.condition !== 'clause') return false;
      const o = arr.find((o) => o.start < m.start && o.rule.condition === 'after' && tokens[o.start]!.tags.has('Verb') && insideClause(tokens, o, m.start));
      if (o && m.end > (contentOf.get(o)?.end ?? 0)) contentOf.set(o, m);
      return !!o;
    };
    // conditions: one per start token, the longest
    const selectConditions = (list: Match[]) =>
      longestPerStart(list)
        // one condition per stretch: drop one that starts inside another ("set three [conditions for] …")
        .filter((m, i, arr) => !arr.some((o, k) => k !== i && o.start < m.start && o.end > m.start))
        .filter((m, _, arr) => !demandContent(m, arr))
        // "until we get the lists and until Vesk answers": a second clause of the same conjunction, joined to the first,
        // is one condition with two parts, not a second one
        .filter((m, _, arr) => !(m.rule.subordinate && /^(?:and|or)$/.test(tokens[m.start - 1]?.normal ?? '') && arr.some((o) => o.start < m.start && o.rule.subordinate && tokens[o.start]!.normal === tokens[m.start]!.normal)));
    const conditionCue = (m: Match): RawCue => ({
      rule: m.rule,
      sentence: ps.sentence.index,
      tokStart: m.start,
      tokEnd: Math.max(m.end, contentOf.get(m)?.end ?? 0),
      ...((contentOf.get(m)?.end ?? 0) > m.end ? { ruleEnd: m.end } : {}),
      type: 'condition',
      negated: false,
      modality: modalityOf(tokens, m.start, text) === 'reported' ? 'reported' : 'asserted',
      time: timeOf(tokens, m.start, text),
    });
    // a demand or precondition denied or dropped ("will no longer require Vesk to disarm before talks", "did not make
    // it a condition for dialogue") is no condition: negation flips it, into willingness without that term
    // (willingness where the sentence is about talks; elsewhere, "no longer demands a refund", only no condition)
    const conditionOrDenied = (m: Match): RawCue[] =>
      !deniedDemand(tokens, m) ? [conditionCue(m)] : TALKS_TEXT.test(text) ? [{ ...conditionCue(m), type: 'engagement', negated: true }] : [];
    const condList = selectConditions(conditions);
    const sentenceCues: RawCue[] = condList.flatMap(conditionOrDenied);

    // a rule that fires only negated (or only asserted) names no stance where its own words are not (or are): it
    // must not take the place of another rule's reading of the same words ("responded positively to the overture" is
    // engage-object's, though respond-to-offer, a refusal only when denied, matches the same words at greater length)
    const fits = (m: Match) => m.rule.when === 'always' || (m.rule.when === 'negated') === negatedSpan(tokens, m.start, m.end);
    for (const chain of stances(stanceMatches.filter(fits), tokens)) {
      const first = chain[0]!;
      const chainEnd = Math.max(...chain.map((m) => m.end));
      // a denial before the clause flips it like a negation: "denied it would negotiate", "denied that it had refused"
      const negHere = negatedSpan(tokens, first.start, chainEnd);
      const negated = first.rule.negatable && negHere;
      let polarity = negated ? -1 : 1;
      // (two overlapping matches of one rule are one reading, not an operator and its action: "would stay away" and
      // "stay away from" do not make a double refusal; nor is a refusal noun read by two refusal rules, "staged a
      // walkout" and "walkout from the negotiations", where a refusal verb is the action of an operator: "it would not
      // | rule out talks")
      for (const [i, m] of chain.entries()) {
        const nounRead = (o: Match) => o.rule.type === 'refusal' && m.rule.type === 'refusal' && isNounWord(tokens[m.start]);
        if (chain.slice(0, i).some((o) => (o.rule === m.rule || nounRead(o)) && m.start < o.end)) continue;
        polarity *= m.rule.negatable || m === first ? polarityOf(m.rule.type) : 1;
      }
      if (first.rule.when === 'negated' && !negHere) continue;
      if (first.rule.when === 'asserted' && negHere) continue;
      if (failedBefore(tokens, first.start)) continue; // "failed to reach agreement": an outcome, not a stance
      if (degreeNegated(tokens, first.start, chainEnd, negated)) continue; // "has not done enough to reach a deal": a judgement of degree
      if (coercedBefore(tokens, first.start)) continue; // "forced them to return to work": imposed, not held
      const modality = modalityOf(tokens, first.start, text);
      if (modality === 'hypothetical' && !options.keepHypothetical) continue; // "if talks were to happen…", questions: not a stance of their own
      const type: CueType = polarity > 0 ? 'engagement' : 'refusal';
      // the rule that names the cue: the longest match of the chain, else the first
      const naming = chain.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), first);
      sentenceCues.push({
        rule: naming.rule,
        sentence: ps.sentence.index,
        tokStart: first.start,
        tokEnd: chainEnd,
        ...(naming.end < chainEnd ? { ruleEnd: naming.end } : {}),
        ...(first !== naming && first.rule.type === 'refusal' && !first.rule.needsTarget && naming.rule.needsTarget ? { refusingOperator: true } : {}),
        type,
        negated: negated || chain.length > 1 && chain.some((m) => m.rule.type === 'refusal') && type === 'engagement',
        modality: condList.length && type === 'engagement' ? 'conditional' : modality,
        time: timeOf(tokens, first.start, text),
      });
    }
    sentenceCues.push(...proVerbRepeats(tokens, sentenceCues));
    sentenceCues.push(...ellipsisContrasts(tokens, sentenceCues));
    // a clause opened by "Under <a law>," states what the law requires or allows, no party's stance: "Under the
    // labour code, unions must give seven days' notice", "Under Rule 2.6 of the Takeover Code, the bidder is required to
    // make an offer"
    const legal = legalClause(tokens);
    const inPlace = (c: RawCue) => (!legal || c.tokStart < legal.from || c.tokStart >= legal.to) && !speakerLabel(tokens, c.tokStart);
    const kept = sentenceCues.filter((c) => inPlace(c) && !restrictedEngagement(c, sentenceCues, tokens) && !refusedClass(c, sentenceCues, tokens));
    // conditions that need a stance beside them ("… if X", "… would back the merger if X")
    // ("… while the troops remain" beside a refusal: "will not negotiate while troops remain on the plateau")
    // ("requires: commitment", the once-clause: also beside a commitment the rules did not read as a stance, "they
    // would look at it again once the company withdrew its figure"; the test of the text only when such a rule fired)
    const stance = kept.some((c) => c.type !== 'condition');
    const has = {
      none: () => true,
      stance: () => stance,
      refusal: () => kept.some((c) => c.type === 'refusal'),
      commitment: () => stance || COMMITMENT.test(text),
      position: () => stance || COMMITMENT.test(text) || POSITION.test(text),
    };
    const holds = (rule: LoadedRule) => options.ignoreRequires || has[rule.requires]();
    if (kept.every((c) => c.type !== 'condition' || holds(c.rule))) {
      out.push(...kept);
      continue;
    }
    // a condition dropped for want of what it requires leaves the place to another condition read at the same
    // words whose requirement holds, as a stance rule's does (the longest would otherwise take the shorter with it)
    const allowed = selectConditions(conditions.filter((m) => holds(m.rule))).flatMap(conditionOrDenied).filter(inPlace);
    out.push(...kept.filter((c) => c.type !== 'condition'), ...allowed);
  }
  return out;
}

/**
 * A condition on a class of deal or offer ("any deal that cuts the quota") read inside a refusal of it ("will not back
 * any deal that cuts the quota"): the relative clause says which deals are refused, the refusal is the one stance.
 */
function refusedClass(c: RawCue, cues: RawCue[], tokens: Token[]): boolean {
  if (c.type !== 'condition' || c.rule.subordinate || !/^(?:any|only)$/.test(tokens[c.tokStart]?.normal ?? '')) return false;
  return cues.some((r) => r.type === 'refusal' && r.tokStart < c.tokStart && c.tokStart < r.tokEnd);
}

/** verbs of opinion that take an object and its complement: "considers the demand unconstitutional" */
const OPINION_VERB = /^(?:consider|considers|considered|considering|deem|deems|deemed|deeming|regard|regards|regarded|regarding|view|views|viewed|viewing)$/;

/**
 * A verb of opinion whose object is followed by its complement, an adjective closing the clause ("considers the
 * conditions Vesk set for the talks unacceptable", "regards the guild's demand … as unlawful"): a
 * judgement of the offer or demand, not the act of considering it (engagement.consider-offer's reading).
 */
function judgedObject(tokens: Token[], m: Match): boolean {
  if (!OPINION_VERB.test(tokens[m.start]!.normal)) return false;
  for (let k = m.end; k < Math.min(tokens.length, m.end + 12); k++) {
    const t = tokens[k]!;
    if (/^(?:that|which|who|if|unless|whether|is|are|was|were|and|but)$/.test(t.normal)) return false;
    const last = k === tokens.length - 1 || boundaryAfter(tokens, k);
    if (last) return t.tags.has('Adjective') && !t.tags.has('Noun');
  }
  return false;
}

/** verbs of calling or asking for something */
const CALL_VERB = /^(?:call|calls|called|calling|ask|asks|asked|asking|press|presses|pressed|pressing|push|pushes|pushed|pushing|appeal|appeals|appealed|appealing)$/;

/**
 * A call or request for an improved offer or for concessions that a condition rule reads as a demand at the same word as an
 * engagement rule ("called for a better offer", "asking for an improved wage offer"): what is asked for is the other
 * side's move, the call no willingness of the caller's (a call for talks or for cooperation stays an engagement).
 */
function demandAtStart(tokens: Token[], conditions: Match[], m: Match): boolean {
  // (an offer qualified as one the other side is to improve or make: "a better offer", "an improved wage offer"; "pushed
  // for the offer", backing one on the table, stays the engagement)
  const asked = (k: number) => /^(?:offer|offers|bid|bids|concessions)$/.test(tokens[k]!.normal) && (tokens[k - 1]?.tags.has('Adjective') || /^(?:pay|wage|salary)$/.test(tokens[k - 1]?.normal ?? ''));
  if (!tokens.slice(m.start, m.end).some((_, i) => asked(m.start + i))) return false;
  return CALL_VERB.test(tokens[m.start]!.normal) && conditions.some((c) => c.start === m.start && c.rule.condition === 'after' && !c.rule.subordinate);
}

/** a sentence about talks: a term dropped there is willingness to talk without it */
const TALKS_TEXT = /\b(?:talks?|negotiat\w*|dialogue|discussions?|meet|meeting|table)\b/i;

/** the words of requiring: a demand's verb or noun, a (pre)condition, an ultimatum */
const DEMAND_WORD = /^(?:demand|demands|demanded|demanding|require|requires|required|requiring|insist|insists|insisted|insisting|pre-?conditions?|conditions?|prerequisites?|pre-requisites?|ultimatum|ultimatums)$/;
/** verbs that set a term on talks ("set | make | impose … as a condition", "see it as a precondition") */
const SETTING_VERB = /^(?:set|sets|setting|make|makes|making|made|impose|imposes|imposed|imposing|attach|attaches|attached|attaching|lay|lays|laid|laying|put|puts|putting|see|sees|saw|regard|regards|regarded|treat|treats|treated)$/;

/**
 * Is the condition match `m` a demand denied or dropped: a word of requiring in its words, negated there or before
 * ("will no longer require", "never demanded"), or named as the term a negated verb of setting sets ("did not make
 * the return of the islands a condition for dialogue", "does not make it a precondition")? Only a match outside a
 * subordinate clause: "would not return unless …" keeps its condition.
 */
function deniedDemand(tokens: Token[], m: Match): boolean {
  // (nor a demand named inside an if-clause or another subordinate one: "if no demand is settled, …")
  const SUB = /^(?:if|unless|until|when|whenever|once|provided|providing|should|were|whether)$/;
  if (m.rule.subordinate) return false;
  for (let k = m.start; k >= Math.max(0, m.start - 4); k--) {
    if (SUB.test(tokens[k]!.normal)) return false;
    if (k < m.start && boundaryAfter(tokens, k)) break;
  }
  let word = -1;
  for (let j = m.start; j < m.end && word < 0; j++) if (DEMAND_WORD.test(tokens[j]!.normal)) word = j;
  if (word < 0) return false;
  if (negatedSpan(tokens, m.start, m.end)) return true;
  for (let k = m.start - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    if (boundaryAfter(tokens, k) || /^(?:that|which|who|but|if|unless)$/.test(tokens[k]!.normal)) return false;
    if (SETTING_VERB.test(tokens[k]!.normal)) return negatedBefore(tokens, k) || (k > 0 && isNegator(tokens[k - 1]!, tokens[k]));
  }
  return false;
}

/**
 * A stance read inside the that-clause of a verb of demanding is what the other side is asked to do, not a stance of
 * its own: "insisted that Norland must lift the blockade", "demanded that the board return to the table" — the
 * demand holds the cue, its content is the condition's text.
 */
function demandedContent(tokens: Token[], conditions: Match[], i: number): boolean {
  return conditions.some((o) => o.rule.condition === 'after' && o.end <= i && tokens[o.end - 1]?.normal === 'that' && tokens[o.start]!.tags.has('Verb') && insideClause(tokens, o, i));
}

/** the words [start, end) stand negated ("did not agree", "never accepted"), or denied ("denied it would negotiate"), but not both */
const negatedSpan = (tokens: Token[], start: number, end: number) =>
  (negatedBefore(tokens, start) || negatedWithin(tokens, start, end)) !== deniedBefore(tokens, start);

/** the words of a pro-verb's own verb group, back from "do so": "will continue to", "would not", "is ready to" */
const PRO_VERB_GROUP = new Set(['will', 'would', 'shall', 'can', 'could', 'continue', 'continues', 'to', 'not', 'never', "n't", 'again', 'also', 'still', 'always', 'keep', 'is', 'are', 'ready', 'prepared', 'willing', 'plans', 'plan', 'intends', 'intend', 'wants', 'want', 'hopes', 'hope', 'vowed', 'vows', 'promised', 'promises', 'pledged']);

/**
 * "has met the Halden dockers and would continue to do so", "has rejected the offer and will do so again", "met the rebels but will
 * not do so again": a pro-verb ("do so", "do the same") coordinated after a stance of the same sentence repeats that
 * stance, with its own verb group (negated, the stance flips). The cue spans the verb group and "do so".
 */
function proVerbRepeats(tokens: Token[], cues: RawCue[]): RawCue[] {
  const out: RawCue[] = [];
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (tokens[j]!.normal !== 'do') continue;
    const same = tokens[j + 1]!.normal === 'the' && tokens[j + 2]?.normal === 'same';
    if (tokens[j + 1]!.normal !== 'so' && !same) continue;
    // the verb group back to the coordinator
    let k = j;
    while (k > 0 && PRO_VERB_GROUP.has(tokens[k - 1]!.normal) && !/[,;:]/.test(tokens[k - 1]!.post)) k--;
    const coord = tokens[k - 1];
    if (k === j || !coord || !['and', 'but'].includes(coord.normal)) continue;
    // the stance it repeats: the nearest before the coordinator, within twelve words and no sentence or quote break
    const before = cues.filter((c) => c.type !== 'condition' && c.tokEnd <= k - 1 && k - 1 - c.tokEnd <= 12);
    const prior = before.reduce<RawCue | undefined>((a, c) => (!a || c.tokEnd > a.tokEnd ? c : a), undefined);
    if (!prior) continue;
    let broken = false;
    for (let t = prior.tokEnd - 1; t < k - 1; t++) if (hardBreakAfter(tokens[t]!)) broken = true;
    if (broken) continue;
    const negated = tokens.slice(k, j).some((t) => NEGATORS.has(t.normal));
    const type: CueType = negated ? (prior.type === 'engagement' ? 'refusal' : 'engagement') : prior.type;
    // (the party it was directed at was named with the stance it repeats, not again: no target needed here)
    out.push({ ...prior, rule: { ...prior.rule, needsTarget: false }, tokStart: k, tokEnd: j + (same ? 3 : 2), type, negated });
  }
  return out;
}

/** the auxiliaries a contrast clause keeps when it leaves its predicate out ("but Vesk is not", "the rebels did not") */
const ELLIPSIS_AUX = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
/** the words that open a contrast clause, or a semicolon before its subject */
const CONTRAST_OPENERS = new Set(['but', 'while', 'whereas', 'yet']);

/**
 * "Norland is ready to resume the talks, but Vesk is not", "the union was willing to meet, but the owners were not",
 * "Brelvania agreed to the truce; the rebels did not": a contrast clause that leaves its predicate out after another
 * party's engagement in the same sentence repeats that engagement, negated — the other party's refusal. The clause is
 * a subject of at most five words (no verb), an auxiliary and the negation, and it ends there (a comma, a full stop,
 * a semicolon or the sentence end); the cue spans the auxiliary and the negation, and its subject holds it.
 */
function ellipsisContrasts(tokens: Token[], cues: RawCue[]): RawCue[] {
  const out: RawCue[] = [];
  for (let j = 2; j < tokens.length; j++) {
    const neg = tokens[j]!;
    if (neg.normal !== 'not' && neg.normal !== "n't") continue;
    if (j + 1 < tokens.length && !/[,.;:!?"”]/.test(neg.post)) continue;
    const aux = tokens[j - 1]!;
    if (!ELLIPSIS_AUX.has(aux.implicit ?? aux.normal) || /[,;:]/.test(aux.post)) continue;
    // the subject back to the opener: a few words with no verb and no punctuation between them
    let k = j - 2;
    while (k >= 0 && j - 1 - k <= 5 && !CONTRAST_OPENERS.has(tokens[k]!.normal) && !/[,;:]/.test(tokens[k]!.post) && !tokens[k]!.tags.has('Verb')) k--;
    if (k < 0 || k === j - 2) continue;
    const opener = CONTRAST_OPENERS.has(tokens[k]!.normal) || /;/.test(tokens[k]!.post);
    if (!opener) continue;
    const prior = cues.filter((c) => c.type === 'engagement' && c.tokEnd <= k + 1 && k + 1 - c.tokEnd <= 20).reduce<RawCue | undefined>((a, c) => (!a || c.tokEnd > a.tokEnd ? c : a), undefined);
    if (!prior) continue;
    let broken = false;
    for (let t = prior.tokEnd - 1; t < k; t++) if (hardBreakAfter(tokens[t]!)) broken = true;
    if (broken) continue;
    out.push({ ...prior, rule: { ...prior.rule, needsTarget: false }, tokStart: j - 1, tokEnd: j + 1, type: 'refusal', negated: true });
  }
  return out;
}

/**
 * A transcript's speaker label written in capitals ("QUESTION (Vogel, dpa): …", "MODERATOR: …") is no verb,
 * though the tagger may read one at the start of a sentence as an imperative.
 */
function speakerLabel(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^[A-Z][A-Z'’-]{2,}$/.test(t.text)) return false;
  return /^\s*[:(]/.test(t.post) || (/^\s*$/.test(t.post) && /^\(/.test(tokens[i + 1]?.pre ?? ''));
}

/**
 * "will only negotiate face to face with the president", "would only join talks that …": an engagement restricted by
 * "only" to a term of the holder's own is that term, a condition that starts on the same word, and no engagement besides
 * it — unless an if- or unless-clause later in the sentence is the condition ("would only take part if both sides
 * came": an engagement and its condition). So is talks' start restricted by an only-condition that begins inside or
 * right after the engagement ("talks will start only after the withdrawal", "talks would only take place after …").
 */
function restrictedEngagement(c: RawCue, cues: RawCue[], tokens: Token[]): boolean {
  if (c.type !== 'engagement') return false;
  const at = (x: RawCue) => x.tokStart === c.tokStart || (c.rule.key === 'engagement.talks-resume' && x.tokStart > c.tokStart && x.tokStart <= c.tokEnd);
  const only = (x: RawCue) => x.type === 'condition' && at(x) && tokens.slice(x.tokStart, x.tokStart + 3).some((t) => t.normal === 'only');
  if (!cues.some(only)) return false;
  return !tokens.slice(c.tokEnd).some((t) => t.normal === 'if' || t.normal === 'unless');
}

const LAW_NOUNS = new Set(
  'law laws act code rule rules regulation regulations constitution statute statutes legislation directive ordinance bylaws by-laws'.split(' '),
);
const LEGAL_CLAUSE_END = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet']);

/**
 * The tokens [from, to) of a main clause framed by a law: the sentence opens with "Under" and a phrase naming a law,
 * rule or code, closed by a comma ("Under Swedish labour law, …"); the clause runs to a contrast or a semicolon.
 */
function legalClause(tokens: Token[]): { from: number; to: number } | null {
  if (tokens[0]?.normal !== 'under') return null;
  let comma = -1;
  for (let j = 1; j < Math.min(tokens.length, 14) && comma < 0; j++) if (/,/.test(tokens[j]!.post)) comma = j;
  if (comma < 0 || !tokens.slice(1, comma + 1).some((t) => LAW_NOUNS.has(t.normal))) return null;
  let to = comma + 1;
  while (to < tokens.length && !LEGAL_CLAUSE_END.has(tokens[to]!.normal) && !/;/.test(tokens[to - 1]!.post)) to++;
  return { from: comma + 1, to };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'any', 'whose']);

/**
 * A trigger that starts in the middle of a hyphenated compound, between two of its words, is a piece of a modifier
 * or a noun, not a verb of its own: "a take-it-or-leave-it offer", "a stop-and-go economy" (the compound's first word
 * may open a trigger, "a walk-out", "the cease-fire", and so may its last, a participle: "EU-facilitated talks").
 */
const insideCompound = (tokens: Token[], start: number): boolean =>
  start > 0 && tokens[start - 1]!.post === '-' && tokens[start]!.pre === '' && tokens[start]!.post === '-';

/**
 * A trigger that starts on a participle used as an adjective names a thing, not a
 * stance: "the proposed deal", "its signed agreement", "a boycotted vote".
 */
const PARTICIPLE = /(?:ed|^(?:broken|frozen|given|taken|chosen|withdrawn|drawn|torn|struck|shaken|forsaken|hidden|written|spoken|sworn))$/;

function attributive(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  const t = tokens[start]!;
  const next = tokens[start + 1];
  if (!prev || !PARTICIPLE.test(t.normal) || !(t.tags.has('Adjective') || t.tags.has('Verb'))) return false;
  // used before a noun: "the proposed | deal", "stalled | peace talks" (not "remained committed | to"), or before a noun
  // the tagger read as a verb and the noun it modifies: "stalled | contract negotiations"
  if (!next || !(nounBefore(next) || compoundVerbNoun(next, tokens[start + 2])) || !boundaryFree(t)) return false;
  if (DETERMINERS.has(prev.normal) || prev.tags.has('Possessive') || prev.tags.has('Preposition')) return true;
  // after a full verb: "to restart stalled talks" (not after "has", "were", "would")
  return prev.tags.has('Verb') && !prev.tags.has('Auxiliary') && !prev.tags.has('Modal') && !prev.tags.has('Copula') && boundaryFree(prev);
}

const boundaryFree = (t: Token) => !/[,;:]/.test(t.post);

const nounBefore = (t: Token) => (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun');

const NOT_MODIFIER_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Auxiliary', 'Copula', 'Possessive', 'Value'];

/** a plain word the tagger read as a verb right before a noun, which it modifies: "contract | talks", "pay | deal" */
const compoundVerbNoun = (t: Token, after: Token | undefined): boolean =>
  !!after && /^[a-z]+$/.test(t.normal) && !NOT_MODIFIER_TAGS.some((tag) => t.tags.has(tag)) && boundaryFree(t) && after.tags.has('Noun') && !after.tags.has('Pronoun') && !after.tags.has('Verb');

/** a frame rule whose pattern starts with a verb class that needs an object (lexicon.yml) */
const verbInitial = (rule: LoadedRule) => /^&(?:rejectObjVerb|engageObjVerb|contactVerb)\b/.test(rule.match);

/** adverbs that stand before a finite verb and that the tagger may take for adjectives ("still", "again", "now") */
const VERB_ADVERBS = new Set(['still', 'again', 'also', 'now', 'never', 'already', 'just', 'even', 'repeatedly', 'always', 'once', 'often', 'long', 'swiftly', 'promptly', 'duly']);

/**
 * A verb-initial trigger that starts on a noun inside a noun phrase is that noun,
 * not the verb: "a draft resolution", "a national vote against the plan".
 */
function nounInPhrase(tokens: Token[], m: Match): boolean {
  const t = tokens[m.start]!;
  const prev = tokens[m.start - 1];
  // (a past form is the verb whatever the tagger says: "She later shelved the plan")
  if (!prev || !verbInitial(m.rule) || !t.tags.has('Noun') || t.tags.has('Verb') || /ed$/.test(t.normal)) return false;
  // (an adverb of time or persistence the tagger read as an adjective opens no noun phrase: "Norland still opposes the plan")
  if (VERB_ADVERBS.has(prev.normal)) return false;
  return ['Determiner', 'Possessive', 'Adjective', 'Acronym', 'ProperNoun', 'Value'].some((tag) => prev.tags.has(tag)) && boundaryFree(prev);
}

/**
 * "accusing the other side of violating the truce", "blamed them for delaying the
 * talks": an accusation is the accuser's claim, not a stance anyone states.
 */
function accusedOf(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (!prev) return false;
  // "… of violating the truce and delaying the talks": a second -ing verb of the same accusation
  const direct = prev.normal === 'of' || prev.normal === 'for';
  if (!direct && !(prev.normal === 'and' && /ing$/.test(tokens[start]!.normal))) return false;
  let sawOf = direct;
  for (let j = start - 2; j >= Math.max(0, start - (direct ? 8 : 16)); j--) {
    const t = tokens[j]!;
    if (hardBreakAfter(t) || /[;:]/.test(t.post) || (direct && boundaryAfter(tokens, j))) return false;
    if (t.normal === 'of' || t.normal === 'for') sawOf = true;
    if (sawOf && /^(?:accus|blam|charg|fault)/.test(t.normal)) return true;
  }
  return false;
}

/**
 * An accusation of walking out, pulling out or boycotting names an act of refusal that took place ("accused Vesk of
 * walking away from the table on Monday"): the accused walked out, whoever says so; an accusation of stalling or of
 * bad faith stays the accuser's claim.
 */
function walkoutAct(tokens: Token[], m: Match): boolean {
  return m.rule.type === 'refusal' && /^(?:walking|storming|pulling|boycotting|quitting|abandoning)$/.test(tokens[m.start]!.normal);
}

/** "forced the doctors to", "compelled it to", "a court ordered the teachers to": the trigger is an act someone else imposes */
function coercedBefore(tokens: Token[], start: number): boolean {
  let j = start - 1;
  if (tokens[j]?.normal === 'to') j--;
  else if (tokens[start]?.normal !== 'to') return false;
  for (let k = j; k >= Math.max(0, j - 5); k--) {
    const w = tokens[k]!.normal;
    // ("in order to resume talks" is a purpose, not an order)
    if (/^(?:force|forces|forced|forcing|compel|compels|compelled|compelling|coerce|coerces|coerced|coercing|order|orders|ordered|ordering)$/.test(w) && tokens[k - 1]?.normal !== 'in')
      return true;
    if (boundaryAfter(tokens, k)) return false;
  }
  return false;
}

/**
 * "denied (reports) that it had refused", "denies it would negotiate": a denial governing the trigger's clause,
 * across its complementiser, subject and auxiliaries but no other verb or clause boundary.
 */
function deniedBefore(tokens: Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 7); j--) {
    const t = tokens[j]!;
    if (boundaryAfter(tokens, j)) return false;
    if (/^(?:deny|denies|denied|denying)$/.test(t.normal)) return true;
    const verbGroup = t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.normal === 'had' || t.normal === 'has';
    if (t.tags.has('Verb') && !verbGroup) return false;
  }
  return false;
}

const CAUSE_WORDS = new Set(['over', 'after', 'amid', 'despite', 'against', 'of', 'at']);

/** "over its refusal to", "because of the army's rejection of": a refusal noun owned by a possessive, after a word of cause */
function ownedNounAfterCause(tokens: Token[], m: Match): boolean {
  if (m.rule.type !== 'refusal' || !isNounWord(tokens[m.start])) return false;
  const owner = tokens[m.start - 1];
  if (!owner?.tags.has('Possessive')) return false;
  // the cause word just before the owner, or before its determiner ("over the army's refusal")
  const k = tokens[m.start - 2]?.tags.has('Determiner') ? m.start - 3 : m.start - 2;
  return CAUSE_WORDS.has(tokens[k]?.normal ?? '');
}

/** a noun that is not also read as a verb ("walkout", "boycott" as a noun; not "rule", "vote" in "would not rule out", "vote against") */
function isNounWord(t: Token | undefined): boolean {
  return !!t && t.tags.has('Noun') && !t.tags.has('Verb');
}

/**
 * A negation of degree: "did not make enough concessions", "has not done enough to reach a deal", "was not doing
 * enough to resume talks" judge how much a party did, they report no refusal (nor, where a full verb stops the
 * negation's reach, an engagement). True for a negated trigger with "enough" (or "sufficient(ly)") in its clause from
 * a few words before it to its end, and for a trigger right after "enough to" that a negation a few words back
 * governs. "would not negotiate until Vesk had done enough" has it after the trigger: still a refusal; a rule whose
 * own words say "not enough" ("the offer was not enough") is not negatable and keeps its reading.
 */
const DEGREE = /^(?:enough|sufficient|sufficiently)$/;
function degreeNegated(tokens: Token[], start: number, end: number, negated: boolean): boolean {
  if (negated)
    for (let j = end - 1; j >= Math.max(0, start - 4); j--) {
      if (j < start && boundaryAfter(tokens, j)) break;
      if (DEGREE.test(tokens[j]!.normal)) return true;
    }
  if (start < 2 || tokens[start - 1]!.normal !== 'to' || !DEGREE.test(tokens[start - 2]!.normal)) return false;
  for (let j = start - 3; j >= Math.max(0, start - 6); j--) {
    if (boundaryAfter(tokens, j)) return false;
    if (isNegator(tokens[j]!, tokens[j + 1])) return true;
  }
  return false;
}

/** "failed to", "unable to", "fails to" just before the trigger */
function failedBefore(tokens: Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    const w = tokens[j]!.normal;
    if (/^(?:fail|fails|failed|failing|unable)$/.test(w)) return true;
    if (boundaryAfter(tokens, j)) return false;
  }
  return false;
}
