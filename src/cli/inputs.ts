/**
 * Inputs → a lazy, ordered stream of units: a document to analyse, or an error
 * record for an input that cannot be read.
 *
 * Paths are files (read whatever their extension), folders (walked recursively in
 * sorted order, skipping dot-files, node_modules and what a .stanceignore lists,
 * symlink loops visited once), quoted globs (expanded here, sorted), or `-` for
 * stdin. Nothing is read ahead of need: the caller pulls units as it has room.
 *
 * Formats, by extension: .html/.htm a saved page (article extracted in the
 * worker); .json an article object or an array of them (source `file.json#N`,
 * N the 0-based index as in jq `.[N]`); .jsonl/.ndjson one article per line
 * (source `file.jsonl:LINE`, 1-based, streamed); anything else plain text.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { extname, relative, sep } from 'node:path';
import { BINARY_MESSAGE, SNIFF_BYTES, bomOf, decodeBytes, stripBom } from '../pipeline/read.js';
import type { ErrorCode, ErrorRecord } from '../schema/output.js';
import { byteLength, errorRecord, type DocTask } from './task.js';

export type Unit = { task: DocTask; warning?: string } | { record: ErrorRecord };

export const DEFAULT_EXTS = ['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson'];

export function parseExts(list: string | undefined): Set<string> {
  if (!list) return new Set(DEFAULT_EXTS);
  const exts = list
    .split(/[,\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`));
  return new Set(exts);
}

export interface InputOptions {
  exts: Set<string>;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  stdinFormat: 'text' | 'jsonl';
  /** called as each file (or stdin) is opened, for progress */
  onFile?: (source: string) => void;
}

type Format = 'text' | 'html' | 'json' | 'jsonl';
const FORMAT_BY_EXT: Record<string, Format> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};
const formatOf = (path: string): Format | undefined => FORMAT_BY_EXT[extname(path).toLowerCase()];

/** How much bigger than --max-bytes a file may be for what is analysed to fit. */
const HTML_FACTOR = 10; // markup, scripts and navigation around the article
const JSON_FILE_LIMIT = (maxBytes: number) => Math.max(100e6, maxBytes * 10); // a .json file is parsed whole

const GLOB_CHARS = /[*?[\]{}]/;

function codeOf(e: unknown): ErrorCode {
  const c = (e as NodeJS.ErrnoException)?.code;
  return c === 'ENOENT' || c === 'EISDIR' || c === 'EACCES' ? c : c === 'EPERM' ? 'EACCES' : 'READ_ERROR';
}
function messageOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    default:
      return err?.code ? `cannot read (${err.code})` : `cannot read (${String(err?.message ?? e)})`;
  }
}
const failed = (source: string, e: unknown): Unit => ({ record: errorRecord(source, codeOf(e), messageOf(e)) });

const join = (dir: string, name: string) => (dir.endsWith('/') || dir.endsWith(sep) ? dir + name : `${dir}/${name}`);

export async function* inputUnits(paths: string[], opts: InputOptions): AsyncGenerator<Unit> {
  for (const p of paths.length ? paths : ['-']) {
    if (p === '-') {
      opts.onFile?.('-');
      yield* opts.stdinFormat === 'jsonl' ? jsonlUnits(opts.stdin, '-', opts) : stdinTextUnits(opts);
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(p)) {
        yield* globUnits(p, opts);
        continue;
      }
      yield await missing(p, e);
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(p, opts.exts, { seen: new Set(), ignores: [] }))
        if ('path' in f) yield* fileUnits(f.path, f.path, opts, f.size);
        else yield f;
    } else yield* fileUnits(p, p, opts, st.size);
  }
}

/** How many files (and stdin) the paths name, for the progress line; walks folders without reading files. */
export async function countInputs(paths: string[], exts: Set<string>): Promise<number> {
  let n = 0;
  for (const p of paths.length ? paths : ['-']) {
    if (p === '-') n++;
    else {
      const st = await stat(p).catch(() => undefined);
      if (st || !GLOB_CHARS.test(p)) {
        if (!st?.isDirectory()) n++;
        else for await (const f of walk(p, exts, { seen: new Set(), ignores: [] })) if ('path' in f) n++;
        continue;
      }
      const { glob } = await import('tinyglobby');
      n += (await glob([p], { onlyFiles: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**'] })).length;
    }
  }
  return n;
}

/** A path that cannot be stat'ed: a dangling symlink says so. */
async function missing(path: string, e: unknown): Promise<Unit> {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if ((await lstat(path)).isSymbolicLink())
        return { record: errorRecord(path, 'ENOENT', `dangling symbolic link (to ${await readlink(path)}, which does not exist)`) };
    } catch {
      /* not a link */
    }
  }
  return failed(path, e);
}

async function* globUnits(pattern: string, opts: InputOptions): AsyncGenerator<Unit> {
  const { glob } = await import('tinyglobby');
  const files = await glob([pattern], {
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    followSymbolicLinks: true,
    ignore: ['**/node_modules/**'],
  });
  if (!files.length) {
    yield { record: errorRecord(pattern, 'ENOENT', 'no file matches this pattern') };
    return;
  }
  files.sort(compare);
  for (const f of files) {
    let size: number;
    try {
      size = (await stat(f)).size;
    } catch (e) {
      yield await missing(f, e);
      continue;
    }
    yield* fileUnits(f, f, opts, size);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface IgnoreLayer {
  base: string;
  ig: { ignores(path: string): boolean };
}
interface WalkState {
  /** real paths of the folders walked (symlink loops, folders reached twice) */
  seen: Set<string>;
  ignores: IgnoreLayer[];
}

type Walked = { path: string; size: number } | Unit;

async function* walk(dir: string, exts: Set<string>, state: WalkState): AsyncGenerator<Walked> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (state.seen.has(real)) return;
    state.seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield failed(dir, e);
    return;
  }
  entries.sort((a, b) => compare(a.name, b.name));
  const layers = [...state.ignores];
  if (entries.some((e) => e.name === '.stanceignore')) {
    try {
      const { default: ignore } = await import('ignore');
      layers.push({ base: dir, ig: ignore().add(await readFile(join(dir, '.stanceignore'), 'utf8')) });
    } catch (e) {
      yield failed(join(dir, '.stanceignore'), e);
    }
  }
  const ignored = (path: string, isDir: boolean) =>
    layers.some(({ base, ig }) => {
      const rel = relative(base, path).split(sep).join('/');
      return rel && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel);
    });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let size: number | undefined;
    if (entry.isSymbolicLink()) {
      try {
        const st = await stat(path);
        // a link to this folder or one above it is a loop: not followed
        if (st.isDirectory()) {
          const target = await realpath(path);
          if (real === target || real.startsWith(target.endsWith(sep) ? target : target + sep)) continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
        size = st.size;
      } catch (e) {
        // a broken link that looks like an input is reported; others are skipped
        if (!ignored(path, false) && exts.has(extname(entry.name).toLowerCase())) yield await missing(path, e);
        continue;
      }
    }
    if (ignored(path, isDir)) continue;
    if (isDir) yield* walk(path, exts, { seen: state.seen, ignores: layers });
    else if (isFile && exts.has(extname(entry.name).toLowerCase())) {
      if (size === undefined) {
        try {
          size = (await stat(path)).size;
        } catch (e) {
          yield failed(path, e);
          continue;
        }
      }
      yield { path, size };
    }
  }
}

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));

async function* fileUnits(path: string, source: string, opts: InputOptions, size: number): AsyncGenerator<Unit> {
  opts.onFile?.(source);
  const format = formatOf(path);
  if (format === 'jsonl') {
    yield* jsonlUnits(createReadStream(path), source, opts);
    return;
  }
  const limit = format === 'html' ? opts.maxBytes * HTML_FACTOR : format === 'json' ? JSON_FILE_LIMIT(opts.maxBytes) : opts.maxBytes;
  if (size > limit) {
    const what =
      format === 'html'
        ? `${limit} bytes (${HTML_FACTOR} × --max-bytes) for a page`
        : format === 'json'
          ? `${limit} bytes for a .json file (use JSON Lines for big collections)`
          : `--max-bytes (${limit} bytes)`;
    yield { record: errorRecord(source, 'TOO_LARGE', `${size} bytes, larger than ${what}`) };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield failed(source, e);
    return;
  }
  yield* bytesUnits(bytes, source, format, opts);
}

function* bytesUnits(bytes: Buffer, source: string, format: Format | undefined, opts: InputOptions): Generator<Unit> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield { record: errorRecord(source, decoded.code, decoded.message) };
    return;
  }
  const text = stripBom(decoded.text);
  const warning = decoded.warnings.length ? decoded.warnings.join('; ') : undefined;
  if (format === 'json') {
    yield* jsonUnits(text, source, opts);
    return;
  }
  if (!text.trim()) {
    yield { record: errorRecord(source, 'EMPTY', bytes.length ? 'no text to analyse (only white space)' : 'empty file') };
    return;
  }
  const kind = format === 'html' || (format === undefined && looksLikeHtml(text)) ? 'html' : 'text';
  // the output carries the text its offsets index when that is not the file's bytes read as UTF-8
  const includeText = kind === 'html' || decoded.decoded;
  yield { task: { source, kind, text, ...(includeText ? { includeText: true } : {}) }, ...(warning ? { warning } : {}) };
}

async function* stdinTextUnits(opts: InputOptions): AsyncGenerator<Unit> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of opts.stdin) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    total += b.length;
    if (total <= opts.maxBytes) chunks.push(b); // past the limit: keep reading, keep nothing
  }
  if (total > opts.maxBytes) {
    yield { record: errorRecord('-', 'TOO_LARGE', `${total} bytes, larger than --max-bytes (${opts.maxBytes} bytes)`) };
    return;
  }
  yield* bytesUnits(Buffer.concat(chunks), '-', undefined, opts);
}

/** One JSON article object → a unit. */
export function recordUnit(value: unknown, source: string, opts: Pick<InputOptions, 'maxBytes'>): Unit {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { record: errorRecord(source, 'NO_TEXT', 'not an article object ({"text": …})') };
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : null;
  const text = typeof o.text === 'string' ? o.text : typeof o.body === 'string' ? o.body : undefined;
  if (text === undefined) return { record: errorRecord(source, 'NO_TEXT', 'no "text" or "body" string in this record', id) };
  if (!text.trim()) return { record: errorRecord(source, 'NO_TEXT', 'the record\'s text is empty', id) };
  const size = byteLength(text);
  if (size > opts.maxBytes) return { record: errorRecord(source, 'TOO_LARGE', `text of ${size} bytes, larger than --max-bytes (${opts.maxBytes} bytes)`, id) };
  const title = typeof o.title === 'string' ? o.title : null;
  return { task: { source, kind: 'text', text, id, title, includeText: true, ...recordMeta(o) } };
}

/** The date and address of an article record, as given (first of the usual field names that holds a string). */
function recordMeta(o: Record<string, unknown>): { date?: string; url?: string } {
  const first = (keys: string[]) => keys.map((k) => o[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const date = first(['date', 'published', 'publishedAt', 'published_at', 'pubDate']);
  const url = first(['url', 'link']);
  return { ...(date ? { date } : {}), ...(url ? { url } : {}) };
}

function jsonError(source: string, e: unknown): Unit {
  return { record: errorRecord(source, 'BAD_JSON', `not valid JSON: ${(e as Error).message}`) };
}

function* jsonUnits(text: string, source: string, opts: InputOptions): Generator<Unit> {
  if (!text.trim()) {
    yield { record: errorRecord(source, 'EMPTY', 'empty file') };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield jsonError(source, e);
    return;
  }
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield recordUnit(value[i], `${source}#${i}`, opts);
  else yield recordUnit(value, source, opts);
}

/**
 * JSON Lines, streamed: one unit per non-blank line, source `SOURCE:LINE`.
 * Reading pauses while the caller has no room (the async iteration is the backpressure).
 */
async function* jsonlUnits(stream: NodeJS.ReadableStream, source: string, opts: InputOptions): AsyncGenerator<Unit> {
  // UTF-8 unless the stream starts with a UTF-16 byte-order mark (set on the first chunk)
  let decoder = new TextDecoder('utf-8');
  let rest = '';
  let line = 0;
  let first = true;
  const one = (raw: string): Unit | undefined => {
    line++;
    let s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === 1) s = stripBom(s);
    if (!s.trim()) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      return jsonError(`${source}:${line}`, e);
    }
    return recordUnit(value, `${source}:${line}`, opts);
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (first) {
        first = false;
        const bom = bomOf(buf);
        if (bom && bom.encoding !== 'utf-8') decoder = new TextDecoder(bom.encoding);
        else if (buf.subarray(0, SNIFF_BYTES).includes(0)) {
          yield { record: errorRecord(source, 'BINARY', BINARY_MESSAGE) };
          (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
          return;
        }
      }
      const scanned = rest.length; // no newline before this (a long line costs no rescans)
      rest += decoder.decode(buf, { stream: true });
      let nl: number;
      let from = 0;
      let at = scanned;
      while ((nl = rest.indexOf('\n', at)) >= 0) {
        at = nl + 1;
        const u = one(rest.slice(from, nl));
        from = nl + 1;
        if (u) yield u;
      }
      rest = rest.slice(from);
    }
  } catch (e) {
    yield failed(source, e);
    return;
  }
  rest += decoder.decode();
  if (rest.length) {
    const u = one(rest);
    if (u) yield u;
  }
}
