/**
 * Party filters: the needsTarget test ("met with the envoy", not "met with reporters"), commentators who hold
 * no stance, and news agencies whose apparent stance belongs to the party in the context.
 */
import type { LoadedRule } from '../../rules/load.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { tokenAt } from './syntax.js';
import { AGENCIES, AUDIENCE, COMMENTATORS } from './words.js';

/** a needsTarget rule keeps its cue only with a target named within four words after the trigger, not an audience */
export function hasNamedTarget(hc: HolderContext, c: SentenceCtx, rule: LoadedRule, tokEnd: number, target: string | null): boolean {
  if (!rule.needsTarget) return true;
  const { tokens } = c.ps;
  const m = target ? c.mentions.find((x) => x.actorId === target && x.start >= (tokens[tokEnd - 1]?.end ?? 0)) : undefined;
  const near = m && tokenAt(tokens, m.start) - tokEnd <= 4;
  return !!near && !AUDIENCE.test(hc.byId.get(target!)?.name ?? '');
}

/** commentators hold no stance of their own ("Analysts expect the bank to …") */
export const isCommentator = (hc: HolderContext, id: string | null): boolean => !!id && COMMENTATORS.test(hc.byId.get(id)?.name ?? '');

/** a news agency only reports: its stance goes to the party in the context, else to no one */
export function notAnAgency(hc: HolderContext, holder: string | null, contextHolder: () => string | null): string | null {
  const agency = (id: string | null) => !!id && AGENCIES.test(hc.byId.get(id)?.name ?? '');
  if (agency(holder)) holder = contextHolder();
  if (agency(holder)) holder = null;
  return holder;
}
