/**
 * The one place that loads compromise. It is loaded lazily (so `--version` and
 * `--help` never pay for it) and through its prebuilt CommonJS bundle, which
 * starts faster than the ESM source tree (see README, "Speed").
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;
/** a compromise View (document or match) */
export type View = ReturnType<Nlp>;

let nlp: Nlp | undefined;

export function getNlp(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    nlp = require('compromise') as Nlp;
    // compromise's lexicon has "now" as a conjunction (for "now that", which its own patterns tag as one), so in
    // "Norland has now agreed" or "the council now called on …" the auxiliary, the subject and the verb lose their
    // reading: it is an adverb of time wherever it is no conjunction (issue #9)
    nlp.addWords({ now: 'Adverb' });
  }
  return nlp;
}

/** the tag or tags compromise's lexicon gives a word (lower case), or undefined when it does not know the word */
export function lexiconTag(word: string): string | string[] | undefined {
  const world = getNlp().world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } };
  return world.model.one.lexicon[word];
}
