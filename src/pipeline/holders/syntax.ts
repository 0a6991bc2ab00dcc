/**
 * Clause structure around a mention, read from the tokens alone: is a noun phrase a prepositional or verb object,
 * inside a closed subordinate clause, an appositive, a possessor? Pure functions of the tokens.
 */
import type { ActorMention, Token } from '../types.js';
import { isReporting } from '../reporting.js';
import { ROLE } from '../actors/lexicon.js';
import { isCap } from '../actors/tokens.js';
import { AS_SAYING, GIVE_VERBS, PARTITIVES, PREPOSITIONS, SUBORDINATORS, TELL_VERBS } from './words.js';

/** a first-person word, also as a contraction ("we're", "I'm", "we'll", "we've", "we'd") */
export const isFirstPerson = (s: string) => /^(?:we|i|us|me|our|my)(?:['’](?:re|m|ll|ve|d))?$/i.test(s.trim());
/** a subject pronoun, bare or contracted with its verb ("it's", "they'll", "we're", "I'm") */
export const SUBJECT_PRONOUN = /^(?:it|they|we|i)(?:['’](?:s|re|m|ll|ve|d))?$/i;

/** index of the token that contains offset `pos` (or the first one after it) */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** index of the token that holds the last character of a mention */
export const lastTokenOf = (tokens: Token[], m: { end: number }): number => tokenAt(tokens, Math.max(0, m.end - 1));

/** a word that can stand inside a noun phrase before its head: determiner, adjective, noun, possessive, number */
export const isNounPhraseWord = (t: Token): boolean =>
  t.tags.has('Determiner') || t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun')) || t.tags.has('Possessive') || t.tags.has('Value');

/** Is `m` a possessive ("the lenders'", "Iran's") whose noun phrase runs, with no verb, up to the trigger at `tok`? */
export function ownsTrigger(tokens: Token[], m: { text: string; start: number; end: number }, tok: number): boolean {
  if (!/(?:'s|s')$/i.test(m.text) && !/^['’]s?\b/.test(tokens[tokenAt(tokens, m.end)]?.text ?? '')) {
    const t = tokens[lastTokenOf(tokens, m)];
    if (!t?.tags.has('Possessive')) return nameModifiesNoun(tokens, m, tok);
  }
  // the trigger must sit in the possessed noun phrase: not a verb ("unhappy with Chile's stance and would not …")
  const trig = tokens[tok];
  if (trig && trig.tags.has('Verb') && !trig.tags.has('Gerund') && !trig.tags.has('Noun')) return false;
  // nor a clause that opens with a subordinator: "the board could improve its offer only if the union agreed"
  if (trig && /^(?:if|unless|only|provided|providing|until|once|so|as|when)$/.test(trig.normal)) return false;
  for (let j = tokenAt(tokens, m.end); j < tok; j++) {
    const t = tokens[j]!;
    if ((t.tags.has('Verb') && !t.tags.has('Gerund')) || /^(?:and|or|but)$/.test(t.normal)) return false;
    // the noun phrase ends at a clause break: "Maduro's government in the capital, months after walking out"
    if (/[;:,]/.test(t.post)) return false;
  }
  return tok - tokenAt(tokens, m.end) <= 8;
}

/**
 * "Reply to Tarvo rejection of the port offer", "after the Velmor refusal to meet": a name right before the
 * trigger's noun, with no possessive and nothing between, modifies it as its agent does (a capitalised name of whole
 * words, the trigger a noun and no verb).
 */
function nameModifiesNoun(tokens: Token[], m: { text: string; start: number; end: number }, tok: number): boolean {
  const last = lastTokenOf(tokens, m);
  const trig = tokens[tok];
  if (tok !== last + 1 || !trig || /[,;:()]/.test(tokens[last]!.post) || !/^\p{Lu}/u.test(m.text)) return false;
  // (a whole word of its own: not one half of a joint "Russian-Ukrainian meeting")
  const first = tokenAt(tokens, m.start);
  if (tokens[first]!.start !== m.start || tokens[last]!.tags.has('Hyphenated') || /[-\u2013]\s*$/.test(tokens[first - 1]?.post ?? '')) return false;
  // (not a verb's object before its second object: "had granted Chile access to the archives")
  if (tokens[first - 1]?.tags.has('Verb')) return false;
  return trig.tags.has('Noun') && !trig.tags.has('Verb') && !trig.tags.has('ProperNoun') && /^\p{Ll}/u.test(trig.text);
}

/** Is the noun phrase that starts at token `i` the object of a preposition? */
export function isPrepObject(tokens: Token[], i: number): boolean {
  // a nominative pronoun is a subject whatever precedes it ("the last of three she plans to attend")
  if (/^(?:he|she|they|we|i)$/.test(tokens[i]?.normal ?? '')) return false;
  let j = i - 1;
  // walk left over the rest of the noun phrase: determiners, adjectives, nouns, titles, possessives
  while (j >= 0) {
    const t = tokens[j]!;
    if (/[,;:()]/.test(t.post)) break;
    // "said on Tuesday that Norland had …": "that" before a name opens a clause, it is no determiner of the name
    if (t.normal === 'that' && tokens[j + 1]?.tags.has('ProperNoun')) break;
    // "Also in February French group Tarvex offered …": a date right before the name's words ends the prepositional
    // phrase it is the object of (not one before a clause: "on Thursday that its executives …")
    if ((t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) && !tokens.slice(j + 1, i + 1).some((x) => x.tags.has('Determiner') || x.tags.has('Pronoun') || x.normal === 'that')) return false;
    // "envoys for the militia and the cabinet": a later conjunct is the preposition's object too (also past a noun the
    // tagger reads as a verb: "offers from rail firms and X", "a bid from port workers and X")
    if (!isNounPhraseWord(t) && !/^(?:and|or)$/.test(t.normal) && !verbReadAsNoun(tokens, j)) break;
    j--;
  }
  const prev = tokens[j];
  if (!prev || /[,;:()]/.test(prev.post)) return false;
  // "some of the largest investors": a partitive names the subject, it does not make it an object — unless the
  // partitive is itself a preposition's object ("the walkout by thousands of dockers")
  // (nor when an -ing participle takes the partitive as its object: "growers supplying one of the mills have …")
  if (prev.normal === 'of' && PARTITIVES.has(tokens[j - 1]?.normal ?? '')) return ingObject(tokens, j - 2);
  // "The head of the Harlan Fund Ana Ruiz refused …": a name right after the title's body, with no comma between, is
  // the titled person, the head of the whole phrase, which is an object only where the title is ("talks with the head of …")
  if (/^(?:of|for)$/.test(prev.normal) && ROLE.has(tokens[j - 1]?.normal ?? '') && titleBodyBefore(tokens, j + 1, i)) return isPrepObject(tokens, j - 1);
  // "it is time for Norland and Vesk to hold talks": the noun phrase after "for" is the subject of the infinitive after it
  if (prev.normal === 'for' && infinitiveAfter(tokens, i)) return false;
  return PREPOSITIONS.has(prev.normal) && !prev.tags.has('Verb');
}

/**
 * Token `j` is a noun the tagger reads as a present-tense verb inside a prepositional phrase: a lower-case bare or
 * -s form, with only noun-phrase words between it and a preposition other than "to" ("from train | companies", "from
 * rail | firms"): no finite verb stands there.
 */
function verbReadAsNoun(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!t.tags.has('Verb') || ['Auxiliary', 'Modal', 'Copula', 'PastTense', 'Participle', 'Gerund'].some((g) => t.tags.has(g)) || !/^\p{Ll}/u.test(t.text) || SAID.test(t.normal)) return false;
  // (a noun goes on to a conjunction or another noun, a verb to its object: "a spokeswoman for the mayor says the …")
  const next = tokens[j + 1];
  if (!next || /[,;:()]/.test(t.post) || !(/^(?:and|or)$/.test(next.normal) || (next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Determiner')))) return false;
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
    const x = tokens[k]!;
    if (/[,;:()]/.test(x.post)) return false;
    if (PREPOSITIONS.has(x.normal) && x.normal !== 'to' && !x.tags.has('Verb')) return true;
    if (!isNounPhraseWord(x) || x.normal === 'that') return false;
  }
  return false;
}

/** token k is an -ing participle right before its object, in a clause after a noun ("workers representing …") */
function ingObject(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/ing$/.test(t.normal) || !(t.tags.has('Gerund') || t.tags.has('Verb')) || /[,;:()]/.test(t.post)) return false;
  const p = tokens[k - 1];
  return !!p && !/[,;:()]/.test(p.post) && p.tags.has('Noun') && !p.tags.has('Pronoun');
}

/** the noun phrase at `i` (conjuncts too) is followed by "to" and a bare verb */
function infinitiveAfter(tokens: Token[], i: number): boolean {
  return infinitiveTo(tokens, i) >= 0;
}

/** the index of the "to" of the infinitive that the noun phrase at token i is the subject of, or -1 */
function infinitiveTo(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 8 && (isNounPhraseWord(tokens[k]!) || /^(?:and|or)$/.test(tokens[k]!.normal)) && !/[,;:()]/.test(tokens[k]!.post)) k++;
  // (a split infinitive too: "for the owners to suddenly walk away from the accord")
  const verb = tokens[k + 1]?.tags.has('Adverb') && !tokens[k + 1]?.tags.has('Infinitive') ? tokens[k + 2] : tokens[k + 1];
  return k > i && tokens[k]?.normal === 'to' && !!verb?.tags.has('Infinitive') ? k : -1;
}

/**
 * The party at token i acts only inside a "for X to …" infinitive — as X or in its predicate — that closes before
 * token `tok`: a finite verb or "as" stands between the infinitive and `tok` ("the demand for Vesk to quit was
 * out of the question", "calls for the mayor to leave office as a precondition for any talks", "the demand for Vesk to pull
 * back its troops was unacceptable"). The stance after it is someone else's. ("it is time for Norland and Vesk to hold
 * talks": the stance is the infinitive itself.)
 */
export function closedForInfinitive(tokens: Token[], i: number, tok: number): boolean {
  // the "for" that opens the infinitive's subject: the nearest before i, in the same stretch of the clause
  let f = i - 1;
  while (f >= 0 && i - f <= 12 && tokens[f]!.normal !== 'for' && !/[,;:()]/.test(tokens[f]!.post)) f--;
  if (f < 0 || tokens[f]!.normal !== 'for' || /[,;:()]/.test(tokens[f]!.post)) return false;
  const to = infinitiveTo(tokens, f + 1);
  if (to < 0 || to + 2 > tok || (i > f + 1 && i < to && !tokens.slice(f + 1, i).every((t) => isNounPhraseWord(t) || /^(?:and|or)$/.test(t.normal)))) return false;
  const closes = (t: Token) =>
    t.normal === 'as' || (t.tags.has('Copula') && !t.tags.has('Infinitive')) || ((t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Infinitive') && !t.tags.has('Participle'));
  // (a party after the infinitive has closed is in the main clause: "the call for Vesk to withdraw came as Norland …")
  for (let k = to + 2; k < i; k++) if (closes(tokens[k]!)) return false;
  for (let k = Math.max(to + 2, i + 1); k < tok; k++) if (closes(tokens[k]!)) return true;
  return false;
}

/** tokens [from, i) are a capitalised name (after an optional "the") and token i starts another, capitalised */
function titleBodyBefore(tokens: Token[], from: number, i: number): boolean {
  const cap = (t: Token | undefined) => !!t && isCap(t.text);
  let k = from;
  if (tokens[k]?.normal === 'the') k++;
  if (k >= i || !cap(tokens[i]) || !tokens[i]!.tags.has('ProperNoun')) return false;
  for (; k < i; k++) if (!cap(tokens[k])) return false;
  return true;
}

/**
 * Is the mention spanning tokens [i, end) the object of a verb and nothing more ("will free its two Dutch
 * captives if …", "met Kerry on Monday and agreed …")? Not when a verb follows it, which makes it the subject of
 * an embedded clause ("urged Iran to negotiate", "said China would …").
 */
export function isVerbObject(tokens: Token[], i: number, end: number, tok: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (/[,;:()]/.test(t.post)) return false;
    if (TELL_VERBS.has(t.normal)) break; // (compromise sometimes tags "told" an adjective)
    // "an offer that the union rejected": "that" before an article opens a clause whose subject this is
    if (/^(?:that|which)$/.test(t.normal) && (/^(?:the|a|an|its|their|his|her|our)$/.test(tokens[j + 1]?.normal ?? '') || tokens[j + 1]?.tags.has('ProperNoun'))) return false;
    if (!isNounPhraseWord(t)) break;
    j--;
  }
  const verb = tokens[j];
  if (!verb || possessiveIs(tokens, j)) return false;
  // "handed Chile plans for a truce": a receiver, whatever follows it (compromise may read "Chile plans" as a clause)
  if (GIVE_VERBS.has(verb.normal)) return true;
  if (!TELL_VERBS.has(verb.normal)) {
    if (!verb.tags.has('Verb') || verb.tags.has('Auxiliary') || verb.tags.has('Copula') || verb.tags.has('Modal')) return false;
    // "said China would …" reports a clause; only "told" and its kind take an object, the addressee
    if (isReporting(verb)) return false;
    // "the union representing 4,100 teachers walked out": the object of a participle that modifies a noun
    const head = tokens[j - 1];
    // (not "including", a preposition in all but form: "its allies - including the Freedonian States - should …")
    if (verb.tags.has('Gerund') && !/^(?:including|excluding)$/.test(verb.normal) && head && head.tags.has('Noun') && !head.tags.has('Pronoun') && !/[,;:()—–-]/.test(head.post)) return true;
  }
  // the rest of the object noun phrase, then what follows it
  let k = end;
  while (k < tokens.length && tokens[k]!.tags.has('Noun') && !tokens[k]!.tags.has('Pronoun') && !/[,;:()]/.test(tokens[k - 1]!.post)) k++;
  // (an adverb may stand before the embedded clause's verb: "given voters narrowly shunned the deal")
  while (k < tokens.length && /ly$/.test(tokens[k]!.normal) && tokens[k]!.tags.has('Adverb') && !/[,;:()]/.test(tokens[k - 1]!.post)) k++;
  const next = tokens[k];
  if (!next) return false;
  if (/[,;:()]/.test(tokens[k - 1]!.post)) return true;
  // "quoted the leader as saying …": the speaker
  if (next.normal === 'as' && AS_SAYING.has(tokens[k + 1]?.normal ?? '')) return false;
  if (!(next.tags.has('Verb') || next.tags.has('Modal') || next.tags.has('Auxiliary') || next.normal === 'to')) return true;
  // "release 40 activists detained since January …": a participle and its phrase describe the object, it is not
  // the verb of an embedded clause
  const after = tokens[k + 1];
  if ((next.tags.has('PastTense') || next.tags.has('Participle')) && /ed$/.test(next.normal) && after && (PREPOSITIONS.has(after.normal) || /^(?:since|during|after|before|until)$/.test(after.normal)) && after.normal !== 'to' && !/[,;:()]/.test(next.post)) return true;
  // "the rebels who want to topple Vesk's regime proposed a truce": inside a relative clause on the subject, a finite
  // verb after the object is the main clause's, the object no subject of it (when the relative's verb is no verb of saying
  // or telling, which takes a clause of its own)
  if (!TELL_VERBS.has(verb.normal) && (next.tags.has('PastTense') || next.tags.has('PresentTense') || next.tags.has('Auxiliary') || next.tags.has('Modal')) && !next.tags.has('Infinitive') && !next.tags.has('Gerund') && next.normal !== 'to') {
    for (let w = j - 1; w >= Math.max(0, j - 8) && !/[,;:()]/.test(tokens[w]!.post); w--) if (tokens[w]!.normal === 'who' && w > 0) return true;
  }
  // the embedded clause is the trigger's own ("urged Iran to negotiate"), not a later one
  // ("urged both sides to show restraint and called on X to …": both sides are urged, the caller calls)
  return tok > k + 3;
}

/**
 * Is token `i` inside a subordinate clause that closes with a comma before the trigger at `tok`?
 * "X thinks that when the envoys return, a truce can follow": the envoys are not the main clause's subject.
 */
export function inClosedSubordinate(tokens: Token[], i: number, tok: number): boolean {
  let sub = -1;
  for (let j = i - 1; j >= 0; j--) {
    if (/[,;:()]/.test(tokens[j]!.post) || isReporting(tokens[j]!)) break;
    // (and "as long as", "so long as": "As long as Vesk keeps its troops there, there will be no talks")
    if (SUBORDINATORS.has(tokens[j]!.normal) || (tokens[j]!.normal === 'as' && tokens[j - 1]?.normal === 'long' && /^(?:as|so)$/.test(tokens[j - 2]?.normal ?? ''))) {
      sub = j;
      break;
    }
  }
  if (sub < 0) return false;
  for (let j = i; j < tok; j++) if (/,/.test(tokens[j]!.post)) return true;
  return false;
}

/**
 * Token `j` is the "is" or "has" compromise reads into a name's possessive "'s" ("Norland's Tarsk Mining rejected …",
 * "Norland's Tarsk Mining said …"): a token of no text of its own right after a word ending in 's, before a name or
 * a noun. It is no verb: the name after it heads the clause, the possessor only places it.
 */
export function possessiveIs(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!t || !before || !after || t.text !== '' || !/^(?:is|has)$/.test(t.implicit ?? '')) return false;
  return /['’]s$/i.test(before.text) && (after.tags.has('ProperNoun') || (after.tags.has('Noun') && !after.tags.has('Pronoun')) || after.tags.has('Adjective'));
}

/** a possessive mention before a noun that is not itself an actor: "Nigeria's main opposition party" */
export function possessorOfNoun(tokens: Token[], m: ActorMention): boolean {
  const last = tokens[lastTokenOf(tokens, m)]!;
  if (!/(?:'s|s'|’s|s’)$/i.test(last.text) && !last.tags.has('Possessive')) return false;
  const next = tokens[tokenAt(tokens, m.end)];
  const after = next && next.start >= m.end ? next : tokens[tokenAt(tokens, m.end) + 1];
  return !!after && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Pronoun');
}

/**
 * "…, with Peru rejecting the offer": the object of an absolute "with" is the subject of the participle right
 * after it (the mention spans tokens [i, end), the trigger starts at `tok`).
 */
export function absoluteWith(tokens: Token[], i: number, end: number, tok: number): boolean {
  let j = i - 1;
  while (j >= 0 && isNounPhraseWord(tokens[j]!) && !/[,;:()]/.test(tokens[j]!.post)) j--;
  if (tokens[j]?.normal !== 'with' || tok < end || tok - end > 2) return false;
  // (a comma after the party closes the phrase: "following talks with Olt, saying …" — the gerund is the main clause's)
  if (end > 0 && /,/.test(tokens[end - 1]!.post)) return false;
  for (let k = end; k <= tok; k++) {
    // (a subordinator opens an adverbial clause of the main subject's: "held talks with Olt while refusing …",
    // "a merger with Olt before rejecting …" — Olt is the preposition's object, not the participle's subject)
    if (k < tok && ADVERBIAL_OPENER.test(tokens[k]!.normal)) return false;
    if (tokens[k]!.tags.has('Gerund')) return true;
  }
  return false;
}

/** the words that open an adverbial participle clause ("while insisting", "after rejecting", "without agreeing") */
const ADVERBIAL_OPENER = /^(?:while|whilst|after|before|by|without|when|since|despite|though|although|upon|on|instead|until)$/;

/** the forms of "say" and "tell" that are never a noun phrase's words */
const SAID = /^(?:said|says|told|tells)$/;

/** is `m` an appositive of `prev` ("X, Y,"): set off by a comma right after prev's noun phrase */
export function apposition(tokens: Token[], prev: ActorMention, m: ActorMention): boolean {
  const mt = tokenAt(tokens, m.start);
  let j = lastTokenOf(tokens, prev);
  for (; j < mt - 1; j++) {
    const t = tokens[j]!;
    if (/,/.test(t.post)) break;
    if (/[;:()]/.test(t.post) || !isNounPhraseWord(t)) return false;
  }
  if (!/,/.test(tokens[j]?.post ?? '')) return false;
  // between that comma and m, only the start of m's noun phrase (not a reporting verb the tagger reads as an adjective
  // after a party label: "Ada Kell, D-Ore., said Republicans …")
  for (let k = j + 1; k < mt; k++) {
    const t = tokens[k]!;
    if (SAID.test(t.normal)) return false;
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || (t.tags.has('Noun') && !t.tags.has('Pronoun')))) return false;
  }
  return true;
}

/** words that may stand between a relative pronoun and its verb, whatever the tagger makes of them ("which has still not …") */
const RELATIVE_FILLER = /^(?:has|have|had|do|does|did|will|would|could|can|may|might|must|should|not|never|also|still|already|long|repeatedly|then|now|since|earlier|later|again|first|once|initially|twice)$/;

/** a be-form: with a participle after it, a passive ("which was rejected") */
/** a form of "be" */
export const BE_FORM = /^(?:is|are|was|were|be|been|being)$/;

/**
 * "Ostrava, which says …", "Ana Ruiz, who led …", "Norland - which has insisted on …": when the clause of the
 * trigger at `tok` is a relative clause set off by a comma or dash whose subject is "which"/"who" (only adverbs,
 * auxiliaries and a negation between the pronoun and the trigger), the index of the last token before the
 * pronoun, where its antecedent ends; else -1. Not a passive ("which was rejected": the antecedent is the thing
 * rejected) nor a clause with a subject of its own ("which it rejected").
 */
export function relativeClauseHead(tokens: Token[], tok: number): number {
  let j = tok - 1;
  let passive = false;
  while (j >= 0 && tok - j <= 5) {
    const t = tokens[j]!;
    if (/[,;:()]/.test(t.post)) return -1;
    if (/^(?:which|who)$/.test(t.normal)) break;
    if (!(t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Negative') || RELATIVE_FILLER.test(t.normal))) return -1;
    if (BE_FORM.test(t.normal)) passive = true;
    j--;
  }
  const rel = tokens[j];
  if (!rel || !/^(?:which|who)$/.test(rel.normal) || j === 0) return -1;
  // (set off by a comma or a dash; "who" also restrictive, right after the party it is: "the rebels who did not boycott …")
  if (!/(?:,|\s[-–—])\s*$/.test(tokens[j - 1]!.post) && !(rel.normal === 'who' && tokens[j - 1]!.tags.has('Noun') && !tokens[j - 1]!.tags.has('Pronoun'))) return -1;
  const trig = tokens[tok]!;
  if (passive && (trig.tags.has('Participle') || trig.tags.has('PastTense'))) return -1;
  return j - 1;
}
