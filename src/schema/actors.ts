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
import { parseUserFile, readUserText, UserFileError } from './user-file.js';
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

/** Parse the text of an actors file (YAML or JSON; JSON is YAML). Throws a UserFileError naming the file, the line, the field and what was expected. */
export function parseActorFile(text: string, path: string): Gazetteer {
  const data = parseUserFile(ActorFile, text, path);
  const seen = new Set<string>();
  const entries: GazetteerEntry[] = data.actors.map((a, i) => {
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
  return parseActorFile(readUserText(path), path);
}
