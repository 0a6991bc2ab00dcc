/**
 * Quoted-speech speaker attribution: the speaker of a reporting frame ("X said …", "…, X said", "…, said X"),
 * who holds a first-person or otherwise unattributed quoted stance and becomes `source` of a reported one.
 */
import type { ActorMention } from '../types.js';
import { isReporting } from '../reporting.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { subjectBefore } from './subject.js';
import { isFirstPerson, tokenAt } from './syntax.js';

/** the speaker of a reporting frame before token `tok`: "<speaker> said/noted (that) …" */
export function speakerBefore(hc: HolderContext, c: SentenceCtx, tok: number): ActorMention | null {
  const { tokens } = c.ps;
  let verb = -1;
  for (let j = tok - 1; j >= 0; j--)
    if (isReporting(tokens[j]!)) {
      verb = j;
      break;
    }
  if (verb < 0) return null;
  return subjectBefore(hc, c, verb);
}

/**
 * The speaker of a sentence: "<X> said …", "… , <X> said", "… , said <X>".
 * Used for first-person stances inside quotations ("'We will not negotiate,' the minister said").
 */
export function sentenceSpeaker(hc: HolderContext, c: SentenceCtx): ActorMention | null {
  const { tokens } = c.ps;
  for (let j = 0; j < tokens.length; j++) {
    if (!isReporting(tokens[j]!) || tokens[j]!.normal === 'according') continue;
    const before = subjectBefore(hc, c, j);
    if (before && !isFirstPerson(before.text)) return before;
    const after = c.mentions.find((m) => m.start >= tokens[j]!.end && hc.holdable(m) && tokenAt(tokens, m.start) - j <= 4);
    if (after) return after;
  }
  return null;
}

/** a first-person subject between the chosen mention and the trigger ("… he said we would not …") */
export function firstPersonBefore(c: SentenceCtx, tok: number, after: number): boolean {
  const { tokens } = c.ps;
  for (let j = tok - 1; j >= 0 && tokens[j]!.end > after; j--) {
    if (/[;:]/.test(tokens[j]!.post)) return false;
    if (/^(?:we|i)$/.test(tokens[j]!.normal) && !tokens[j]!.tags.has('Possessive')) return true;
  }
  return false;
}
