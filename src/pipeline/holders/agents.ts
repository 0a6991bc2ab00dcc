/**
 * Agents: who acts in a passive or noun trigger — "was rejected by X", "a boycott by X", "a demand of X",
 * "an offer from X to restart talks".
 */
import type { ActorMention, Token } from '../types.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { isParticle, isPossessive, pastParticipleShaped } from '../actors/tokens.js';
import { BE_FORM, isPrepObject, lastTokenOf, tokenAt } from './syntax.js';
import { DEMAND_NOUNS, OFFER_NOUNS } from './words.js';
import { ROLE, TITLE_MODIFIER } from '../actors/lexicon.js';

/** "was rejected by X", "were turned down by X": the agent of a passive trigger */
export function passiveAgent(hc: HolderContext, c: SentenceCtx, start: number, end: number): ActorMention | null {
  const { tokens } = c.ps;
  const passive = (t: Token | undefined) => !!t && (t.tags.has('Passive') || /^(?:be|been|being|is|are|was|were)$/.test(t.normal));
  // the passive sits before the trigger ("was | rejected"), or inside it when the trigger ends in the participle
  // ("the offer was rejected") or in the participle and its particle ("the invitation was turned down")
  const particle = end - 2 > start && isParticle(tokens[end - 1]) ? 1 : 0;
  const last = tokens[end - 1 - particle];
  const inside = !!last && (last.tags.has('PastTense') || last.tags.has('Participle') || last.tags.has('Passive')) && tokens.slice(start, end - 1 - particle).some(passive);
  // (or the trigger is a noun and the reduced relative on it: "the accord, inked | by X"; not a stance whose object
  // carries one, "would stay away from a dialogue convened by X")
  const reducedEnd = end - start > 1 && end - start <= 3 && !!tokens[start]?.tags.has('Noun') && reducedPassive(c, end - 1 - particle, end);
  // (a trigger that ends on a participle and the agent's "by" is a passive itself: "the offer, rejected by", "never
  // been accepted by"; not "steps by")
  // ("waved off by", "balked at by": a particle or preposition may stand between)
  const p = end - 2 > start && (isParticle(tokens[end - 2]) || /^(?:at|to|on|from|with|of|off|up|down|out|aside|away)$/.test(tokens[end - 2]!.normal)) ? end - 3 : end - 2;
  const before = tokens[p];
  const byFinal = end - start >= 2 && tokens[end - 1]!.normal === 'by' && !!before && (before.tags.has('PastTense') || before.tags.has('Participle') || before.tags.has('Passive'));
  if (!passive(tokens[start]) && !passive(tokens[start - 1]) && !passive(tokens[start - 2]) && !inside && !byFinal && !reducedPassive(c, start, end) && !reducedEnd) return null;
  // (a short phrase may stand before "by": "on Tuesday by X", "as too low by X"; not a clause break or another verb)
  for (let j = byFinal ? end - 1 : end; j < Math.min(tokens.length, end + AGENT_REACH); j++) {
    if (j > end && (/[,;:()]/.test(tokens[j - 1]!.post) || (tokens[j - 1]!.tags.has('Verb') && !tokens[j - 1]!.tags.has('Adjective') && !tokens[j - 1]!.tags.has('Gerund') && !tokens[j - 1]!.tags.has('Noun')))) return null;
    if (tokens[j]!.normal !== 'by') continue;
    // ("by the chairman of the Harlan Fund, Ilse Varga": past a title and its "of" to the body, whose titled person heads it)
    const from = titleOfAfter(tokens, j + 1) ?? j + 1;
    const m = c.mentions.find((x) => hc.holdable(x) && tokenAt(tokens, x.start) >= from && tokenAt(tokens, x.start) <= from + 2);
    return m ? headOfPhrase(hc, c, m, from > j + 1) : null;
  }
  return null;
}

/** how many tokens after a passive trigger its "by" may stand */
const AGENT_REACH = 5;

/**
 * The head of a titled name: in "brokered by former U.N. Secretary-General Ilse Varga" the agent is Ilse Varga, not the
 * body that only qualifies his title — a person mention that follows within three title words (no comma, "and" or
 * preposition between) and is affiliated with the first mention is the phrase's head.
 */
function headOfPhrase(hc: HolderContext, c: SentenceCtx, m: ActorMention, titled = false): ActorMention {
  const { tokens } = c.ps;
  const end = lastTokenOf(tokens, m);
  const next = c.mentions.find((x) => hc.holdable(x) && tokenAt(tokens, x.start) > end && tokenAt(tokens, x.start) <= end + 4);
  const person = next && hc.byId.get(next.actorId);
  if (!next || person?.type !== 'person' || (person.affiliation !== m.actorId && !(titled && !person.affiliation))) return m;
  for (let j = end; j < tokenAt(tokens, next.start); j++) {
    const t = tokens[j]!;
    // (after "the chairman of X" one comma may set the name off: "the chairman of X, Ilse Varga")
    const comma = titled && j === end && tokenAt(tokens, next.start) === end + 1 && /^,\s*$/.test(t.post);
    if ((/[,;:()]/.test(t.post) && !comma) || (j > end && (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Verb')))) return m;
  }
  return next;
}

/** "the chairman of", "the head of", "a senior official for": the token after the title's "of/for" at `i`, or undefined */
function titleOfAfter(tokens: readonly Token[], i: number): number | undefined {
  let k = i;
  if (/^(?:the|a|an)$/.test(tokens[k]?.normal ?? '')) k++;
  if (TITLE_MODIFIER.has(tokens[k]?.normal ?? '')) k++;
  if (!ROLE.has(tokens[k]?.normal ?? '') || !/^(?:of|for)$/.test(tokens[k + 1]?.normal ?? '') || /[,;:()]/.test(tokens[k]!.post)) return undefined;
  return k + 2;
}

/** nouns of time that end a time phrase before a verb ("last week", "this morning", "earlier this year") */
const TIME_NOUN = /^(?:week|weeks|month|months|year|years|day|days|weekend|morning|afternoon|evening|night|today|yesterday|tonight|hours)$/;

/**
 * A participle trigger with no "be" that modifies the noun before it: "the proposal, rejected by X, …", "the plan
 * rejected by X", "the second brokered by X" (not a party's own verb: a mention right before it is its subject).
 */
function reducedPassive(c: SentenceCtx, start: number, end: number): boolean {
  const { tokens } = c.ps;
  const v = tokens[start];
  const prev = tokens[start - 1];
  if (!v || !prev || end - start > 2 || !pastParticipleShaped(v)) return false;
  if (c.mentions.some((m) => tokenAt(tokens, m.start) <= start - 1 && lastTokenOf(tokens, m) === start - 1)) return false;
  // (a time before the verb is no noun it modifies: "X on Sunday rejected an offer by Y", "X last week turned down …")
  if (prev.tags.has('Date') || prev.tags.has('WeekDay') || prev.tags.has('Month') || TIME_NOUN.test(prev.normal)) return false;
  if (/^,\s*$/.test(prev.post)) return prev.tags.has('Noun') || prev.tags.has('Adverb');
  // (an ordinal stands for its noun: "the second brokered by X")
  return (prev.tags.has('Noun') && !prev.tags.has('Pronoun')) || (prev.tags.has('Ordinal') && tokens[start - 2]?.normal === 'the');
}

/** "an offer from Kosovo to | restart talks", "a proposal by the union to | meet": who makes the offer the trigger completes */
export function offerMaker(hc: HolderContext, c: SentenceCtx, start: number): ActorMention | null {
  const { tokens } = c.ps;
  const to = tokens[start]?.normal === 'to' ? start : tokens[start - 1]?.normal === 'to' ? start - 1 : -1;
  if (to < 1) return null;
  const m = c.mentions.find((x) => hc.holdable(x) && lastTokenOf(tokens, x) === to - 1);
  if (!m) return null;
  const mt = tokenAt(tokens, m.start);
  let j = mt - 1;
  while (j >= 0 && (tokens[j]!.tags.has('Determiner') || tokens[j]!.tags.has('Adjective'))) j--;
  if (!tokens[j] || !/^(?:from|by)$/.test(tokens[j]!.normal)) return null;
  const noun = tokens[j - 1];
  return noun && OFFER_NOUNS.has(noun.normal) ? m : null;
}

/** "a boycott by the opposition", "an offer from the union": the agent of a noun trigger */
export function nounAgent(hc: HolderContext, c: SentenceCtx, start: number, end: number): ActorMention | null {
  const { tokens } = c.ps;
  // (a trigger that already ends in its "of": "a key [demand of] the opposition")
  if (tokens[end - 1]?.normal === 'of' && end - 1 > start) end--;
  const last = tokens[end - 1];
  // (a title-case headline's tags cannot tell a noun from a verb: "Chile Will Not Pull Ships from Strait")
  if (c.ps.sentence.headline || !last || !(last.tags.has('Noun') || pluralAfterOf(tokens, start, end - 1)) || /[,;:]/.test(last.post)) return null;
  // a noun phrase, not a verb phrase ("withdraw troops from Iraq": from is where, not who)
  for (let j = start; j < end; j++) if (tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Gerund') && !pluralAfterOf(tokens, start, j)) return null;
  // (nor a gerund taking its object: "studying the proposal from X" is the student's, not X's)
  for (let j = start; j < end - 1; j++) if (tokens[j]!.tags.has('Gerund') && /^(?:the|a|an|this|that|these|those|its|their|his|her|our|any)$/.test(tokens[j + 1]!.normal)) return null;
  // (nor an adjective's object: "open to proposals from X", "ready for an offer from X" are the subject's, not X's)
  if (tokens[start]!.tags.has('Adjective') && !tokens[start]!.tags.has('Noun') && tokens[start + 1]?.tags.has('Preposition')) return null;
  let by = tokens[end];
  // "a demand of the opposition": "of" names the agent of a demand-like noun only
  const ofAgent = by?.normal === 'of' && DEMAND_NOUNS.has(last.normal);
  // "the rejection of a 2 percent pay rise by X": past the noun's of-phrase (its object) to the agent's "by"
  if (by?.normal === 'of' && !ofAgent) {
    const j = pastOfPhrase(tokens, end + 1);
    if (tokens[j]?.normal === 'by') {
      end = j;
      by = tokens[j];
    }
  }
  if (!by || (!/^(?:by|from)$/.test(by.normal) && !ofAgent)) return null;
  // (a name may follow the words that classify it: "by trade union Tarvo", "by the drivers' union Kelva", "from rival Orvane")
  const m = c.mentions.find((x) => hc.holdable(x) && tokenAt(tokens, x.start) > end && tokenAt(tokens, x.start) <= end + 5);
  if (!m) return null;
  const t0 = tokenAt(tokens, m.start);
  for (let j = end + 1; j < t0; j++) {
    const t = tokens[j]!;
    if (t.tags.has('Determiner') || t.tags.has('Adjective')) continue;
    if (/[,;:()]/.test(t.post) || !classifierNoun(t) || !/^[A-Z]/.test(tokens[t0]!.text) || t0 - j > 3) return null;
  }
  return t0 <= end + 3 || classifierNoun(tokens[t0 - 1]!) ? m : null;
}

/**
 * Token j, an "-s" word the tagger read as a present-tense verb, is a plural noun inside the trigger's of-phrase: after
 * "of" and only determiners, adjectives or adverbs ("the refusal of further talks", "a rejection of new demands").
 */
function pluralAfterOf(tokens: readonly Token[], start: number, j: number): boolean {
  const t = tokens[j];
  if (!t || !t.tags.has('PresentTense') || !/s$/.test(t.normal)) return false;
  let k = j - 1;
  while (k > start && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Adverb'))) k--;
  return k >= start && k < j && tokens[k]!.normal === 'of';
}

/** the token after the noun phrase opening at `j` (determiners, adjectives, nouns, numbers; no break, no verb), at most seven words */
function pastOfPhrase(tokens: readonly Token[], j: number): number {
  const from = j;
  const inPhrase = (t: Token) => t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || (t.tags.has('Noun') && !t.tags.has('Pronoun')) || /^[\d.,%$£€]+$/.test(t.text);
  while (j < tokens.length && j - from < 7 && inPhrase(tokens[j]!) && !(tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Noun'))) {
    if (/[,;:()]/.test(tokens[j]!.post)) return -1;
    j++;
  }
  return j > from ? j : -1;
}

/** a lower-case common noun (or its possessive) that may classify the name after it: "union", "drivers'", "rival" */
const classifierNoun = (t: Token): boolean => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && /^[a-z]/.test(t.text);

/** how far back from a relative pronoun the offer it stands for may be ("an offer of 36 billion crowns, which") */
const OFFER_REACH = 6;
/** how far back from "it" in a joined clause the offer may be ("an offer of talks to Peru on Monday, but it") */
const PRONOUN_REACH = 12;

/**
 * The receiver of an offer refused in an agentless passive relative: in "Halden approached Nordvik with an offer,
 * which was rebuffed" or "the union sent a proposal to the board that was turned down" the one who refuses is the
 * party the offer went to — the last party named before the offer noun, after its maker (a possessive before the
 * noun is the maker: "Nordvik rejected Halden's offer" is not this pattern).
 */
export function offerReceiver(hc: HolderContext, c: SentenceCtx, start: number, end: number): ActorMention | null {
  const { tokens } = c.ps;
  const be = (t: Token | undefined) => !!t && /^(?:be|been|is|are|was|were)$/.test(t.normal);
  // "which was | rebuffed", "which was | quickly rejected", or the trigger holding "was rebuffed"
  let rel = -1;
  // (or "it" in a clause joined on: "X made an offer of talks to Y, but it was rejected")
  let pronoun = false;
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    if (/^(?:which|that)$/.test(tokens[j]!.normal)) {
      rel = j;
      break;
    }
    if (/^(?:it|this)$/.test(tokens[j]!.normal) && (/^(?:but|and|yet)$/.test(tokens[j - 1]?.normal ?? '') || /[,;]/.test(tokens[j - 1]?.post ?? ''))) {
      rel = j;
      pronoun = true;
      break;
    }
  }
  if (rel < 0 || !tokens.slice(rel + 1, end).some(be)) return null;
  for (let j = end; j < Math.min(tokens.length, end + 3); j++) if (tokens[j]!.normal === 'by') return null;
  let noun = -1;
  for (let j = rel - 1; j >= Math.max(0, rel - (pronoun ? PRONOUN_REACH : OFFER_REACH)); j--)
    if (OFFER_NOUNS.has(tokens[j]!.normal)) {
      noun = j;
      break;
    }
  if (noun < 1 || tokens[noun - 1]!.tags.has('Possessive') || isPossessive(tokens[noun - 1]!)) return null;
  // "a proposal to the board that was turned down": the offer's addressee follows it
  const toBefore = (t: number) => tokens[tokens[t - 1]?.tags.has('Determiner') ? t - 2 : t - 1]?.normal === 'to';
  const to = c.mentions.find((m) => hc.holdable(m) && toBefore(tokenAt(tokens, m.start)) && tokenAt(tokens, m.start) > noun && lastTokenOf(tokens, m) < rel);
  if (to) return to;
  const before = c.mentions.filter((m) => hc.holdable(m) && lastTokenOf(tokens, m) < noun);
  if (before.length < 2) return null;
  const last = before[before.length - 1]!;
  return last.actorId !== before[0]!.actorId ? last : null;
}

/** the participles of refusal a party may suffer in the passive: "was rebuffed", "were turned down", "got snubbed" */
const REFUSED_PARTICIPLE = /^(?:rebuffed|rejected|spurned|snubbed|refused|repulsed|rebuked|turned|shunned|stonewalled|cold-shouldered)$/;

/**
 * A refusal in the agentless passive whose subject is a party ("the union was rebuffed", "Vesk approached Norland but
 * was turned down"): the subject — `subj`, or a party in words the sentence opens with — is the party refused, it
 * holds nothing. Returns the party that refused — the one the subject turned to in the same clause ("approached Y",
 * "sent its offer to Y") — or null when the sentence does not name it; undefined when the trigger is no such passive.
 */
export function refusedSubject(hc: HolderContext, c: SentenceCtx, start: number, subj: ActorMention | null): ActorMention | null | undefined {
  const { tokens } = c.ps;
  if (!REFUSED_PARTICIPLE.test(tokens[start]?.normal ?? '')) return undefined;
  // ("it was voted down in a referendum": "it" may be the deal, no party)
  if (subj && /^(?:it|this|that)$/i.test(subj.text)) return undefined;
  // (a prepositional object is no passive subject: "X's bid for Y was rejected" — Y answers it, see ownDemandReceiver)
  if (subj && isPrepObject(tokens, tokenAt(tokens, subj.start))) return undefined;
  let b = start - 1;
  while (b > 0 && tokens[b]!.tags.has('Adverb') && !/^(?:not|never)$/.test(tokens[b]!.normal)) b--;
  if (!BE_FORM.test(tokens[b]?.normal ?? '') && !/^(?:got|get|gets)$/.test(tokens[b]?.normal ?? '')) return undefined;
  // (the passive's subject: right before the verb, or the subject of a first verb phrase joined by "but/and"; with no
  // party named, the clause the passive ends, from the last comma before it, opening on an article: "At dawn, a
  // government envoy tried … but was rebuffed")
  let se = subj ? lastTokenOf(tokens, subj) : b - 1;
  if (!subj) while (se >= 0 && !/,/.test(tokens[se]!.post)) se--;
  if (subj && se >= b) return undefined;
  const between = tokens.slice(se + 1, b);
  if (between.some((t) => /[;:()]/.test(t.post) || /^(?:which|that|who|whose|whom|if|when|because|after|before|said|says|told)$/.test(t.normal))) return undefined;
  // (the rest of the subject's noun phrase may stand between: "the Velmor union | was rebuffed")
  const nounPhrase = between.every((t) => !t.tags.has('Verb') && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner')));
  if (between.length > 0 && !(nounPhrase && between.length <= 3) && !between.some((t) => /^(?:but|and|yet)$/.test(t.normal))) return undefined;
  if (!subj && !tokens[se + 1]?.tags.has('Determiner')) return undefined;
  // the party it turned to: after "to" (past a determiner and adjectives) or an approach verb, before the passive
  for (const m of c.mentions) {
    const t = tokenAt(tokens, m.start);
    if (t <= se || t >= b || !hc.holdable(m) || m.actorId === subj?.actorId) continue;
    let p = t - 1;
    while (p > se + 1 && (tokens[p]!.tags.has('Determiner') || tokens[p]!.tags.has('Adjective') || /^\p{Lu}/u.test(tokens[p]!.text))) p--;
    if (/^(?:to|approached|petitioned|lobbied|contacted|courted|asked)$/.test(tokens[p]?.normal ?? '')) return m;
  }
  return null;
}

/** verbs that charge a party with what it did: "accused X of refusing", "blamed X for walking out" */
const CHARGE_VERB = /^(?:accus|blam|criticis|criticiz|condemn|fault|denounc|rebuk|castigat|charg)/;

/**
 * "Norland accused Vesk of refusing to negotiate", "the union blamed managers for walking out": a gerund trigger
 * after "of"/"for" whose charging verb names the party charged. That party (null when it is no actor) holds the
 * stance, not the accuser; undefined when the trigger is not so placed.
 */
export function chargedParty(hc: HolderContext, c: SentenceCtx, start: number): ActorMention | null | undefined {
  const { tokens } = c.ps;
  let j = start - 1;
  while (j >= 0 && tokens[j]!.tags.has('Adverb')) j--;
  if (!tokens[start]?.tags.has('Gerund') || !/^(?:of|for)$/.test(tokens[j]?.normal ?? '')) return undefined;
  // the charged party: the words between the verb and "of", a noun phrase of a few words at most
  for (let v = j - 1; v >= Math.max(0, j - 6); v--) {
    const t = tokens[v]!;
    if (/[,;:()]/.test(t.post)) return undefined;
    if (!t.tags.has('Verb') || !CHARGE_VERB.test(t.normal)) continue;
    if (v === j - 1) return undefined;
    const from = tokens[v + 1]!.start;
    const to = tokens[j - 1]!.end;
    return c.mentions.find((m) => hc.holdable(m) && m.start >= from && m.end <= to) ?? null;
  }
  return undefined;
}
