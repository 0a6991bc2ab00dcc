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
  }
  return nlp;
}
