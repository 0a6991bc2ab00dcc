/**
 * Quoted-speech speaker attribution: the speaker of a reporting frame ("X said …", "…, X said", "…, said X"),
 * who holds a first-person or otherwise unattributed quoted stance and becomes `source` of a reported one.
 */
import type { ActorMention } from '../types.js';
import { quoteAt } from '../quotes.js';
import { isReporting } from '../reporting.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { subjectBefore } from './subject.js';
import { isFirstPerson, isPrepObject, lastTokenOf, tokenAt } from './syntax.js';
import { SPEAKER_ROLES } from './words.js';

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
  return roleSpeaker(hc, c, verb) ?? subjectBefore(hc, c, verb);
}

/**
 * A speaker named by a role and the party it is of, right before the reporting verb at `verb`: "a spokesman for the
 * rebels said", "the leader of the Civic Alliance told", "a government spokesman in Oslo said" (a country after "in"):
 * the party speaks, though it stands after a preposition.
 */
function roleSpeaker(hc: HolderContext, c: SentenceCtx, verb: number): ActorMention | null {
  const { tokens } = c.ps;
  const m = c.mentions.find((x) => hc.holdable(x) && lastTokenOf(tokens, x) === verb - 1);
  if (!m) return null;
  const t = tokenAt(tokens, m.start);
  const prep = tokens[t - 1]?.normal ?? '';
  if (!/^(?:for|of|in)$/.test(prep) || !SPEAKER_ROLES.has(tokens[t - 2]?.normal ?? '') || /[,;:]/.test(tokens[t - 2]!.post)) return null;
  if (prep === 'in' && hc.byId.get(m.actorId)?.type !== 'country') return null;
  return m;
}

/**
 * The speaker of a sentence: "<X> said …", "… , <X> said", "… , said <X>".
 * Used for first-person stances inside quotations ("'We will not negotiate,' the minister said").
 */
export function sentenceSpeaker(hc: HolderContext, c: SentenceCtx): ActorMention | null {
  const { tokens } = c.ps;
  for (let j = 0; j < tokens.length; j++) {
    if (!isReporting(tokens[j]!) || tokens[j]!.normal === 'according') continue;
    const role = roleSpeaker(hc, c, j);
    if (role && !(quoteAt(hc.quotes, role.start) && !quoteAt(hc.quotes, tokens[j]!.start))) return role;
    const before = subjectBefore(hc, c, j);
    // (a party named inside the quotation does not speak the frame outside it: '"They must go," said X')
    const quoted = before && !!quoteAt(hc.quotes, before.start) && !quoteAt(hc.quotes, tokens[j]!.start);
    if (before && !isFirstPerson(before.text) && !quoted) return before;
    const after = c.mentions.find((m) => m.start >= tokens[j]!.end && hc.holdable(m) && tokenAt(tokens, m.start) - j <= 4);
    if (after) return after;
  }
  return null;
}

/** how many sentences after a quotation its attribution may come */
const LATER_ATTRIBUTION = 3;

/**
 * The speaker of a quotation that its own sentence does not attribute: the first sentence after it, in the same
 * paragraph, that is not itself inside the quotation, when that one reports ("“We will not talk.” … So said the
 * minister after the meeting."). Null when the quotation's sentence has a reporting frame of its own.
 */
export function laterSpeaker(hc: HolderContext, si: number): ActorMention | null {
  const c = hc.sentence(si);
  const { tokens } = c.ps;
  if (!tokens.length || tokens.some((t) => isReporting(t) && !quoteAt(hc.quotes, t.start))) return null;
  const para = c.ps.sentence.paragraph;
  for (let k = si + 1; k < hc.parsed.length && k - si <= LATER_ATTRIBUTION; k++) {
    const n = hc.sentence(k);
    if (n.ps.sentence.paragraph !== para || !n.ps.tokens.length) return null;
    const first = n.ps.tokens[0]!;
    const reporting = n.ps.tokens.findIndex((t) => isReporting(t) && !quoteAt(hc.quotes, t.start));
    // a sentence that goes on inside the quotation is skipped, unless the quotation closes there with its frame:
    // "“My office has sent an invitation. We will talk,” she said."
    if (quoteAt(hc.quotes, first.start)) {
      if (reporting < 0) continue;
    } else if (reporting < 0) return null;
    const m = sentenceSpeaker(hc, n);
    return m && !quoteAt(hc.quotes, m.start) ? m : null;
  }
  return null;
}

/** the sentence opens inside a quotation and has no reporting verb outside it: "“We remain ready to talk.”" */
function framelessQuote(hc: HolderContext, c: SentenceCtx): boolean {
  const { tokens } = c.ps;
  return tokens.length > 0 && !!quoteAt(hc.quotes, tokens[0]!.start) && !tokens.some((t) => isReporting(t) && !quoteAt(hc.quotes, t.start));
}

/**
 * Walk back from a frameless quotation's sentence `si` over the earlier sentences of its paragraph (within
 * LATER_ATTRIBUTION): `visit` answers a speaker or null to stop, or undefined to go on to the sentence before.
 */
function backFromQuote(hc: HolderContext, si: number, visit: (p: SentenceCtx) => ActorMention | null | undefined): ActorMention | null {
  const c = hc.sentence(si);
  if (!framelessQuote(hc, c)) return null;
  const para = c.ps.sentence.paragraph;
  for (let k = si - 1; k >= 0 && si - k <= LATER_ATTRIBUTION; k--) {
    const p = hc.sentence(k);
    if (p.ps.sentence.paragraph !== para || !p.ps.tokens.length) return null;
    const found = visit(p);
    if (found !== undefined) return found;
  }
  return null;
}

const quoted = (hc: HolderContext, p: SentenceCtx) => p.ps.tokens.some((t) => quoteAt(hc.quotes, t.start));

/**
 * The speaker of a quotation that goes on in a sentence with no frame of its own after one that named them:
 * "“X refused every offer,” Ana Weiss told reporters. “We remain ready to talk.”" — the nearest earlier sentence
 * of the paragraph (within LATER_ATTRIBUTION) that holds a quotation and its reporting frame.
 */
export function earlierSpeaker(hc: HolderContext, si: number): ActorMention | null {
  return backFromQuote(hc, si, (p) => {
    if (!quoted(hc, p)) return null;
    if (!p.ps.tokens.some((t) => isReporting(t) && !quoteAt(hc.quotes, t.start))) return undefined;
    const m = sentenceSpeaker(hc, p);
    return m && !quoteAt(hc.quotes, m.start) ? m : null;
  });
}

/**
 * The speaker a quotation with no frame of its own takes from the sentence that introduces it: "Tessin Air chief
 * executive Ida Marsh answered within the hour. “We remain willing to meet the union.”" — going back over the
 * quotation's earlier frameless sentences in the paragraph (within LATER_ATTRIBUTION), the first sentence outside
 * any quotation, and its subject (the first party named there that is no prepositional object).
 */
export function introducedSpeaker(hc: HolderContext, si: number): ActorMention | null {
  return backFromQuote(hc, si, (p) => {
    // (an earlier sentence of the same quotation, with no frame of its own)
    if (quoted(hc, p)) return framelessQuote(hc, p) ? undefined : null;
    const m = p.mentions.find((x) => hc.holdable(x) && !isPrepObject(p.ps.tokens, tokenAt(p.ps.tokens, x.start)));
    return m ? titledMember(hc, p, m) : null;
  });
}

/**
 * The person a party names as its own in the same noun phrase, where the party is only the title's modifier:
 * "Tessin Air chief executive Ida Marsh" is Ida Marsh (affiliated with Tessin Air), not the company.
 */
function titledMember(hc: HolderContext, c: SentenceCtx, m: ActorMention): ActorMention {
  const { tokens } = c.ps;
  const next = c.mentions.find((x) => x.start >= m.end);
  if (!next || hc.byId.get(next.actorId)?.affiliation !== m.actorId || !hc.holdable(next)) return m;
  const from = tokenAt(tokens, m.start), to = tokenAt(tokens, next.start);
  for (let k = from; k < to; k++) if (/[,;:()]/.test(tokens[k]!.post) || (k > from && tokens[k]!.tags.has('Verb'))) return m;
  return to - from <= 6 ? next : m;
}

/** a first-person subject between the chosen mention and the trigger ("… he said we would not …") */
export function firstPersonBefore(c: SentenceCtx, tok: number, after: number): boolean {
  const { tokens } = c.ps;
  for (let j = tok - 1; j >= 0 && tokens[j]!.end > after; j--) {
    if (/[;:]/.test(tokens[j]!.post)) return false;
    if (/^(?:we|i)(?:['’](?:re|m|ll|ve|d))?$/.test(tokens[j]!.normal) && !tokens[j]!.tags.has('Possessive')) return true;
  }
  return false;
}
