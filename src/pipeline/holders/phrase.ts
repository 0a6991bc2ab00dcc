/**
 * Party-like noun phrases, read from the words and not from the actor list: a proper name ("Zorvania",
 * "Plurim"), a common-noun party ("farmers", "the union", "management"), a state organ ("the government",
 * "officials") or a pronoun that refers to a party ("them"). A cue is never lost because its party is a name
 * the gazetteer lacks: the needsTarget and needsHolder tests ask this, not whether an actor was recognised.
 */
import type { Token } from '../types.js';
import type { SentenceCtx } from './context.js';
import { isReporting } from '../reporting.js';
import { isNounPhraseWord, isPrepObject, isVerbObject } from './syntax.js';
import { AGENCIES, AUDIENCE, PARTY_NOUNS, PARTY_PRONOUNS, STATE_NOUNS } from './words.js';

/** name: a proper name; party: a common-noun party of its own; state: may stand for the context's state; pronoun */
export type PartyKind = 'name' | 'party' | 'state' | 'pronoun';

export interface PartyPhrase {
  /** token indexes [start, end) */
  start: number;
  end: number;
  kind: PartyKind;
}

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const MAX_PHRASE = 6;
/** words compromise may tag a noun that never name a party ("There can be no talks") */
const NOT_A_PARTY = /^(?:there|here|this|that|these|those|which|who|what|it)$/;
/** a determiner that refers back to a party named before ("the rebels", "his party") */
const ANAPHORIC = /^(?:the|this|that|these|those|its|their|his|her|our|my|such)$/;

/**
 * Is the phrase a party of its own that no actor stands for — an unknown name or a new common-noun party
 * ("Zorvania", "Farmers", "shop owners") — so that the context must not lend it a holder? A definite common noun
 * ("the rebels") refers back to a party named before, which the context may well be.
 */
export function isOwnParty(c: SentenceCtx, np: PartyPhrase): boolean {
  const { tokens } = c.ps;
  const from = tokens[np.start]!.start;
  const to = tokens[np.end - 1]!.end;
  if (c.mentions.some((m) => m.start < to && m.end > from)) return false;
  if (np.kind === 'name') return true;
  return np.kind === 'party' && !ANAPHORIC.test(tokens[np.start]!.normal) && !/^(?:both|two)$/.test(tokens[np.start]!.normal);
}

/** the party-like noun phrase that starts at token `i`, or null (an audience, a news agency, a thing) */
export function partyPhraseAt(tokens: Token[], i: number): PartyPhrase | null {
  const first = tokens[i];
  if (!first) return null;
  const pair = `${first.normal} ${tokens[i + 1]?.normal ?? ''}`;
  if (PARTY_PRONOUNS.has(pair)) return { start: i, end: i + 2, kind: 'pronoun' };
  if (PARTY_PRONOUNS.has(first.normal)) return { start: i, end: i + 1, kind: 'pronoun' };
  let end = i;
  while (end < tokens.length && end - i < MAX_PHRASE && (isNounPhraseWord(tokens[end]!) || ((end > i || end === 0) && capitalised(tokens[end]!) && !tokens[end]!.tags.has('Pronoun')))) {
    end++;
    if (/[,;:()]/.test(tokens[end - 1]!.post)) break;
  }
  // the head: the last noun of the phrase
  let head = end - 1;
  while (head >= i && !tokens[head]!.tags.has('Noun')) head--;
  if (head < i || NOT_A_PARTY.test(tokens[head]!.normal)) return null;
  const words = tokens.slice(i, end);
  const text = words.map((t) => t.text).join(' ');
  if (AUDIENCE.test(text) || AGENCIES.test(text)) return null;
  const h = tokens[head]!;
  if (PARTY_NOUNS.has(h.normal)) return { start: i, end: head + 1, kind: 'party' };
  if (STATE_NOUNS.has(h.normal)) return { start: i, end: head + 1, kind: 'state' };
  // a name: a capitalised noun that is not the sentence's first word, or is tagged a proper noun, or a bare
  // singular noun opening the sentence ("Zorvania refused …"; common words there take a determiner)
  const name = words.some(
    (t, k) =>
      !t.tags.has('Determiner') &&
      capitalised(t) &&
      (t.tags.has('ProperNoun') || i + k > 0 || (k === 0 && t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun'))),
  );
  return name ? { start: i, end: head + 1, kind: 'name' } : null;
}

/** the party-like noun phrase right after token `tokEnd` (the trigger's end), or null */
export const partyAfter = (c: SentenceCtx, tokEnd: number): PartyPhrase | null => partyPhraseAt(c.ps.tokens, tokEnd);

/** what may stand between a subject and its verb: auxiliaries, modals, adverbs, negation */
const isVerbGroupWord = (t: Token) =>
  t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb') || t.tags.has('Negative') || t.tags.has('Copula') || /^(?:not|never)$/.test(t.normal);

/**
 * The party-like noun phrase that is the subject of the trigger at `tok`, when the sentence names one there
 * ("Farmers refused …", "The union has rejected …"), whether or not it is a known actor; else null.
 */
export function subjectPhrase(c: SentenceCtx, tok: number): PartyPhrase | null {
  const { tokens } = c.ps;
  let j = tok - 1;
  while (j >= 0 && tok - j <= 4 && isVerbGroupWord(tokens[j]!) && !/[,;:()]/.test(tokens[j]!.post)) j--;
  const head = tokens[j];
  if (!head || !head.tags.has('Noun') || head.tags.has('Pronoun') || /[,;:()]/.test(head.post)) return null;
  let start = j;
  // (a sentence's capitalised first word may be tagged a verb: "Shop owners refused …")
  const modifier = (k: number) => isNounPhraseWord(tokens[k]!) || (k === 0 && capitalised(tokens[k]!) && !tokens[k]!.tags.has('Pronoun'));
  while (start > 0 && j - start < MAX_PHRASE && modifier(start - 1) && !/[,;:()]/.test(tokens[start - 1]!.post)) start--;
  if (isPrepObject(tokens, start) || isVerbObject(tokens, start, j + 1, tok)) return null;
  const np = partyPhraseAt(tokens, start);
  return np && np.end === j + 1 ? np : null;
}

/**
 * The trigger's own subject in words, a state organ, standing after an actor mention that subjectBefore took for the subject:
 * "ZANU-PF said it would not allow observers, as a government delegation readied to resume talks" — the
 * delegation resumes talks, not the party. Not a conjunct ("Peru and the rebels agreed") nor an appositive, and
 * not a phrase an actor mention covers. Null when there is no such phrase.
 */
export function laterSubjectPhrase(c: SentenceCtx, tok: number, subjEnd: number): PartyPhrase | null {
  const { tokens } = c.ps;
  // (through a verb that takes the trigger as its infinitive: "a delegation readied to | resume talks")
  const v = tokens[tok - 2];
  const through = tokens[tok - 1]?.normal === 'to' && !!v && v.tags.has('Verb') && !v.tags.has('Auxiliary') && !isReporting(v) ? tok - 2 : tok;
  const np = subjectPhrase(c, through);
  // (only a state organ: an unknown name or "his party" may well be the actor before it, in words the tool lacks)
  if (!np || np.kind !== 'state' || /^(?:his|her|its|their)$/.test(tokens[np.start]!.normal) || tokens[np.start]!.start < subjEnd) return null;
  const before = tokens[np.start - 1];
  if (before && (/^(?:and|or|nor|&)$/.test(before.normal) || /[,(]/.test(before.post))) return null;
  const from = tokens[np.start]!.start;
  const to = tokens[np.end - 1]!.end;
  return c.mentions.some((m) => m.start < to && m.end > from) ? null : np;
}

/** a collective organ of a state ("a government delegation", "officials", "the authorities"): it speaks for the state */
export function isStateOrgan(c: SentenceCtx, np: PartyPhrase): boolean {
  return np.kind === 'state' && STATE_ORGANS.test(c.ps.tokens[np.end - 1]!.normal);
}
const STATE_ORGANS = /^(?:government|governments|administration|authorities|officials|delegation|delegations|ministry|ministries|cabinet|regime)$/;
