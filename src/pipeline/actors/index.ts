/**
 * Stage 5 — actors: who is named in the text, and every later reference to them.
 *
 * Input: the tokens of each parsed sentence (compromise tags as evidence only).
 * Output: ActorRecord[] sorted by first mention, each with its mentions sorted.
 *
 * The stage is a sequence of passes over one shared, typed context (context.ts):
 *
 *   mentions.ts   per sentence, at each token in turn:
 *                   names.ts          gazetteer names and what is built on them
 *                   organisations.ts  acronyms; organisations by head word
 *                   people.ts         people (titles, apposition, possessives → affiliation)
 *                   groups.ts         groups by head noun
 *                   unknown.ts        (from people.ts) acting names nothing else explains
 *   entities.ts   mentions merged into entities (groups, members of bodies, surnames)
 *   coref.ts      later references: surnames, "the <title>", "the government",
 *                 "the union", pronouns (pronouns.ts), first person in quotations,
 *                 statements and transcripts (speakers.ts)
 *   affiliations.ts  affiliations read from the whole document
 *   records.ts    venues → locations, ids, ActorRecords
 *
 * Word lists are data: src/actors/words.yml (lexicon.ts names them).
 */
import { builtinGazetteer, compileGazetteer, type Gazetteer } from '../../actors/gazetteer.js';
import type { ActorRecord, ParsedSentence } from '../types.js';
import { quoteSpans, type Span } from '../quotes.js';
import { ActorContext } from './context.js';
import { findMentions } from './mentions.js';
import { mergeEntities } from './entities.js';
import { resolveReferences } from './coref.js';
import { documentAffiliations } from './affiliations.js';
import { toRecords } from './records.js';

export type { Gazetteer } from '../../actors/gazetteer.js';
export { actorById, mentionsBySentence } from './records.js';

export interface ActorOptions {
  /** the gazetteer to match (built-in merged with a user's --actors file); default built-in */
  gazetteer?: Gazetteer;
}

export function findActors(text: string, parsed: ParsedSentence[], options: ActorOptions = {}, quotes: Span[] = quoteSpans(text, parsed)): ActorRecord[] {
  const cx = new ActorContext(text, parsed, compileGazetteer(options.gazetteer ?? builtinGazetteer()), quotes);
  findMentions(cx);
  const names = mergeEntities(cx);
  const cc = resolveReferences(cx, names);
  documentAffiliations(cc);
  return toRecords(cx);
}
