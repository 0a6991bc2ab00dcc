/**
 * The library: `import { analyze, analyzeMany, loadRules } from 'stance'`.
 *
 *   import { analyze, analyzeMany, loadRules, loadActors } from 'stance';
 *
 *   const doc = analyze('Norland refused to negotiate with Vesk.');
 *   for (const cue of doc.cues) console.log(cue.type, cue.holderName, '→', cue.targetName);
 *
 *   // files, folders, globs, or article objects; in input order, on all cores
 *   for await (const rec of analyzeMany(['news/'], { actors: ['actors.yml'] }))
 *     if (!('error' in rec)) console.log(rec.source, rec.stats.cues);
 *
 * The CLI is built on these: `stance` reads the same stream (analyzeMany) and
 * prints it. Types come from the output schema (src/schema/output.ts).
 */
import { analyze as analyzeText, type AnalyzeOptions as PipelineOptions } from './pipeline/index.js';
import { builtinRuleSet, compileRules, loadRules as loadRuleFiles, type RuleSet } from './rules/load.js';
import { loadActorOptions } from './cli/actors-option.js';
import type { ActorOptions } from './pipeline/actors.js';
import type { CueFilter, OutputRecord, StanceDocument } from './schema/output.js';
import { inputUnits, parseExts, recordUnit, type Unit } from './cli/inputs.js';
import { analyzeStream } from './cli/stream.js';
import { filterDocument } from './format/filter.js';
import { builtinGazetteer } from './actors/gazetteer.js';

export type {
  Actor,
  ActorRollup,
  ActorType,
  Condition,
  Cue,
  CueCounts,
  CueFilter,
  CueType,
  ErrorRecord,
  Mention,
  OutputRecord,
  Sentence,
  StanceDocument,
  Stats,
} from './schema/output.js';
export { OutputRecord as OutputRecordSchema, StanceDocument as StanceDocumentSchema, isErrorRecord, CUE_TYPES } from './schema/output.js';
export type { RuleSet } from './rules/load.js';
export type { ActorOptions } from './pipeline/actors.js';
export { filterDocument } from './format/filter.js';
export { Rollup } from './format/rollup.js';

export interface LoadRulesOptions {
  /** rule files (YAML/JSON, the format of src/rules/*.yml) added to the built-in rules */
  files?: string[];
  /** false: only `files`, without the built-in rules */
  builtins?: boolean;
}

/** The rules, compiled: the built-in rules (cached) plus any files. Throws on a bad file, naming file, line and field. */
export function loadRules(options: LoadRulesOptions = {}): RuleSet {
  if (!options.files?.length && options.builtins !== false) return builtinRuleSet();
  return compileRules(loadRuleFiles({ extraFiles: options.files ?? [], ...(options.builtins === false ? { builtins: false } : {}) }));
}

/** Actor files (YAML/JSON, see the README's --actors) merged into the gazetteer, in order; each adds. */
export function loadActors(files: string[]): ActorOptions | undefined {
  return loadActorOptions(files);
}

/** The record fields of the pipeline's options (source, id, title, date, url, includeText), plus rules, actors and a filter. */
export interface AnalyzeOptions extends Pick<PipelineOptions, 'source' | 'id' | 'title' | 'date' | 'url' | 'includeText'> {
  /** rules from loadRules() (default: the built-in rules) */
  rules?: RuleSet;
  /** actors from loadActors(), or actor files to load */
  actors?: ActorOptions | string[];
  /** keep only some cues (as --type, --holder, --rule) */
  filter?: CueFilter;
}

const actorsOf = (a: AnalyzeOptions['actors']): ActorOptions | undefined => (Array.isArray(a) ? loadActorOptions(a) : a);

/** One text → its stance document (no I/O besides loading actor files named in `actors`). */
export function analyze(text: string, options: AnalyzeOptions = {}): StanceDocument {
  const { rules, actors, filter, ...rest } = options;
  const actorOptions = actorsOf(actors);
  const opts: PipelineOptions = { ...rest, ...(rules ? { cues: { rules } } : {}), ...(actorOptions ? { actors: actorOptions } : {}) };
  const doc = analyzeText(text, opts);
  return filter ? filterDocument(doc, filter, actorOptions?.gazetteer ?? builtinGazetteer()) : doc;
}

/** An article given as an object (as in a JSON Lines file): `text` (or `body`) and optional id, title, date, url. */
export interface ArticleInput {
  text: string;
  id?: string | number;
  title?: string;
  date?: string;
  url?: string;
  [key: string]: unknown;
}

export interface AnalyzeManyOptions {
  /** rule files to add */
  rules?: string[];
  /** actor files to add */
  actors?: string[];
  /** worker threads (default: the number of cores; 1: in this thread) */
  jobs?: number;
  /** largest document analysed, in bytes (default 2,000,000) */
  maxBytes?: number;
  /** extensions read in folders (default txt,text,md,html,htm,json,jsonl,ndjson) */
  ext?: string;
  filter?: CueFilter;
}

async function* unitsOf(inputs: Iterable<string | ArticleInput> | AsyncIterable<string | ArticleInput>, opts: AnalyzeManyOptions): AsyncGenerator<Unit> {
  const maxBytes = opts.maxBytes ?? 2_000_000;
  const exts = parseExts(opts.ext);
  let n = 0;
  for await (const input of inputs) {
    if (typeof input === 'string') yield* inputUnits([input], { exts, maxBytes, stdin: process.stdin, stdinFormat: 'text' });
    else yield recordUnit(input, `#${n}`, { maxBytes });
    n++;
  }
}

/**
 * Many inputs → one record each (a document, or an error record for an input that
 * cannot be read), in input order. Strings are paths: files, folders (walked),
 * quoted globs, or "-" for stdin; objects are articles (source "#N", N the
 * input's 0-based position).
 */
export async function* analyzeMany(
  inputs: Iterable<string | ArticleInput> | AsyncIterable<string | ArticleInput>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<OutputRecord> {
  const cfg = { rules: options.rules ?? [], maxBytes: options.maxBytes ?? 2_000_000, ...(options.actors?.length ? { actors: options.actors } : {}) };
  const gazetteer = options.filter ? (loadActorOptions(options.actors)?.gazetteer ?? builtinGazetteer()) : undefined;
  for await (const { record } of analyzeStream(unitsOf(inputs, options), { cfg, ...(options.jobs !== undefined ? { jobs: options.jobs } : {}) })) {
    yield options.filter && !('error' in record) ? filterDocument(record, options.filter, gazetteer) : record;
  }
}
