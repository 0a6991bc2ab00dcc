/**
 * Demanders: a demand named by a noun is the demand of the party that makes it — its possessor ("the workers'
 * demands"), a party noun before it ("union demands") or its "by/from X" ("demands by the union to …") — not of
 * the clause subject that answers it ("The company rejected union demands to negotiate").
 */
import type { RawCue } from '../cues.js';
import type { ActorMention } from '../types.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { nounAgent } from './agents.js';
import { DEMAND_NOUNS, PARTY_NOUNS } from './words.js';

/** the demander of a condition cue headed by a demand noun: a mention, 'unnamed' (a party in words), or null (none) */
export function demanderOf(hc: HolderContext, c: SentenceCtx, r: RawCue): ActorMention | 'unnamed' | null {
  const { tokens } = c.ps;
  const head = tokens[r.tokStart]!;
  if (r.type !== 'condition' || !DEMAND_NOUNS.has(head.normal)) return null;
  const after = nounAgent(hc, c, r.tokStart, r.tokStart + 1);
  if (after) return after;
  let j = r.tokStart - 1;
  while (j >= 0 && tokens[j]!.tags.has('Adjective') && !tokens[j]!.tags.has('Possessive')) j--;
  const prev = tokens[j];
  if (!prev || prev.tags.has('Pronoun') || /[,;:]/.test(prev.post)) return null;
  const possessor = prev.tags.has('Possessive') || /['’]/.test(prev.post.trim().slice(0, 1));
  if (!possessor && !(PARTY_NOUNS.has(prev.normal) && prev.tags.has('Noun'))) return null;
  const m = c.mentions.find((x) => x.start <= prev.start && x.end >= prev.end - 2 && x.end > prev.start);
  return m && hc.holdable(m) ? m : 'unnamed';
}
