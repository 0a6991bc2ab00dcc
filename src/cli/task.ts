/**
 * One document's work, the same in a worker thread and in-process:
 * (HTML extraction →) size check → analyze. Never throws: an exception inside the
 * pipeline becomes an INTERNAL error record for this document only.
 */
import { SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type OutputRecord } from '../schema/output.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import { formatJson, formatJsonl } from '../format/json.js';
import type { ActorOptions } from '../pipeline/actors.js';
import type { RuleSet } from '../rules/load.js';

/** A document ready to analyse (read and decoded by the main thread). */
export interface DocTask {
  source: string;
  /** html: a page to extract the article from first */
  kind: 'text' | 'html';
  text: string;
  id?: string | null;
  title?: string | null;
  /** date and address given with a JSON record (carried into the output) */
  date?: string;
  url?: string;
  /** carry the analysed text in the output (extracted pages, JSON records) */
  includeText?: boolean;
}

/** What each worker needs besides the task; small, sent with every task. */
export interface TaskConfig {
  rules: string[];
  /** --actors files, in order (each adds to the gazetteer) */
  actors?: string | string[];
  maxBytes: number;
  /** json/jsonl: the worker renders the record itself (a string crosses threads far cheaper than an object graph) */
  render?: 'json' | 'jsonl';
  /** --full-tag / STANCE_FULL_TAG: every sentence through the full tagger (AnalyzeOptions.tagger 'all') */
  fullTag?: boolean;
}

export interface TaskResult {
  /**
   * the record; when `rendered` is set, a document is cut down to its head
   * (source, id, title, stats): what the main thread needs besides the text
   */
  record: OutputRecord;
  /** the record as printed (cfg.render) */
  rendered?: string;
  /** stack of an internal error, printed only under STANCE_DEBUG */
  stack?: string;
}

export interface TaskContext {
  maxBytes: number;
  rules?: RuleSet;
  actors?: ActorOptions;
  fullTag?: boolean;
}

export function errorRecord(source: string, code: ErrorCode, message: string, id?: string | null): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, source, ...(id != null ? { id } : {}), error: { code, message } };
}

export const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

export async function runTask(task: DocTask, ctx: TaskContext): Promise<TaskResult> {
  try {
    let text = task.text;
    let title = task.title ?? null;
    let includeText = task.includeText ?? false;
    let extraction: AnalyzeOptions['extraction'];
    if (task.kind === 'html') {
      const { extractHtml } = await import('../extract/html.js');
      const page = extractHtml(text);
      text = page.text;
      title = page.title;
      includeText = true;
      extraction = page.extraction;
      if (byteLength(text) > ctx.maxBytes)
        return { record: errorRecord(task.source, 'TOO_LARGE', `the page's text is larger than --max-bytes (${ctx.maxBytes} bytes)`, task.id) };
    }
    if (!text.trim()) return { record: errorRecord(task.source, 'EMPTY', task.kind === 'html' ? 'no text in this page' : 'no text to analyse', task.id) };
    const options: AnalyzeOptions = {
      source: task.source,
      id: task.id ?? null,
      title,
      date: task.date ?? null,
      url: task.url ?? null,
      includeText,
      ...(extraction ? { extraction } : {}),
      ...(ctx.actors ? { actors: ctx.actors } : {}),
      ...(ctx.rules ? { cues: { rules: ctx.rules } } : {}),
      ...(ctx.fullTag ? { tagger: 'all' as const } : {}),
    };
    // (loaded here, not at the top: the main thread imports this module for errorRecord and need not load the pipeline)
    const { analyze } = await import('../pipeline/index.js');
    return { record: analyze(text, options) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      record: errorRecord(task.source, 'INTERNAL', `internal error (a bug) while analysing: ${message.split('\n')[0]}`, task.id),
      ...(e instanceof Error && e.stack ? { stack: e.stack } : {}),
    };
  }
}

/** Render in the worker (see TaskConfig.render). */
export function renderResult(r: TaskResult, render: TaskConfig['render']): TaskResult {
  if (!render) return r;
  const rendered = render === 'json' ? formatJson(r.record) : formatJsonl(r.record);
  if ('error' in r.record) return { ...r, rendered };
  const { schemaVersion, source, id, title, stats } = r.record;
  return { ...r, rendered, record: { schemaVersion, source, id, title, sentences: [], actors: [], cues: [], summary: { actors: [] }, stats } };
}

/** Load --rules / --actors once per thread (the main thread's load also validates them). */
let cached: { key: string; ctx: Promise<TaskContext> } | undefined;
export function contextFor(cfg: TaskConfig): Promise<TaskContext> {
  // (what the context is built from: not `render`, which only says how a record is printed)
  const key = JSON.stringify([cfg.rules, cfg.actors ?? null, cfg.maxBytes, !!cfg.fullTag]);
  if (cached?.key !== key) cached = { key, ctx: buildContext(cfg) };
  return cached.ctx;
}

async function buildContext(cfg: TaskConfig): Promise<TaskContext> {
  const ctx: TaskContext = { maxBytes: cfg.maxBytes, ...(cfg.fullTag ? { fullTag: true } : {}) };
  if (cfg.rules.length) {
    const { compileRules, loadRules } = await import('../rules/load.js');
    ctx.rules = compileRules(loadRules({ extraFiles: cfg.rules }));
  }
  if (cfg.actors) {
    const { loadActorOptions } = await import('./actors-option.js');
    const actors = loadActorOptions(cfg.actors);
    if (actors) ctx.actors = actors;
  }
  return ctx;
}
