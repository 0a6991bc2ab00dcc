/** Run the stages before holders on a text of our own, and find tokens and mentions by their words. */
import { normalise } from '../../src/pipeline/normalise.js';
import { splitSentences } from '../../src/pipeline/sentences.js';
import { parseSentences } from '../../src/pipeline/parse.js';
import { findActors } from '../../src/pipeline/actors.js';
import { findCues } from '../../src/pipeline/cues.js';
import { quoteSpans } from '../../src/pipeline/quotes.js';
import { holderContext, type HolderContext, type SentenceCtx } from '../../src/pipeline/holders/context.js';
import type { ActorMention } from '../../src/pipeline/types.js';

export interface Prepared {
  hc: HolderContext;
  c: SentenceCtx;
  /** index of the first token whose normal form or text is `word` (after token `from`) */
  tok: (word: string, from?: number) => number;
  /** the actor name a mention stands for */
  name: (m: ActorMention | null) => string | null;
  raw: ReturnType<typeof findCues>;
}

export function prepare(text: string, sentence = 0): Prepared {
  const parsed = parseSentences(normalise(text), splitSentences(text, normalise(text)), { tagger: 'all' });
  const quotes = quoteSpans(text, parsed);
  const actors = findActors(text, parsed, {}, quotes);
  const hc = holderContext(text, parsed, actors, quotes);
  const c = hc.sentence(sentence);
  const tok = (word: string, from = 0) => {
    const i = c.ps.tokens.findIndex((t, j) => j >= from && (t.normal === word.toLowerCase() || t.text === word));
    if (i < 0) throw new Error(`no token "${word}" in: ${text}`);
    return i;
  };
  const name = (m: ActorMention | null) => (m ? (hc.byId.get(m.actorId)?.name ?? null) : null);
  return { hc, c, tok, name, raw: findCues(parsed) };
}
