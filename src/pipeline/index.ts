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
import { fullTagFromEnv } from './full-tag.js';
import { splitSentences } from './sentences.js';
import { parseSentences, type TaggerMode } from './parse.js';
import { findActors, type ActorOptions } from './actors.js';
import { findCues, type CueOptions } from './cues.js';
import { resolveHolders } from './holders/index.js';
import { quoteSpans } from './quotes.js';
import { summarise, stats } from './summary.js';
import { selfContainedCues } from './records.js';

export interface AnalyzeOptions {
  /** the record's `source` (default "-") */
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
   * How sentences go through compromise's tagger (nearly all the cost of a run):
   * 'selective' (default) the full tagger and the matcher only for sentences the
   * cue skeleton says could hold a cue (about 60 % of news sentences), the
   * pre-tagger alone for the others (see cue-skeleton.ts); 'all' (`--full-tag`,
   * `STANCE_FULL_TAG=1`) the full tagger for every sentence; 'needed' and 'cues'
   * as in parse.ts, kept for comparison.
   */
  tagger?: TaggerMode;
}

/** The tagger mode when none is given: 'all' under STANCE_FULL_TAG=1, else 'selective'. */
export function defaultTagger(env: NodeJS.ProcessEnv = process.env): TaggerMode {
  return fullTagFromEnv(env) ? 'all' : 'selective';
}

export function analyze(text: string, options: AnalyzeOptions = {}): StanceDocument {
  const analysis = normalise(text);
  const sentences = splitSentences(text, analysis);
  const parsed = parseSentences(analysis, sentences, {
    tagger: options.tagger ?? defaultTagger(),
    rules: options.cues?.rules,
    gazetteer: options.actors?.gazetteer,
  });
  // quotations: read once, used by the actors stage (a quoted "we" is its speaker) and the holders stage
  const quotes = quoteSpans(text, parsed);
  const actors = findActors(text, parsed, options.actors, quotes);
  const rawCues = findCues(parsed, options.cues);
  const resolved = resolveHolders(text, parsed, actors, rawCues, quotes);
  // an actor that is in neither the gazetteer nor the user's actor file is marked `known: false`
  const unknown = new Set(actors.filter((a) => !a.known).map((a) => a.id));
  const outActors = resolved.actors.map((a) => (unknown.has(a.id) ? { ...a, known: false } : a));
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
