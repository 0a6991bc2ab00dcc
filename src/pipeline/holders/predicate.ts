/**
 * A condition named by a predicate noun after a copula: "Vesk's withdrawal is a precondition for talks", "Togo
 * lifting the blockade was a prerequisite", "any delay is a red line for Norland". The subject of the copula is what
 * is demanded, so a party named inside it ("Vesk's", "Togo") is the party that must act, not the one that sets the
 * condition: that is the party the predicate is for ("a red line for Norland"), else the speaker who reports it
 * ("Norland said …", "…, Norland said"). A requirement in the passive reads the same way: "Vesk's duties must be lifted,
 * Norland said".
 */
import type { RawCue } from '../cues.js';
import type { ActorMention, Token } from '../types.js';
import { isReporting } from '../reporting.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { sentenceSpeaker, speakerBefore } from './speaker.js';
import { lastTokenOf, tokenAt } from './syntax.js';

/** the predicate nouns of a condition ("a precondition", "the prerequisite", "a red line", "the key condition") */
const PREDICATE_NOUN = /^(?:precondition|preconditions|pre-condition|pre-conditions|prerequisite|prerequisites|pre-requisite|pre-requisites|condition|conditions|requirement|requirements|line|lines)$/;
const COPULA = /^(?:is|are|was|were|be|been|remains|remain|remained|becomes|become|became)$/;

export interface PredicateParties {
  /** the party that sets the condition; null when the sentence does not name it */
  holder: ActorMention | null;
  /** the party named inside the demanded subject, which must act */
  actor: ActorMention | null;
  /** parties named inside the subject: none of them holds the condition */
  inside: ActorMention[];
}

/** the copula before the predicate noun at `n` (over articles, adjectives and adverbs), or -1 */
function copulaBefore(tokens: Token[], n: number): number {
  let k = n - 1;
  while (k >= 0 && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Adverb') || /^(?:red|key|main|first|absolute|firm)$/.test(tokens[k]!.normal))) k--;
  return k >= 0 && COPULA.test(tokens[k]!.normal) ? k : -1;
}

/** the words of a requirement's verb group before its "be": "must", "will all have to", "needs to", "should both" */
const REQUIRING = /^(?:must|should|ought|will|would|shall|have|has|had|need|needs|to|all|both)$/;

/** the "be" of a requirement in the passive that cue `r` opens ("must be lifted", "will have to be removed"), or -1 */
function passiveBe(tokens: Token[], r: RawCue): number {
  if (!REQUIRING.test(tokens[r.tokStart]!.normal) || r.rule.condition !== 'clause') return -1;
  for (let j = r.tokStart + 1; j < r.tokEnd - 1; j++) {
    if (tokens[j]!.normal === 'be') return j;
    if (!REQUIRING.test(tokens[j]!.normal) && !tokens[j]!.tags.has('Adverb')) return -1;
  }
  return -1;
}

/** the predicate-noun condition of cue `r`, or null when its trigger is no such predicate */
export function predicateCondition(hc: HolderContext, c: SentenceCtx, r: RawCue): PredicateParties | null {
  if (r.type !== 'condition') return null;
  const { tokens } = c.ps;
  let n = -1;
  for (let j = r.tokStart; j < r.tokEnd && n < 0; j++) {
    const t = tokens[j]!;
    if (!PREDICATE_NOUN.test(t.normal)) continue;
    if (/^lines?$/.test(t.normal) && tokens[j - 1]?.normal !== 'red') continue;
    n = j;
  }
  // (or a requirement in the passive, whose "be" stands where the copula does: "the existing Vesk duties should all be
  // lifted, Norland said" — the party named in what is to be lifted must act, the speaker sets the condition)
  if (n < 0) n = passiveBe(tokens, r);
  if (n < 0) return null;
  const cop = COPULA.test(tokens[n]!.normal) ? n : copulaBefore(tokens, n);
  if (cop < 1) return null;
  // the subject: back from the copula (and a modal before it) to a reporting verb, "that", a clause break or the start
  let s = cop - 1;
  while (s >= 0 && (tokens[s]!.tags.has('Modal') || tokens[s]!.tags.has('Auxiliary') || REQUIRING.test(tokens[s]!.normal))) s--;
  const subjEnd = s + 1;
  while (s >= 0 && !isReporting(tokens[s]!) && tokens[s]!.normal !== 'that' && !/[,;:]/.test(tokens[s]!.post)) s--;
  const subjFrom = s + 1;
  if (subjFrom >= subjEnd) return null;
  const at = (m: ActorMention) => tokenAt(tokens, m.start);
  const inside = c.mentions.filter((m) => hc.holdable(m) && at(m) >= subjFrom && at(m) < subjEnd);
  // "a red line for Norland", "a precondition for the rebels": the party right after "for"
  let holder: ActorMention | null = null;
  const f = n + 1;
  if (tokens[f]?.normal === 'for') {
    const m = c.mentions.find((x) => hc.holdable(x) && (at(x) === f + 1 || (at(x) === f + 2 && tokens[f + 1]!.tags.has('Determiner'))));
    // (the party itself, not the possessor of what it is for: "a condition for both countries' hopes of joining")
    const last = m ? lastTokenOf(tokens, m) : -1;
    if (m && !tokens[last]!.tags.has('Possessive') && !/^['’]/.test(tokens[last]!.post) && !/['’]s?$/.test(tokens[last]!.text) && !tokens[last + 1]?.tags.has('Noun')) holder = m;
  }
  // "Norland said (that) …": the speaker of the reporting verb before the subject
  if (!holder && s >= 0 && (isReporting(tokens[s]!) || tokens[s]!.normal === 'that')) holder = speakerBefore(hc, c, subjFrom);
  // "…, Norland said": a trailing attribution
  if (!holder) {
    const trailing = sentenceSpeaker(hc, c);
    if (trailing && at(trailing) > n) holder = trailing;
  }
  // (the holder's own mention inside the subject is no holder: "Norland said Vesk's … was", not "Vesk's …, Vesk said")
  if (holder && inside.includes(holder)) holder = null;
  const actor = inside.find((m) => lastTokenOf(tokens, m) < subjEnd && m.actorId !== holder?.actorId) ?? null;
  return { holder, actor, inside };
}
