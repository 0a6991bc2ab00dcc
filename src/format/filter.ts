/**
 * --type, --holder, --rule: narrow a document's cues, and its summary and cue
 * counts with them. The rest of the record (text, sentences, actors) stays, so
 * every output format reads a filtered record like any other.
 *
 * --holder NAME matches a holder by its name, id, any of its mentions' text
 * ("Lavrov", "the Kremlin"), its gazetteer aliases, or the same for the actor it
 * is affiliated with ("--holder Russia" keeps "Russian officials"), ignoring case.
 */
import type { Gazetteer } from '../actors/gazetteer.js';
import type { Actor, CueFilter, StanceDocument } from '../schema/output.js';
import { countCues, summarise } from '../pipeline/summary.js';

export type { CueFilter } from '../schema/output.js';

export const isEmptyFilter = (f: CueFilter): boolean => !f.type && f.holder === undefined && !f.rule;

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();

/** Every name an actor goes by in this document and in the gazetteer. */
function namesOf(actor: Actor, gazetteer: Gazetteer | undefined): Set<string> {
  const names = new Set([norm(actor.name), norm(actor.id)]);
  for (const m of actor.mentions) if (m.kind !== 'pronoun') names.add(norm(m.text));
  const entry = gazetteer?.entries.find((e) => e.id === actor.id);
  if (entry) for (const a of [entry.name, ...entry.aliases, ...entry.metonyms]) names.add(norm(a));
  return names;
}

/** The ids of the document's actors that NAME picks out. */
export function holdersNamed(doc: StanceDocument, name: string, gazetteer?: Gazetteer): Set<string> {
  const want = norm(name);
  const direct = new Set(doc.actors.filter((a) => namesOf(a, gazetteer).has(want)).map((a) => a.id));
  // an affiliation outside the document's actors: the gazetteer's names for it
  const gazIds = new Set(
    (gazetteer?.entries ?? []).filter((e) => [e.id, e.name, ...e.aliases].some((n) => norm(n) === want)).map((e) => e.id),
  );
  const out = new Set(direct);
  for (const a of doc.actors) if (a.affiliation && (direct.has(a.affiliation) || gazIds.has(a.affiliation))) out.add(a.id);
  for (const id of gazIds) out.add(id);
  return out;
}

/** The cue's holder, and every conjoined holder when the cue lists them (`holders`). */
const holdersOf = (c: StanceDocument['cues'][number]): string[] => {
  const all = (c as { holders?: unknown }).holders;
  return [...(c.holder !== null ? [c.holder] : []), ...(Array.isArray(all) ? all.filter((h): h is string => typeof h === 'string') : [])];
};

/** The document with only the cues the filter keeps; summary and stats.cues recounted. */
export function filterDocument(doc: StanceDocument, filter: CueFilter, gazetteer?: Gazetteer): StanceDocument {
  if (isEmptyFilter(filter)) return doc;
  const holders = filter.holder !== undefined ? holdersNamed(doc, filter.holder, gazetteer) : undefined;
  const rules = filter.rule ? new Set(filter.rule) : undefined;
  const cues = doc.cues.filter(
    (c) =>
      (!filter.type || filter.type.includes(c.type)) &&
      (!holders || holdersOf(c).some((h) => holders.has(h))) &&
      (!rules || rules.has(c.rule)),
  );
  return {
    ...doc,
    cues,
    summary: { actors: summarise(doc.actors, cues) },
    stats: { ...doc.stats, cues: countCues(cues) },
    filter,
  };
}
