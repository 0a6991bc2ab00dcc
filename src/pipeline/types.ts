/**
 * Types passed between the pipeline stages (internal; the public output types
 * live in ../schema/output.ts).
 *
 *   read → normalise → sentences → parse → actors → cues → holders → summary
 */
import type { ActorType, MentionKind, Sentence } from '../schema/output.js';

/** A token of a parsed sentence. Offsets are into the document text. */
export interface Token {
  /** the token as written ("" for an implicit token such as the "not" of "won't") */
  text: string;
  /** compromise's normal form, lower-cased ("u.s." → "us") */
  normal: string;
  /** expansion of a contraction ("won't" → "will"), else undefined */
  implicit?: string;
  /** compromise tags (Noun, Verb, Person, Place, ProperNoun, Negative, …) */
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** punctuation/space written before and after the word */
  pre: string;
  post: string;
  /** in a Title Case sentence (title-case.ts), a capital that is the headline's, not a name's ("Refuses", "Talks") */
  titleCap?: boolean;
}

/** A sentence with its tokens; `tokens` is empty for duplicates and unparsed sentences. */
export interface ParsedSentence {
  sentence: Sentence;
  tokens: Token[];
  /** the compromise View of this sentence (for match/sweep), or null when not parsed */
  doc: unknown;
  /** index into `tokens` of the first term of each compromise sentence of `doc` */
  termBase: number[];
}

/** A mention of an actor, produced by the actors stage. */
export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: MentionKind;
}

export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
  affiliation: string | null;
  mentions: ActorMention[];
  /** false when the actor comes from neither the gazetteer nor a user's actor file (found by its shape in the text) */
  known: boolean;
  /** the person or organisation a statement's header names ("Statement by X"): the speaker of its text */
  author?: boolean;
}
