/**
 * `stance [paths...]`: files, folders, globs and stdin → one record per document,
 * in input order, on all cores (see inputs.ts for what is read, batch.ts for how
 * it runs). An input that cannot be read or analysed gives an error record in the
 * output and a line `stance: SOURCE: message` on stderr; the run goes on (unless
 * --fail-fast) and exits 1.
 */
import { once } from 'node:events';
import type { OutputRecord } from '../schema/output.js';
import { formatJson, formatJsonl } from '../format/json.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError, type AnalyzeCliOptions, type Io } from './main.js';
import { countInputs, inputUnits, parseExts } from './inputs.js';
import { runBatch } from './batch.js';
import { Reporter } from './progress.js';
import { contextFor, type TaskConfig } from './task.js';

export async function runAnalyze(paths: string[], opts: AnalyzeCliOptions, io: Io): Promise<number> {
  if (!paths.length && io.stdin.isTTY)
    throw new UsageError('no input: give a file or folder, or pipe an article into stance (see stance --help)');

  // user files are checked before any input is read (a bad one is a usage error, exit 2); an in-process run
  // then uses this very load
  const cfg: TaskConfig = { rules: opts.rules, maxBytes: opts.maxBytes, ...(opts.actors ? { actors: opts.actors } : {}) };
  if (opts.rules.length || opts.actors) await contextFor(cfg);

  const format = opts.format ?? (io.stdout.isTTY ? 'table' : 'json');
  let render: (r: OutputRecord) => string;
  if (format === 'json') render = formatJson;
  else if (format === 'jsonl') render = formatJsonl;
  else {
    const { formatTable } = await import('../format/table.js');
    // opts.color: true (--color), false (--no-color), undefined (neither): see colorFlag in color.ts
    const chalk = chalkFor(opts.color, io.env, io.stdout);
    render = (r) => formatTable(r, { chalk, width: io.stdout.columns ?? 80 });
  }

  const exts = parseExts(opts.ext);
  const reporter = new Reporter({ stderr: io.stderr, quiet: opts.quiet });
  if (reporter.live) {
    // the total, for the progress line: a walk that reads no file, alongside the run
    void countInputs(paths, exts).then(
      (n) => {
        reporter.total = n;
      },
      () => {},
    );
  }

  const write = async (s: string) => {
    if (!io.stdout.write(s)) await once(io.stdout, 'drain');
  };

  let code: number = EXIT.ok;
  const debug = !!io.env.STANCE_DEBUG && io.env.STANCE_DEBUG !== '0';
  const stdinStreaming = opts.stdinFormat === 'jsonl' && (!paths.length || paths.includes('-'));
  await runBatch(
    inputUnits(paths, {
      exts,
      maxBytes: opts.maxBytes,
      stdin: io.stdin,
      stdinFormat: opts.stdinFormat,
      onFile: () => reporter.fileStarted(),
    }),
    {
      ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
      timeout: opts.timeout,
      // json/jsonl are rendered in the worker threads (same bytes as formatJson/formatJsonl)
      cfg: format === 'table' ? cfg : { ...cfg, render: format },
      eager: stdinStreaming,
      emit: async ({ record, stack, rendered }, warning) => {
        if (warning) reporter.warn(`stance: ${record.source}: warning: ${warning}`);
        if ('error' in record) {
          code = EXIT.inputError;
          reporter.error(`stance: ${record.source}: ${record.error.message}`);
          if (stack && debug) reporter.error(stack);
        }
        reporter.record(record as never);
        await write(rendered ?? render(record));
        return !('error' in record && opts.failFast);
      },
    },
  );
  reporter.finish();
  if (io.env.STANCE_BENCH === '1') io.stderr.write(`stance-bench: maxrss_kb=${process.resourceUsage().maxRSS}\n`);
  if (opts.failFast && code !== EXIT.ok && stdinStreaming) {
    // stop reading stdin, so the process can end
    (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
  return code;
}
