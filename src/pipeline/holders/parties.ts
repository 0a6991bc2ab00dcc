/**
 * Party filters: the needsTarget test ("met with the envoy", not "met with reporters"), commentators who hold
 * no stance, and news agencies whose apparent stance belongs to the party in the context.
 */
import type { LoadedRule } from '../../rules/load.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { tokenAt } from './syntax.js';
import { partyAfter } from './phrase.js';
import { ADDRESSEE_AFTER, AGENCIES, AUDIENCE, COMMENTATORS } from './words.js';

/**
 * A needsTarget rule ("met with", "talks with") keeps its cue only when another party follows the trigger: a
 * party-like noun phrase right after it (a name, known or not, a common-noun party, a pronoun: phrase.ts), or an
 * actor named within four words — not an audience ("met with reporters", "the press") or "one voice".
 */
export function hasPartyAfter(hc: HolderContext, c: SentenceCtx, rule: LoadedRule, tokEnd: number): boolean {
  if (!rule.needsTarget) return true;
  if (partyAfter(c, tokEnd)) return true;
  const { tokens } = c.ps;
  const from = tokens[tokEnd - 1]?.end ?? 0;
  return c.mentions.some(
    (m) => m.start >= from && hc.holdable(m) && tokenAt(tokens, m.start) - tokEnd <= 4 && !AUDIENCE.test(hc.byId.get(m.actorId)?.name ?? '') && !/^(?:our|my|we|us|i|its|their|his|her)$/i.test(m.text),
  );
}

/** the words after `at` open an audience, not a party: "reporters", "the press", "the media", "the crowd" */
export const audienceAfter = (text: string, at: number): boolean => ADDRESSEE_AFTER.test(text.slice(at, at + 40));

/** commentators hold no stance of their own ("Analysts expect the bank to …") */
export const isCommentator = (hc: HolderContext, id: string | null): boolean => !!id && COMMENTATORS.test(hc.byId.get(id)?.name ?? '');

/** a news agency only reports: its stance goes to the party in the context, else to no one */
export function notAnAgency(hc: HolderContext, holder: string | null, contextHolder: () => string | null): string | null {
  const agency = (id: string | null) => !!id && (AGENCIES.test(hc.byId.get(id)?.name ?? '') || correspondent(hc, id));
  if (agency(holder)) holder = contextHolder();
  if (agency(holder)) holder = null;
  return holder;
}

/**
 * A correspondent of an outlet the word lists lack: a person whose name is followed by "reports from <place>" or
 * "reports that" ("Lomer Gigi reports from Velmar that the agreement was reached"), a reporter's byline, no party.
 */
function correspondent(hc: HolderContext, id: string): boolean {
  const a = hc.byId.get(id);
  if (!a || a.type !== 'person') return false;
  return a.mentions.some((m) => m.kind === 'name' && /^\s+reports\s+(?:from\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?that\b/u.test(hc.text.slice(m.end, m.end + 60)));
}
