/**
 * Advice to one's own constituency: "the board recommended that shareholders reject the bid", "the union urged
 * members to reject the offer", "Kellmark's directors advised stockholders to vote against the deal". The stance the
 * shareholders or members are told to take is the adviser's own stance toward the bid or offer; the constituency
 * only votes on it.
 */
import type { ActorMention } from '../types.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { subjectBefore } from './subject.js';
import { lastTokenOf, tokenAt } from './syntax.js';

/** the bodies a board or a union speaks to, whose vote it recommends */
const CONSTITUENCY = /^(?:shareholders|stockholders|unitholders|bondholders|investors|members|workers|employees|staff|delegates)$/;
/** verbs of advice that take the constituency as their object, or a that-clause with it as subject */
const ADVISE = /^(?:recommend|recommends|recommended|recommending|urge|urges|urged|urging|advise|advises|advised|advising|encourage|encourages|encouraged|encouraging|tell|tells|told|telling)$/;

/** the adviser of a constituency subject `subj` ("the board" of "the board recommended that shareholders reject"), or null */
export function constituencyAdviser(hc: HolderContext, c: SentenceCtx, subj: ActorMention | null): ActorMention | null {
  if (!subj) return null;
  const { tokens } = c.ps;
  const last = tokens[lastTokenOf(tokens, subj)];
  if (!last || !CONSTITUENCY.test(last.normal)) return null;
  let k = tokenAt(tokens, subj.start) - 1;
  // (its own constituency: "its members", "the company's shareholders", "Kellmark shareholders" inside the mention)
  if (/^(?:its|their|the|all)$/.test(tokens[k]?.normal ?? '')) k--;
  if (tokens[k]?.normal === 'that') k--;
  const verb = tokens[k];
  // ("the board said shareholders should reject the bid": a word of saying and the constituency's "should" advise too)
  const modal = tokens[lastTokenOf(tokens, subj) + 1]?.normal ?? '';
  const saidShould = !!verb && /^(?:said|says|say|wrote|writes|stated|states)$/.test(verb.normal) && /^(?:should|must|ought)$/.test(modal);
  if (!verb || !(ADVISE.test(verb.normal) || saidShould) || /[,;:]/.test(verb.post)) return null;
  const adviser = subjectBefore(hc, c, k);
  return adviser && adviser.actorId !== subj.actorId ? adviser : null;
}
