/** Conditions: the demanded text after a condition trigger, the actor it falls on, and the party called on. */
import type { CueCore as Cue } from '../../schema/output.js';
import type { RawCue } from '../cues.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { CONDITION_SUBORDINATORS } from './words.js';
import { nounAgent } from './agents.js';

export interface ConditionResult {
  condition: Cue['condition'];
  target: string | null;
}

const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'remain', 'remains', 'remained']);

/**
 * A demand named by a noun ("demands to negotiate", "conditions for a truce") whose complement is a to- or
 * for-phrase, not a that-clause, ends before a finite auxiliary or copula: that is the main verb of the clause
 * the noun is the subject of ("… were rejected by the owners", "… are clear"), not part of what is demanded.
 */
function mainVerbAfterNoun(tokens: SentenceCtx['ps']['tokens'], r: RawCue, from: number, stop: number): number {
  const head = tokens[r.tokStart]!;
  if (!head.tags.has('Noun') || head.tags.has('Verb') || tokens[r.tokEnd - 1]!.normal === 'that') return stop;
  for (let j = r.tokEnd; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start >= stop) break;
    if (t.start >= from && FINITE_AUX.has(t.normal)) return t.start;
  }
  return stop;
}

/** "Demands by the union to negotiate": the demander after a demand noun is who demands, not what; the demand starts after it */
function pastNounAgent(hc: HolderContext, c: SentenceCtx, r: RawCue, s: number): number {
  const head = c.ps.tokens[r.tokStart]!;
  if (r.tokEnd - r.tokStart !== 1 || !head.tags.has('Noun') || !/^(?:by|from|of)\s/i.test(hc.text.slice(s))) return s;
  const m = nounAgent(hc, c, r.tokStart, r.tokEnd);
  if (!m || m.start < s) return s;
  let e = m.end;
  while (e < hc.text.length && /\s/.test(hc.text[e]!)) e++;
  return e;
}

/** the condition of a condition cue spanning [start, end), and its target (the party called on comes first) */
export function conditionOf(
  hc: HolderContext,
  c: SentenceCtx,
  r: RawCue,
  span: { start: number; end: number },
  holder: string | null,
  target: string | null,
): ConditionResult {
  const { text } = hc;
  const { tokens } = c.ps;
  const { start } = span;
  // (a demand's cue that runs on over its content, "insisted that [Norland must lift …]", reads its condition from the
  // end of its own words)
  const end = r.ruleEnd !== undefined && r.type === 'condition' ? tokens[r.ruleEnd - 1]!.end : span.end;
  let condition: Cue['condition'] = null;
  if (r.type !== 'condition' || r.rule.condition === 'none') return { condition, target };
  // "until X agrees to …", "unless X …": the demand is the whole clause after the subordinator, trigger included
  const sub = CONDITION_SUBORDINATORS.has(tokens[r.tokStart]!.normal) && r.tokEnd - r.tokStart > 1;
  const from = r.rule.condition === 'clause' ? start : sub ? tokens[r.tokStart]!.end : end;
  const sentEnd = c.ps.sentence.end;
  let stop = sentEnd;
  const rest = text.slice(from, sentEnd);
  // (and at a clause of its own that "as", "while", "whereas" or "because" opens: "called for a delay as the minister
  // rejected the request" demands the delay only, and so does "… as it rejected the request", a subject pronoun; and at
  // a second verb of saying of the same subject: "demanded a debate and said the opposition would not attend"
  // demands the debate only, what it said is its own stance; and at a second predicate of refusing or accepting:
  // "named a ceasefire a precondition for talks and rejected the plan" demands the ceasefire only)
  const cut = /[;:]|,\s|\s[-–—]\s|[,.!?]["'”’)\]]|\.\s*$|[.!?]["')\]]*\s*$|(?<!\b(?:such|well|so|just))\s(?:as|while|whereas|because)\s+(?=(?:the|a|an|its|their|his|her|it|they|he|she|we)\s|\p{Lu})|\s(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|told|tells|insisted|insists|warned|warns|announced|announces|stated|states|declared|declares|vowed|vows|rejected|rejects|refused|refuses|declined|declines|dismissed|dismisses|spurned|spurns|rebuffed|rebuffs|accepted|accepts|agreed|agrees)\b/u.exec(rest);
  if (cut) stop = from + cut.index;
  let s = from;
  while (s < stop && /\s/.test(text[s]!)) s++;
  if (r.rule.condition === 'after') s = pastNounAgent(hc, c, r, s);
  stop = Math.min(stop, mainVerbAfterNoun(tokens, r, s, stop));
  while (stop > s && /[\s"'.,]/.test(text[stop - 1]!)) stop--;
  if (stop > s) {
    const m = c.mentions.find((x) => x.start >= s && x.end <= stop && hc.holdable(x));
    condition = { text: text.slice(s, stop), start: s, end: stop, actor: m?.actorId ?? null };
    if (!target && m && m.actorId !== holder) target = m.actorId;
  }
  // the party called on inside the trigger comes first: "called on Belgrade to accept", "urged Iran to negotiate"
  const called = c.mentions.find((x) => x.start > start && x.end <= end && hc.holdable(x) && x.actorId !== holder);
  if (called) target = called.actorId;
  // and the demand falls on it ("told Vesk to reopen the border": on Vesk, whoever "its troops" are); a demand of a
  // clause whose subject is the party required ("Vesk must withdraw", rules with the target at the subject) falls on it
  if (condition && called) condition = { ...condition, actor: called.actorId };
  else if (condition && !condition.actor && r.rule.target === 'subject' && target && target !== holder) condition = { ...condition, actor: target };
  return { condition, target };
}
