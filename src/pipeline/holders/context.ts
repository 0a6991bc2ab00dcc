/** What every holders pass reads: the document, its actors indexed, and the sentence under study. */
import type { ActorMention, ActorRecord, ParsedSentence } from '../types.js';
import { actorById, mentionsBySentence } from '../actors.js';
import type { Span } from '../quotes.js';
import { AGENCIES, COMMENTATORS } from './words.js';

export interface SentenceCtx {
  ps: ParsedSentence;
  mentions: ActorMention[];
}

export interface HolderContext {
  text: string;
  parsed: ParsedSentence[];
  quotes: Span[];
  byId: Map<string, ActorRecord>;
  /** a mention that can hold or receive a stance: any actor but a location */
  holdable: (m: ActorMention) => boolean;
  /** the most often named holdable actor (the document-level fallback holder) */
  mainActor: string | null;
  /** the most often named country (the state whose organs "the government", "officials" most likely are) */
  mainCountry: string | null;
  /** the speaker a statement's header names ("Statement by X"): holder of the statement's unattributed stances */
  author: string | null;
  sentence: (i: number) => SentenceCtx;
}

export function holderContext(text: string, parsed: ParsedSentence[], actors: ActorRecord[], quotes: Span[]): HolderContext {
  const byId = actorById(actors);
  const bySentence = mentionsBySentence(actors);
  const holdable = (m: ActorMention) => {
    const a = byId.get(m.actorId);
    return !!a && a.type !== 'location';
  };
  // salience: how often each holdable actor is named (for the document-level fallback); commentators and news
  // agencies hold no stance, so they are no one's fallback either
  const salience = new Map<string, number>();
  for (const a of actors) if (a.type !== 'location' && !reportsOnly(a.name)) salience.set(a.id, a.mentions.length);
  const mainActor = [...salience.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
  const countries = actors.filter((a) => a.type === 'country' && a.mentions.length);
  const mainCountry = countries.sort((x, y) => y.mentions.length - x.mentions.length || x.id.localeCompare(y.id))[0]?.id ?? null;
  const sentence = (i: number): SentenceCtx => ({ ps: parsed[i]!, mentions: bySentence.get(i) ?? [] });
  const author = actors.find((a) => a.author && a.mentions.length)?.id ?? null;
  return { text, parsed, quotes, byId, holdable, mainActor, mainCountry, author, sentence };
}

/** commentators and news agencies: they report or comment, they hold no stance */
export const reportsOnly = (name: string): boolean => COMMENTATORS.test(name) || AGENCIES.test(name);

/** is there a quotation mark between two offsets? */
export const quoteBetween = (text: string, from: number, to: number) => /["“”]/.test(text.slice(from, Math.min(to, text.length)));
