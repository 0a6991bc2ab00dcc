/**
 * The pipeline, as pure functions of the text:
 *
 *   read → normalise → sentences → parse → actors → cues → holders → summary
 *
 * `analyze(text)` runs them all and returns the output document. It does no I/O.
 */
import {
  SCHEMA_VERSION,
  type StanceDocument,
} from '../schema/output.js';
import { normalise } from './normalise.js';
import { splitSentences } from './sentences.js';
import { parseSentences, type TaggerMode } from './parse.js';
import { findActors, type ActorOptions } from './actors.js';
import { findCues, type CueOptions } from './cues.js';
import { resolveHolders } from './holders/index.js';
import { quoteSpans } from './quotes.js';
import { summarise, stats } from './summary.js';
import { selfContainedCues } from './records.js';

export interface AnalyzeOptions {
  source?: string;
  id?: string | null;
  title?: string | null;
  /** the date and address given with the input record, carried into the output as given */
  date?: string | null;
  url?: string | null;
  /** include the analysed text in the output (for extracted HTML and JSON records) */
  includeText?: boolean;
  /** for an HTML page: how its text was extracted (carried to the output) */
  extraction?: 'article' | 'visible-text';
  actors?: ActorOptions;
  cues?: CueOptions;
  /**
   * Which sentences go through compromise's tagger (nearly all the cost of a run):
   * 'all' (default) every sentence; 'needed' only those where a rule could fire or
   * an actor be named (output unchanged, but in news that is 99–100 % of sentences,
   * so no faster); 'cues' only those where a rule could fire (87–97 % of sentences;
   * names in the others are missed). See parse.ts.
   */
  tagger?: TaggerMode;
}

export function analyze(text: string, options: AnalyzeOptions = {}): StanceDocument {
  const analysis = normalise(text);
  const sentences = splitSentences(text, analysis);
  const parsed = parseSentences(analysis, sentences, {
    tagger: options.tagger ?? 'all',
    rules: options.cues?.rules,
    gazetteer: options.actors?.gazetteer,
  });
  // quotations: read once, used by the actors stage (a quoted "we" is its speaker) and the holders stage
  const quotes = quoteSpans(text, parsed);
  const actors = findActors(text, parsed, options.actors, quotes);
  const rawCues = findCues(parsed, options.cues);
  const resolved = resolveHolders(text, parsed, actors, rawCues, quotes);
  const outActors = resolved.actors;
  const cues = selfContainedCues(text, outActors, resolved.cues);
  const doc: StanceDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '-',
    id: options.id ?? null,
    title: options.title ?? null,
    ...(options.date != null ? { date: options.date } : {}),
    ...(options.url != null ? { url: options.url } : {}),
    ...(options.includeText ? { text } : {}),
    ...(options.extraction ? { extraction: options.extraction } : {}),
    sentences,
    actors: outActors,
    cues,
    summary: { actors: summarise(outActors, cues) },
    stats: stats(text, sentences, outActors, cues),
  };
  return doc;
}
