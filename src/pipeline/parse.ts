/**
 * Stage 4 — parse: each sentence through compromise's tagger, into tokens with
 * exact document offsets.
 *
 * Sentences are parsed one at a time (the splitter has already done better than
 * compromise's own), which also keeps memory flat on long documents. Duplicate
 * sentences are not parsed at all: they yield no mentions or cues.
 */
import type { Sentence } from '../schema/output.js';
import { getNlp, type View } from './nlp.js';
import type { ParsedSentence, Token } from './types.js';

interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
}

/**
 * Tokens of a compromise document whose text starts at document offset `base`.
 * Offsets come from walking the terms' pre + text + post, which rebuild the input
 * exactly; this is cheaper than `.json({offset})` and has none of its bug
 * (`offset.start` skips a leading quote while `length` counts it).
 */
export function tokensOf(doc: View, base: number): { tokens: Token[]; termBase: number[] } {
  const out: Token[] = [];
  const termBase: number[] = [];
  let pos = base;
  for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
    termBase.push(out.length);
    for (const t of terms) {
      const start = pos + t.pre.length;
      const end = start + t.text.length;
      pos = end + t.post.length;
      out.push({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        implicit: t.implicit ?? undefined,
        tags: t.tags,
        start,
        end,
        pre: t.pre,
        post: t.post,
      });
    }
  }
  return { tokens: out, termBase };
}

/**
 * Parse the sentences of `analysis` (the normalised text). `wanted(s)` chooses
 * which sentences get the tagger; the others keep empty tokens.
 */
export function parseSentences(
  analysis: string,
  sentences: Sentence[],
  wanted: (s: Sentence) => boolean = (s) => s.duplicateOf === null,
): ParsedSentence[] {
  const nlp = getNlp();
  return sentences.map((sentence) => {
    if (!wanted(sentence)) return { sentence, tokens: [], doc: null, termBase: [] };
    const doc = nlp(analysis.slice(sentence.start, sentence.end));
    return { sentence, ...tokensOf(doc, sentence.start), doc };
  });
}
