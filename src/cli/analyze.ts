/**
 * `stance [paths...]`: read each input, run the pipeline, print each record.
 * (Sequential first version; folders, record formats and workers come with the batch work.)
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION, type ErrorCode, type OutputRecord } from '../schema/output.js';
import { decodeBytes, stripBom } from '../pipeline/read.js';
import { analyze } from '../pipeline/index.js';
import { formatJson, formatJsonl } from '../format/json.js';
import { formatTable } from '../format/table.js';
import { resolveColorLevel, makeChalk } from './color.js';
import { EXIT, UsageError, type AnalyzeCliOptions, type Io } from './main.js';

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

const errorRecord = (source: string, code: ErrorCode, message: string): OutputRecord => ({
  schemaVersion: SCHEMA_VERSION,
  source,
  error: { code, message },
});

export async function runAnalyze(paths: string[], opts: AnalyzeCliOptions, io: Io): Promise<number> {
  if (!paths.length && io.stdin.isTTY)
    throw new UsageError('no input: give a file or folder, or pipe an article into stance (see stance --help)');
  const inputs = paths.length ? paths : ['-'];
  const format = opts.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const chalk = makeChalk(resolveColorLevel({ flag: opts.color === false ? false : process.argv.includes('--color') ? true : undefined, env: io.env, isTTY: !!io.stdout.isTTY }));
  let code: number = EXIT.ok;
  for (const source of inputs) {
    let record: OutputRecord;
    try {
      const bytes = source === '-' ? await readStdin(io.stdin) : readFileSync(source);
      if (bytes.length > opts.maxBytes) record = errorRecord(source, 'TOO_LARGE', `larger than --max-bytes (${opts.maxBytes} bytes)`);
      else {
        const r = decodeBytes(bytes);
        if (!r.ok) record = errorRecord(source, r.code, r.message);
        else {
          const text = stripBom(r.text);
          if (!text.trim()) record = errorRecord(source, 'EMPTY', 'no text to analyse');
          else record = analyze(text, { source });
        }
      }
    } catch (e) {
      const c = (e as NodeJS.ErrnoException).code;
      const known: ErrorCode = c === 'ENOENT' || c === 'EISDIR' || c === 'EACCES' ? c : 'READ_ERROR';
      record = errorRecord(source, known, (e as Error).message);
    }
    if ('error' in record) {
      code = EXIT.inputError;
      if (!opts.quiet || true) io.stderr.write(`stance: ${record.source}: ${record.error.message}\n`);
    }
    io.stdout.write(format === 'json' ? formatJson(record) : format === 'jsonl' ? formatJsonl(record) : formatTable(record, { chalk, width: io.stdout.columns ?? 80 }));
    if ('error' in record && opts.failFast) break;
  }
  return code;
}
