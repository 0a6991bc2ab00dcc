/**
 * `stance [paths...]`, `stance explain`, `stance actors`: files, folders, globs
 * and stdin → one record per document, in input order, on all cores (see
 * inputs.ts for what is read, batch.ts for how it runs), then a view of them.
 * An input that cannot be read or analysed gives an error record in the output
 * and a line `stance: SOURCE: message` on stderr; the run goes on (unless
 * --fail-fast) and exits 1.
 */
import { once } from 'node:events';
import { chalkFor } from './color.js';
import { fullTagFromEnv } from '../pipeline/full-tag.js';
import { EXIT, UsageError, type AnalyzeCliOptions, type Io } from './main.js';
import { countInputs, inputUnits, parseExts, type Unit } from './inputs.js';
import { analyzeStream } from './stream.js';
import { Reporter } from './progress.js';
import { contextFor, type TaskConfig } from './task.js';
import { makeView, type View } from './views.js';

export type ViewName = 'records' | 'explain' | 'actors';

/** A JSON Lines article ({"text": …}) on the first line of stdin read as one text. */
export function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]!.trim();
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    const v = JSON.parse(first) as Record<string, unknown>;
    return typeof v.text === 'string' || typeof v.body === 'string';
  } catch {
    return false;
  }
}

/** Warn when stdin, read as one text, is JSON Lines articles. */
async function* sniffStdin(units: AsyncIterable<Unit>, warn: (s: string) => void): AsyncGenerator<Unit> {
  for await (const u of units) {
    if ('task' in u && u.task.source === '-' && u.task.kind === 'text' && looksLikeJsonl(u.task.text))
      warn('stance: -: warning: stdin looks like JSON Lines articles but is read as one text; add --stdin-format jsonl');
    yield u;
  }
}

export async function runAnalyze(paths: string[], opts: AnalyzeCliOptions, io: Io, viewName: ViewName = 'records'): Promise<number> {
  if (!paths.length && io.stdin.isTTY)
    throw new UsageError('no input: give a file or folder, or pipe an article into stance (see stance --help)');

  // user files are checked before any input is read (a bad one is a usage error, exit 2); an in-process run
  // then uses this very load
  const fullTag = !!opts.fullTag || fullTagFromEnv(io.env);
  const cfg: TaskConfig = { rules: opts.rules, maxBytes: opts.maxBytes, ...(opts.actors.length ? { actors: opts.actors } : {}), ...(fullTag ? { fullTag } : {}) };
  const ctx = opts.rules.length || opts.actors.length ? await contextFor(cfg) : undefined;

  // opts.color: true (--color), false (--no-color), undefined (neither): see colorFlag in color.ts
  const chalk = chalkFor(opts.color, io.env, io.stdout);
  const view: View = await makeView(viewName, opts, {
    chalk,
    width: io.stdout.columns ?? 80,
    isTTY: !!io.stdout.isTTY,
    ...(ctx?.actors?.gazetteer ? { gazetteer: ctx.actors.gazetteer } : {}),
  });
  const reporter = new Reporter({ stderr: io.stderr, quiet: opts.quiet });
  if (view.unknownRules?.length)
    reporter.warn(`stance: warning: no rule ${view.unknownRules.map((r) => `"${r}"`).join(', ')} (see stance rules)`);

  const exts = parseExts(opts.ext);
  if (reporter.live) {
    // the total, for the progress line: a walk that reads no file, alongside the run
    void countInputs(paths, exts).then(
      (n) => {
        reporter.total = n;
      },
      () => {},
    );
  }

  // a view on the terminal: the progress line is cleared before anything is written under it
  const clearFirst = !!io.stdout.isTTY;
  const write = async (s: string) => {
    if (!s) return;
    if (clearFirst) reporter.clearLine();
    if (!io.stdout.write(s)) await once(io.stdout, 'drain');
  };

  let code: number = EXIT.ok;
  const debug = !!io.env.STANCE_DEBUG && io.env.STANCE_DEBUG !== '0';
  const stdinStreaming = opts.stdinFormat === 'jsonl' && (!paths.length || paths.includes('-'));
  const units = inputUnits(paths, {
    exts,
    maxBytes: opts.maxBytes,
    // (read only when an input is stdin: see run.ts)
    get stdin() {
      return io.stdin;
    },
    stdinFormat: opts.stdinFormat,
    onFile: () => reporter.fileStarted(),
  });
  await write(view.head ?? '');
  // the same stream the library's analyzeMany reads
  const stream = analyzeStream(opts.stdinFormat === 'text' ? sniffStdin(units, (s) => reporter.warn(s)) : units, {
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    timeout: opts.timeout,
    // json/jsonl without a filter are rendered in the worker threads (same bytes as formatJson/formatJsonl)
    cfg: view.workerRender ? { ...cfg, render: view.workerRender } : cfg,
    eager: stdinStreaming,
  });
  for await (const { record, stack, rendered, warning } of stream) {
    if (warning) reporter.warn(`stance: ${record.source}: warning: ${warning}`);
    if ('error' in record) {
      code = EXIT.inputError;
      reporter.error(`stance: ${record.source}: ${record.error.message}`);
      if (stack && debug) reporter.error(stack);
    }
    reporter.record(record as never);
    await write(rendered ?? view.render(record));
    if ('error' in record && opts.failFast) break;
  }
  await write(view.end?.() ?? '');
  reporter.finish();
  if (io.env.STANCE_BENCH === '1') io.stderr.write(`stance-bench: maxrss_kb=${process.resourceUsage().maxRSS}\n`);
  if (opts.failFast && code !== EXIT.ok && stdinStreaming) {
    // stop reading stdin, so the process can end
    (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
  return code;
}
