/** Running the actors stage's passes alone on a text of our own. */
import { expect } from 'vitest';
import { builtinGazetteer, compileGazetteer } from '../../src/actors/gazetteer.js';
import { ActorContext, type Draft } from '../../src/pipeline/actors/context.js';
import { findMentions } from '../../src/pipeline/actors/mentions.js';
import { mergeEntities, type EntityNames } from '../../src/pipeline/actors/entities.js';
import { findActors } from '../../src/pipeline/actors/index.js';
import { normalise } from '../../src/pipeline/normalise.js';
import { parseSentences } from '../../src/pipeline/parse.js';
import { quoteSpans } from '../../src/pipeline/quotes.js';
import { splitSentences } from '../../src/pipeline/sentences.js';
import type { ActorRecord, ParsedSentence } from '../../src/pipeline/types.js';

export function parse(text: string): ParsedSentence[] {
  const a = normalise(text);
  return parseSentences(a, splitSentences(text, a));
}

/** a fresh context of the actors stage for `text`, no pass run yet */
export function context(text: string): ActorContext {
  const parsed = parse(text);
  return new ActorContext(text, parsed, compileGazetteer(builtinGazetteer()), quoteSpans(text, parsed));
}

/** the context after the first passes (names, organisations, people, groups) */
export function afterMentions(text: string): ActorContext {
  const cx = context(text);
  findMentions(cx);
  return cx;
}

/** the context after the first passes and the merging of entities */
export function afterEntities(text: string): { cx: ActorContext; names: EntityNames } {
  const cx = afterMentions(text);
  return { cx, names: mergeEntities(cx) };
}

/** the drafts with mentions, as [name, type, mention texts] */
export function drafts(cx: ActorContext): [string, string, string[]][] {
  return [...cx.drafts.values()].filter((d: Draft) => d.mentions.length).map((d) => [d.name, d.type, d.mentions.map((m) => cx.text.slice(m.start, m.end))]);
}

/** the whole stage, with every mention's offsets checked */
export function actors(text: string): ActorRecord[] {
  const out = findActors(text, parse(text));
  for (const x of out) for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return out;
}

/** the actor called `name`, from the stage's records or from an output document's actors */
export const named = <A extends { name: string }>(list: A[], name: string): A | undefined => list.find((a) => a.name === name);
export const texts = (a: { mentions: { text: string }[] } | undefined) => a?.mentions.map((m) => m.text) ?? [];
