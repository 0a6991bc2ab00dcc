/**
 * Demanders: a demand named by a noun is the demand of the party that makes it — its possessor ("the workers'
 * demands"), a party noun before it ("union demands") or its "by/from X" ("demands by the union to …") — not of
 * the clause subject that answers it ("The company rejected union demands to negotiate").
 */
import type { RawCue } from '../cues.js';
import type { ActorMention, Token } from '../types.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { nounAgent } from './agents.js';
import { BE_FORM as BE, lastTokenOf, tokenAt } from './syntax.js';
import { DEMAND_NOUNS, OFFER_NOUNS, PARTY_NOUNS } from './words.js';

/** the demander of a condition cue headed by a demand noun: a mention, 'unnamed' (a party in words), or null (none) */
export function demanderOf(hc: HolderContext, c: SentenceCtx, r: RawCue): ActorMention | 'unnamed' | null {
  const { tokens } = c.ps;
  const head = tokens[r.tokStart]!;
  if (r.type !== 'condition' || !DEMAND_NOUNS.has(head.normal)) return null;
  const after = nounAgent(hc, c, r.tokStart, r.tokStart + 1) ?? participleAgent(hc, c, r.tokStart);
  if (after) return after;
  let j = r.tokStart - 1;
  // (a party noun the tagger reads as an adjective is the demander all the same: "a rebel demand that X step down")
  while (j >= 0 && tokens[j]!.tags.has('Adjective') && !tokens[j]!.tags.has('Possessive') && !PARTY_NOUNS.has(tokens[j]!.normal)) j--;
  const prev = tokens[j];
  if (!prev || prev.tags.has('Pronoun') || /[,;:]/.test(prev.post)) return null;
  const possessor = prev.tags.has('Possessive') || /['’]/.test(prev.post.trim().slice(0, 1));
  if (!possessor && !(PARTY_NOUNS.has(prev.normal) && (prev.tags.has('Noun') || prev.tags.has('Adjective')))) return null;
  const m = c.mentions.find((x) => x.start <= prev.start && x.end >= prev.end - 2 && x.end > prev.start);
  return m && hc.holdable(m) ? m : 'unnamed';
}

/** participles that put a demand on the table ("the conditions set out by …", "terms laid down by …") */
const SETTING = /^(?:set|laid|imposed|put|tabled|attached|issued|presented|spelled|spelt)$/;

/** "the conditions set out by the rebels": the by-agent of a setting participle right after the demand noun */
function participleAgent(hc: HolderContext, c: SentenceCtx, noun: number): ActorMention | null {
  const { tokens } = c.ps;
  let j = noun + 1;
  if (!SETTING.test(tokens[j]?.normal ?? '') || /[,;:]/.test(tokens[noun]!.post)) return null;
  j++;
  if (/^(?:out|down|forward)$/.test(tokens[j]?.normal ?? '')) j++;
  if (tokens[j]?.normal !== 'by') return null;
  const m = c.mentions.find((x) => hc.holdable(x) && tokenAt(tokens, x.start) > j && tokenAt(tokens, x.start) <= j + 3);
  if (!m) return null;
  for (let k = j + 1; k < tokenAt(tokens, m.start); k++) if (!tokens[k]!.tags.has('Determiner') && !tokens[k]!.tags.has('Adjective')) return null;
  return m;
}

/** a participle, or a word after a copula that the tagger may read as an adjective: "were rejected", "was turned down" */
const participleLike = (t: Token) => t.tags.has('PastTense') || t.tags.has('Participle') || /(?:ed|en|wn)$/.test(t.normal);
/** a noun naming a demand or an offer ("demands", "conditions", "bid", "proposal") */
const demandOrOffer = (t: Token | undefined) => !!t && (DEMAND_NOUNS.has(t.normal) || OFFER_NOUNS.has(t.normal));

/**
 * "The union's demands to negotiate were rejected", "… were unacceptable": the possessor of an agentless passive's
 * (or a judgement's) subject demand or offer made it; it does not answer it, so the stance is not its own.
 */
export function passiveOnOwnDemand(c: SentenceCtx, r: RawCue, subj: ActorMention | null): boolean {
  const { tokens } = c.ps;
  // (a trigger that opens with the demand itself: "the union's [demands were rejected]")
  if (subj && r.type !== 'condition' && spansOwnDemand(c, r, subj)) return true;
  const head = tokens[r.tokStart]!;
  // (after a copula the tagger may read the participle as an adjective: "were rejected"; and a refusal put as a
  // judgement on the demand is no more its maker's: "the union's demands were unacceptable", "… were excessive")
  // (the trigger may open on the demand's object: "Kestria's proposal for [a ceasefire was turned down]")
  if (subj && r.type !== 'condition' && ownedDemandBefore(c, r, subj)) return true;
  // (a judgement may be a noun phrase: "Vesk's plan was a non-starter", "… was an insult")
  const judged = r.type === 'refusal' && (head.tags.has('Adjective') || (/^(?:a|an)$/.test(head.normal) && !!tokens[r.tokStart + 1]));
  if (!subj || r.type === 'condition' || !(participleLike(head) || judged)) return false;
  if (!BE.test(tokens[r.tokStart - 1]?.normal ?? '') && !BE.test(tokens[r.tokStart - 2]?.normal ?? '')) return false;
  let j = lastTokenOf(tokens, subj);
  if (!tokens[j]?.tags.has('Possessive') && !/^['’]/.test(tokens[j + 1]?.text ?? '')) return false;
  j++;
  while (j < r.tokStart && tokens[j]!.tags.has('Adjective')) j++;
  return demandOrOffer(tokens[j]);
}

/** adjectives whose subject feels or intends, so that a party may be their subject ("it was not satisfied", "ready") */
const EXPERIENCER = /^(?:satisfied|dissatisfied|unsatisfied|happy|unhappy|content|willing|unwilling|prepared|unprepared|ready|open|keen|opposed|determined|reluctant|interested|committed|eager|minded|averse|able|unable)$/;

/**
 * "X made an offer, but Y said it was unacceptable", "… said it was an insult": a pronoun subject of a verdict after
 * a copula is the thing judged (the offer), not a party, even where the pronoun was resolved to the offer's maker;
 * the reporting speaker judges it.
 */
export function judgedPronoun(c: SentenceCtx, r: RawCue, subj: ActorMention | null): boolean {
  const { tokens } = c.ps;
  if (!subj || r.type !== 'refusal' || !/^(?:it|this|that)$/i.test(subj.text)) return false;
  const head = tokens[r.tokStart]!;
  const verdict = (head.tags.has('Adjective') && !EXPERIENCER.test(head.normal)) || (/^(?:a|an)$/.test(head.normal) && !!tokens[r.tokStart + 1]);
  if (!verdict) return false;
  const j = lastTokenOf(tokens, subj);
  const be = BE.test(tokens[j + 1]?.normal ?? '') ? j + 1 : -1;
  // (the copula right after the pronoun, then at most "not", "still", "simply" … before the verdict)
  return be > 0 && r.tokStart - be <= 2 && (r.tokStart === be + 1 || tokens[be + 1]!.tags.has('Adverb') || tokens[be + 1]!.normal === 'not');
}

/**
 * "The proposals made by the union were rejected", "the offer tabled by Orvane should be turned down": the maker of
 * the offer, the by-agent of a participle right after the demand or offer noun, where the trigger (its passive or
 * judging copula) follows with nothing but auxiliaries and adverbs between. It does not answer its own offer.
 */
export function makerBeforePassive(hc: HolderContext, c: SentenceCtx, r: RawCue): ActorMention | null {
  const { tokens } = c.ps;
  if (r.type === 'condition') return null;
  const m = c.mentions.filter((x) => hc.holdable(x) && x.end <= tokens[r.tokStart]!.start).at(-1);
  if (!m) return null;
  let k = tokenAt(tokens, m.start) - 1;
  if (tokens[k]?.tags.has('Determiner')) k--;
  if (tokens[k]?.normal !== 'by') return null;
  // (a particle may follow the participle: "put forward by", "set out by", "drawn up by")
  const p = /^(?:forward|out|down|up)$/.test(tokens[k - 1]?.normal ?? '') ? k - 2 : k - 1;
  // (the tagger may read an irregular participle as a present: "put forward by")
  const made = (t: Token | undefined) => !!t && (participleLike(t) || /^(?:put|set|laid|made|sent|brought|drawn)$/.test(t.normal));
  if (!made(tokens[p]) || !demandOrOffer(tokens[p - 1])) return null;
  let be = BE.test(tokens[r.tokStart]!.normal);
  for (let j = lastTokenOf(tokens, m) + 1; j < r.tokStart; j++) {
    const t = tokens[j]!;
    if (/[,;:]/.test(tokens[j - 1]!.post)) return null;
    if (BE.test(t.normal)) be = true;
    else if (!t.tags.has('Adverb') && !t.tags.has('Modal') && !t.tags.has('Auxiliary') && !/^(?:not|have|has|had)$/.test(t.normal)) return null;
  }
  return be ? m : null;
}

/** the trigger is "<demand noun> was/were <participle>" right after the possessive of `subj` */
function spansOwnDemand(c: SentenceCtx, r: RawCue, subj: ActorMention): boolean {
  const { tokens } = c.ps;
  const noun = tokens[r.tokStart]!;
  if (!demandOrOffer(noun)) return false;
  if (!BE.test(tokens[r.tokStart + 1]?.normal ?? '')) return false;
  const last = tokens[r.tokEnd - 1]!;
  // (or a verdict on an offer: "Vesk's [offer was an insult]" is judged by the one it went to, not by its maker)
  if (!participleLike(last) && !(r.type === 'refusal' && OFFER_NOUNS.has(noun.normal))) return false;
  const j = lastTokenOf(c.ps.tokens, subj);
  return j === r.tokStart - 1 && (tokens[j]!.tags.has('Possessive') || /['’]/.test(tokens[j]!.post.trim().slice(0, 1)));
}

/**
 * The party a demand or offer went to, named in the passive's subject: "Zelmark's bid for Orvena was rejected",
 * "the union's offer to the board was turned down" — the one who answers it.
 */
export function ownDemandReceiver(hc: HolderContext, c: SentenceCtx, r: RawCue, subj: ActorMention): ActorMention | null {
  const { tokens } = c.ps;
  const from = lastTokenOf(tokens, subj) + 1;
  let noun = -1;
  for (let j = from; j < Math.min(r.tokStart, from + 3); j++) if (demandOrOffer(tokens[j])) noun = j;
  if (noun < 0) return null;
  const m = c.mentions.find((x) => {
    const t = tokenAt(tokens, x.start);
    if (t <= noun || t >= r.tokStart || !hc.holdable(x) || x.actorId === subj.actorId) return false;
    const p = tokens[t - 1]!.tags.has('Determiner') ? t - 2 : t - 1;
    return p === noun + 1 && /^(?:to|for)$/.test(tokens[p]!.normal);
  });
  return m ?? null;
}

/**
 * The subject is the possessor of a demand or offer whose noun phrase runs (an of/for-phrase, no comma, at most six
 * words) into the trigger, and the trigger holds its passive or judging copula: "Kestria's proposal for [a ceasefire
 * was turned down]".
 */
function ownedDemandBefore(c: SentenceCtx, r: RawCue, subj: ActorMention): boolean {
  const { tokens } = c.ps;
  let j = lastTokenOf(tokens, subj);
  if (j >= r.tokStart || (!tokens[j]!.tags.has('Possessive') && !/^['’]/.test(tokens[j + 1]?.text ?? '') && !/['’]s?$/.test(tokens[j]!.text))) return false;
  j++;
  while (j < r.tokStart && tokens[j]!.tags.has('Adjective')) j++;
  const noun = tokens[j];
  if (j >= r.tokStart || !demandOrOffer(noun)) return false;
  if (!/^(?:for|of|on|to)$/.test(tokens[j + 1]?.normal ?? '') || r.tokStart - j > 6) return false;
  for (let k = j; k < r.tokStart; k++) if (/[,;:]/.test(tokens[k]!.post) || tokens[k]!.tags.has('Verb')) return false;
  for (let k = r.tokStart; k < r.tokEnd - 1; k++) {
    if (!BE.test(tokens[k]!.normal)) continue;
    const v = tokens[k + 1]!;
    return participleLike(v) || (r.type === 'refusal' && v.tags.has('Adjective'));
  }
  return false;
}

/**
 * "the Corvane offer still undervalued the company, Harbex said", "Corvane's revised proposal continues to
 * undervalue the group": `subj` only names the maker of the offer that is the refusal's subject (a name or its
 * possessive right before the offer noun, adjectives between, the noun opening the trigger or right before it); the
 * maker does not refuse its own offer.
 */
export function makerOfSubjectOffer(c: SentenceCtx, r: RawCue, subj: ActorMention | null): boolean {
  if (!subj || r.type !== 'refusal' || c.ps.sentence.headline) return false;
  const { tokens } = c.ps;
  let j = lastTokenOf(tokens, subj) + 1;
  if (/[,;:]/.test(tokens[j - 1]!.post)) return false;
  // (the name is the offer's modifier: its possessive, or "the" before it — not a subject with its verb, "Vesk calls off …")
  const possessive = tokens[j - 1]!.tags.has('Possessive') || /['’]s?$/.test(tokens[j - 1]!.text);
  if (!possessive && !tokens[tokenAt(tokens, subj.start) - 1]?.tags.has('Determiner')) return false;
  while (j < tokens.length && j <= r.tokStart && tokens[j]!.tags.has('Adjective') && !OFFER_NOUNS.has(tokens[j]!.normal)) j++;
  if (!OFFER_NOUNS.has(tokens[j]?.normal ?? '') || tokens[j]!.tags.has('Verb') || (j !== r.tokStart && j !== r.tokStart - 1)) return false;
  // (the noun is the subject: a verb or an adverb follows it, not "of"/"for" taking its own object)
  const nx = tokens[j + 1];
  return !!nx && !/[,;:]/.test(tokens[j]!.post) && (nx.tags.has('Verb') || nx.tags.has('Adverb') || nx.tags.has('Modal') || nx.tags.has('Auxiliary'));
}

/**
 * A refusal in the agentless passive on an offer, quoted ("We regret that the latest bid was turned down," the
 * bidder's chief said; "Our improved offer has been rejected once more"): the participle of the trigger
 * right after a form of "be", the offer noun right before that (adjectives and an article or possessive before it, no
 * party named in the phrase). The speaker reports the other side's answer; true when the sentence is so built.
 */
export function quotedOfferPassive(hc: HolderContext, c: SentenceCtx, r: RawCue): boolean {
  const { tokens } = c.ps;
  if (r.type !== 'refusal') return false;
  let p = -1;
  for (let j = r.tokStart; j < r.tokEnd; j++) if (participleLike(tokens[j]!) && BE.test(tokens[j - 1]?.normal ?? '')) { p = j; break; }
  if (p < 0) return false;
  let k = p - 1;
  while (k > 0 && (BE.test(tokens[k]!.normal) || /^(?:has|have|had)$/.test(tokens[k]!.normal))) k--;
  if (!OFFER_NOUNS.has(tokens[k]?.normal ?? '') || /[,;:()]/.test(tokens[k]!.post)) return false;
  let d = k - 1;
  while (d >= 0 && (tokens[d]!.tags.has('Adjective') || tokens[d]!.tags.has('Ordinal') || /ed$/.test(tokens[d]!.normal)) && !/[,;:()"“”]/.test(tokens[d]!.post)) d--;
  if (!/^(?:this|that|the|our|my|its|their|his|her)$/.test(tokens[d]?.normal ?? '')) return false;
  const from = tokens[d]!.start;
  const to = tokens[p]!.end;
  return !c.mentions.some((m) => hc.holdable(m) && m.start >= from && m.start < to && !/^(?:our|my|its|their|his|her)$/i.test(m.text));
}
