/**
 * A user's actors file (--actors FILE, YAML or JSON): actors that add to or
 * override the built-in gazetteer.
 *
 *   actors:
 *     - name: Hamas                       # required: canonical name
 *       type: organization                # country | organization | person | group | location
 *       id: hamas                         # optional; default: a slug of the name
 *       aliases: [Islamic Resistance Movement]
 *       affiliation: PSE                  # optional: an id or a name
 *       demonyms: []                      # optional
 *       metonyms: []                      # optional: places standing for the actor
 *
 * An entry with the id or (case-insensitive) name of a built-in entry overrides
 * its name, type and affiliation and adds its aliases.
 */
import { UserFileError } from './user-file.js';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { ActorType } from './output.js';
import { slug, type Gazetteer, type GazetteerEntry } from '../actors/gazetteer.js';

export { builtinGazetteer, mergeGazetteer, type Gazetteer, type GazetteerEntry } from '../actors/gazetteer.js';

const Name = z.string().trim().min(1, 'expected a non-empty string');

export const ActorEntry = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9+_.-]*$/, 'expected an id of letters, digits, "-", "_", "." or "+"').optional(),
  name: Name,
  type: ActorType,
  aliases: z.array(Name).optional(),
  affiliation: Name.optional(),
  demonyms: z.array(Name).optional(),
  metonyms: z.array(Name).optional(),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

export const ActorFile = z.strictObject({
  actors: z.array(ActorEntry),
});
export type ActorFile = z.infer<typeof ActorFile>;

/** Parse the text of an actors file (YAML or JSON; JSON is YAML). Throws an Error naming the file, the field and what was expected. */
export function parseActorFile(text: string, path: string): Gazetteer {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lc.linePos(e.pos[0]);
    throw new UserFileError(`${path}:${pos.line}:${pos.col}: not valid YAML/JSON: ${e.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  const r = ActorFile.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.map((issue) => {
      const at = issue.path.map(String);
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      let where = path;
      const range = node?.range ?? (doc.getIn(issue.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        const pos = lc.linePos(range[0]);
        where = `${path}:${pos.line}:${pos.col}`;
      }
      const field = at.length ? at.reduce((s, p) => (/^\d+$/.test(p) ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') : '(top level)';
      return `${where}: ${field}: ${issue.message}`;
    });
    throw new UserFileError(`invalid actors file ${path}:\n  ${lines.join('\n  ')}`);
  }
  const seen = new Set<string>();
  const entries: GazetteerEntry[] = r.data.actors.map((a, i) => {
    const id = a.id ?? slug(a.name);
    if (seen.has(id.toLowerCase())) throw new UserFileError(`invalid actors file ${path}: actors[${i}].id: duplicate id "${id}"`);
    seen.add(id.toLowerCase());
    return {
      id,
      name: a.name,
      type: a.type,
      aliases: a.aliases ?? [],
      metonyms: a.metonyms ?? [],
      demonyms: a.demonyms ?? [],
      affiliation: a.affiliation ?? null,
    };
  });
  return { entries };
}

/** Read and parse an actors file. */
export function loadActorFile(path: string): Gazetteer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserFileError(`cannot read actors file ${path}: ${(e as Error).message}`);
  }
  return parseActorFile(text, path);
}
