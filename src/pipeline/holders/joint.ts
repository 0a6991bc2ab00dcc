/**
 * Joint events: a noun of an event two parties share, as the subject of its clause, names its parties inside its
 * own phrase — "talks between X and Y resumed", "the X-Y summit went ahead", "X's talks with Y continued". Those
 * parties hold the stance (the first is `holder`), though each stands after a preposition or inside a compound,
 * where the clause-subject pass does not look.
 */
import type { ActorMention, Token } from '../types.js';
import type { HolderContext, SentenceCtx } from './context.js';
import type { RawCue } from '../cues.js';
import { lastTokenOf, tokenAt } from './syntax.js';
import { JOINT_EVENT_NOUNS } from './words.js';
import { isReporting } from '../reporting.js';

/** how far before the trigger the event noun may stand ("talks between the two union leaders | resumed") */
const NOUN_REACH = 12;
/** words that may stand between the noun phrase and its predicate ("talks … have finally resumed") */
const LINK = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Adverb') || t.tags.has('Negative') || t.tags.has('Modal') || t.tags.has('Copula');
/** a noun phrase word before the head ("the first Norland-Vesk", "the minister's") */
const NP_WORD = (t: Token) => t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Possessive');
/** what may stand right before a clause subject (besides nothing, a comma or a reporting verb): a complementiser or a conjunction */
const OPENS_CLAUSE = /^(?:that|and|but|while|as|when|after|before|since|because|though|although)$/;

export function jointParties(hc: HolderContext, c: SentenceCtx, r: RawCue): ActorMention[] | null {
  const { tokens } = c.ps;
  for (let n = Math.max(0, r.tokStart - NOUN_REACH); n < r.tokEnd; n++) {
    const t = tokens[n]!;
    // (the tagger may read the noun after a compound as a verb: "Norland-Vesk talks began")
    if (!JOINT_EVENT_NOUNS.has(t.normal)) continue;
    const parties = partiesOf(hc, c, n);
    if (parties && predicateFollows(c, r, parties.end, n)) return parties.mentions;
  }
  return null;
}

/** the parties a joint-event noun at `n` names, and the token after its phrase; null unless the phrase opens a clause */
function partiesOf(hc: HolderContext, c: SentenceCtx, n: number): { mentions: ActorMention[]; end: number } | null {
  const { tokens } = c.ps;
  let s = n;
  while (s > 0 && NP_WORD(tokens[s - 1]!) && !/[,;:()]/.test(tokens[s - 1]!.post)) s--;
  const before = tokens[s - 1];
  if (before && !/[,;:]/.test(before.post) && !OPENS_CLAUSE.test(before.normal) && !isReporting(before)) return null;
  const inside = (m: ActorMention, a: number, b: number) => tokenAt(tokens, m.start) >= a && lastTokenOf(tokens, m) < b;
  // "the Norland-Vesk talks", "Norland's talks with Vesk": the parties inside the phrase before its noun
  const own = c.mentions.filter((m) => hc.holdable(m) && inside(m, s, n));
  if (own.length) {
    let end = n + 1;
    // (a partner after "with" is the target, and the phrase runs on over it)
    if (tokens[end]?.normal === 'with') {
      const w = c.mentions.find((m) => hc.holdable(m) && tokenAt(tokens, m.start) >= end + 1 && tokenAt(tokens, m.start) <= end + 3);
      if (!w) return null;
      end = lastTokenOf(tokens, w) + 1;
    }
    return { mentions: own, end };
  }
  // "talks between Norland and Vesk", "talks among the three parties"
  if (!/^(?:between|among|amongst)$/.test(tokens[n + 1]?.normal ?? '')) return null;
  const pp: ActorMention[] = [];
  let j = n + 2;
  while (j < tokens.length) {
    const m = c.mentions.find((x) => hc.holdable(x) && tokenAt(tokens, x.start) >= j && tokenAt(tokens, x.start) <= j + 1);
    if (!m) break;
    pp.push(m);
    j = lastTokenOf(tokens, m) + 1;
    if (!/^(?:and|,)$/.test(tokens[j]?.normal ?? '') || /[;:()]/.test(tokens[j - 1]!.post)) break;
    j++;
  }
  return pp.length >= 2 ? { mentions: pp, end: j } : null;
}

/** the trigger is the event noun's own predicate: it holds the noun, or follows the phrase after linking words only */
function predicateFollows(c: SentenceCtx, r: RawCue, end: number, n: number): boolean {
  const { tokens } = c.ps;
  if (r.tokStart <= n) return true;
  if (r.tokStart < end) return false;
  for (let j = end; j < r.tokStart; j++) if (!LINK(tokens[j]!) || /[,;:()]/.test(tokens[j - 1]!.post)) return false;
  return !/[,;:()]/.test(tokens[r.tokStart - 1]!.post);
}
