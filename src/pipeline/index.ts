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
import { parseSentences } from './parse.js';
import { findActors, type ActorOptions } from './actors.js';
import { findCues, type CueOptions } from './cues.js';
import { resolveHolders } from './holders.js';
import { summarise, stats } from './summary.js';

export interface AnalyzeOptions {
  source?: string;
  id?: string | null;
  title?: string | null;
  /** include the analysed text in the output (for extracted HTML and JSON records) */
  includeText?: boolean;
  actors?: ActorOptions;
  cues?: CueOptions;
}

export function analyze(text: string, options: AnalyzeOptions = {}): StanceDocument {
  const analysis = normalise(text);
  const sentences = splitSentences(text, analysis);
  const parsed = parseSentences(analysis, sentences);
  const actors = findActors(text, parsed, options.actors);
  const rawCues = findCues(parsed, options.cues);
  const { cues, actors: outActors } = resolveHolders(text, parsed, actors, rawCues);
  const doc: StanceDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '-',
    id: options.id ?? null,
    title: options.title ?? null,
    ...(options.includeText ? { text } : {}),
    sentences,
    actors: outActors,
    cues,
    summary: { actors: summarise(outActors, cues) },
    stats: stats(text, sentences, outActors, cues),
  };
  return doc;
}
