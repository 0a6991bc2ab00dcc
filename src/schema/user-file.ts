/**
 * Reading a user-supplied data file (rules, actors): YAML or JSON, validated by
 * a zod schema, with errors that name the file, the line and column, the path
 * of the bad field and what was expected.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type * as z from 'zod';

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

/** Parse `source` (YAML is a superset of JSON) and validate it; throw UserFileError on any problem. */
export function parseUserFile<S extends z.ZodType>(schema: S, source: string, file: string): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    throw new UserFileError(`${file}:${pos.line}:${pos.col}: not valid YAML/JSON: ${e.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    let where = file;
    // the bad field's node, else (a missing field) its parent's
    const node = doc.getIn(issue.path as unknown[], true);
    const parent = doc.getIn(issue.path.slice(0, -1) as unknown[], true);
    const range = isNode(node) ? node.range : isNode(parent) ? parent.range : undefined;
    if (range) {
      const pos = lineCounter.linePos(range[0]);
      where += `:${pos.line}:${pos.col}`;
    }
    return `${where}: ${pathString(issue.path)}: ${issue.message}`;
  });
  const more = result.error.issues.length > 10 ? `\n(${result.error.issues.length - 10} more problems)` : '';
  throw new UserFileError(lines.join('\n') + more);
}

/** The text of a user file, or a UserFileError saying why it cannot be read. */
export function readUserText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserFileError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? String(err)})`);
  }
}

export function readUserFile<S extends z.ZodType>(schema: S, file: string): z.output<S> {
  return parseUserFile(schema, readUserText(file), file);
}
