/**
 * Reading a user-supplied data file (rules, actors): YAML or JSON, validated by
 * a zod schema, with errors that name the file, the line and column, the path
 * of the bad field and what was expected.
 *
 * A user file is data: it can neither run code nor hang the tool. The YAML
 * library runs no code for any tag, and on top of that:
 *  - a tag it does not know (`!!js/function`, `!custom`) is an error, not a string;
 *  - aliases may expand at most MAX_ALIAS_EXPANSIONS times (a "billion laughs"
 *    file of nested anchors would otherwise take all memory);
 *  - a file is at most MAX_USER_FILE_BYTES, and nests `[`/`{` at most
 *    MAX_FLOW_DEPTH deep (the YAML parser runs out of memory, uncatchably, on
 *    ~10,000 nested brackets).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter } from 'yaml';
import type * as z from 'zod';

let yamlLib: typeof Yaml | undefined;
/** the YAML library, loaded on first use: a run that reads no user file (the rule and word caches are JSON) never loads it */
const yaml = (): typeof Yaml => (yamlLib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

export class UserFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFileError';
  }
}

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

export const MAX_USER_FILE_BYTES = 5_000_000;
export const MAX_FLOW_DEPTH = 64;
export const MAX_ALIAS_EXPANSIONS = 100;

/**
 * Where `[`/`{` first nest deeper than `max` (outside quoted strings and
 * comments), or -1: a linear scan made before the parser sees the text.
 */
export function tooDeepAt(source: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'") {
      // a quoted scalar: "…\"…" or '…''…'
      for (i++; i < source.length; i++) {
        if (c === '"' && source[i] === '\\') i++;
        else if (source[i] === c) {
          if (c === "'" && source[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** A user file parsed and validated, with the place of any node in it. */
export interface ParsedUserFile<T> {
  data: T;
  /** `file:line:col` of the node at `path` (of its parent when it has none), else `file` */
  at(path: readonly PropertyKey[]): string;
}

function placeOf(doc: Document, lineCounter: LineCounter, file: string, path: readonly PropertyKey[]): string {
  const node = doc.getIn(path as unknown[], true);
  const parent = path.length ? doc.getIn(path.slice(0, -1) as unknown[], true) : undefined;
  const { isNode } = yaml();
  const range = isNode(node) ? node.range : isNode(parent) ? parent.range : undefined;
  if (!range) return file;
  const pos = lineCounter.linePos(range[0]);
  return `${file}:${pos.line}:${pos.col}`;
}

/** The YAML document of a user file, checked to be plain data (see the module comment). */
function parseData(source: string, file: string): { doc: Document; lineCounter: LineCounter; data: unknown } {
  const { LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const where = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return `${file}:${pos.line}:${pos.col}`;
  };
  if (source.length > MAX_USER_FILE_BYTES)
    throw new UserFileError(`${file}: ${source.length} characters, more than a rule or actor file may hold (${MAX_USER_FILE_BYTES})`);
  const deep = tooDeepAt(source, MAX_FLOW_DEPTH);
  if (deep >= 0) {
    lineCounter.addNewLine(0);
    for (let i = source.indexOf('\n'); i >= 0 && i < deep; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    throw new UserFileError(`${where(deep)}: brackets nested more than ${MAX_FLOW_DEPTH} deep`);
  }
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new UserFileError(`${where(e.pos[0])}: not valid YAML/JSON: ${e.message.split('\n')[0]}`);
  }
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) throw new UserFileError(`${where(tag.pos[0])}: ${tag.message.split(' at line')[0]}: a rule or actor file holds plain data only (no custom tags)`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (err) {
    let first: number | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node.range?.[0];
        return visit.BREAK;
      },
    });
    const place = first === undefined ? file : where(first);
    throw new UserFileError(`${place}: aliases expand too much (${(err as Error).message}); at most ${MAX_ALIAS_EXPANSIONS} alias expansions`);
  }
  return { doc, lineCounter, data };
}

/** Parse `source` (YAML is a superset of JSON) and validate it; throw UserFileError on any problem. */
export function parseUserFile<S extends z.ZodType>(schema: S, source: string, file: string): z.output<S> {
  return parseUserFileAt(schema, source, file).data;
}

/** parseUserFile, also giving the place of any node (for errors found after validation). */
export function parseUserFileAt<S extends z.ZodType>(schema: S, source: string, file: string): ParsedUserFile<z.output<S>> {
  const { doc, lineCounter, data } = parseData(source, file);
  const at = (path: readonly PropertyKey[]) => placeOf(doc, lineCounter, file, path);
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, at };
  // the bad field's node, else (a missing field) its parent's
  const lines = result.error.issues.slice(0, 10).map((issue) => `${at(issue.path)}: ${pathString(issue.path)}: ${issue.message}`);
  const more = result.error.issues.length > 10 ? `\n(${result.error.issues.length - 10} more problems)` : '';
  throw new UserFileError(lines.join('\n') + more);
}

/** The text of a user file, or a UserFileError saying why it cannot be read. */
export function readUserText(file: string): string {
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (st.size > MAX_USER_FILE_BYTES)
      throw new UserFileError(`${file}: ${st.size} bytes, more than a rule or actor file may hold (${MAX_USER_FILE_BYTES})`);
    return readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UserFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code ?? String(err);
    throw new UserFileError(`${file}: cannot read (${why})`);
  }
}

export function readUserFile<S extends z.ZodType>(schema: S, file: string): z.output<S> {
  return parseUserFile(schema, readUserText(file), file);
}
