/**
 * The actor gazetteer: countries, international organisations and well-known
 * non-state actors, plus whatever a user's --actors file adds.
 *
 * Built-in data is prebuilt JSON (countries.json, organizations.json), generated
 * by scripts/gen-gazetteer.ts from the `world-countries` package (ODbL 1.0) and
 * the hand-curated country-overrides.yml / organizations.yml. The runtime never
 * reads YAML or world-countries for the built-ins.
 *
 * Matching is done by the actors stage over tokens with a trie of token keys
 * (see `tokenKey`), compiled once per Gazetteer object and cached.
 */
import type { ActorType } from '../schema/output.js';
import countries from './countries.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };

export interface GazetteerEntry {
  /** ISO 3166 alpha-3 for countries; a slug otherwise */
  id: string;
  /** canonical name */
  name: string;
  type: ActorType;
  /** other names and acronyms (kind "alias") */
  aliases: string[];
  /** capitals and seats of government standing for the actor (kind "alias") */
  metonyms: string[];
  /** nationality adjectives / nouns (kind "demonym") */
  demonyms: string[];
  affiliation: string | null;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
}

export type GazKind = 'name' | 'alias' | 'demonym' | 'metonym';

export interface GazHit {
  id: string;
  kind: GazKind;
  /** the alias is an acronym: only matches tokens written in capitals */
  upper: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: GazHit;
}

export interface CompiledGazetteer {
  byId: Map<string, GazetteerEntry>;
  root: TrieNode;
}

/** Lower case, no diacritics, no periods, no possessive: "U.S." → "us", "China's" → "china", "Élysée" → "elysee". */
export function tokenKey(s: string): string {
  let k = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'");
  k = k.replace(/\./g, '');
  if (k.endsWith("'s")) k = k.slice(0, -2);
  else if (k.endsWith("'")) k = k.slice(0, -1);
  return k;
}

/** Split a name the way compromise splits words (spaces and hyphens). */
export function nameKeys(name: string): string[] {
  return name
    .split(/\s+|(?<=\p{L})-(?=\p{L})/u)
    .map(tokenKey)
    .filter((k) => k.length > 0);
}

export function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^a-z0-9+]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'actor'
  );
}

const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,6}\+?$/u.test(s.replace(/\s/g, '')) && !/\s/.test(s);

let builtin: Gazetteer | undefined;

/** The built-in gazetteer (same object for the whole process). */
export function builtinGazetteer(): Gazetteer {
  if (!builtin) {
    builtin = {
      entries: [...(countries as GazetteerEntry[]), ...(organizations as GazetteerEntry[])],
    };
  }
  return builtin;
}

/**
 * `base` plus `user`: an entry of `user` with the id or (case-insensitive) name of
 * a base entry overrides its name/type/affiliation and adds its aliases,
 * metonyms and demonyms; other entries are added.
 */
export function mergeGazetteer(base: Gazetteer, user: Gazetteer): Gazetteer {
  const entries = base.entries.map((e) => ({ ...e }));
  const byId = new Map(entries.map((e) => [e.id.toLowerCase(), e]));
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  for (const u of user.entries) {
    const old = byId.get(u.id.toLowerCase()) ?? byName.get(u.name.toLowerCase());
    if (old) {
      const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
      if (old.name !== u.name) old.aliases = union(old.aliases, [old.name]);
      old.name = u.name;
      old.type = u.type;
      if (u.affiliation !== null) old.affiliation = u.affiliation;
      old.aliases = union(old.aliases, u.aliases).filter((a) => a !== u.name);
      old.metonyms = union(old.metonyms, u.metonyms);
      old.demonyms = union(old.demonyms, u.demonyms);
    } else {
      const e = { ...u };
      entries.push(e);
      byId.set(e.id.toLowerCase(), e);
      byName.set(e.name.toLowerCase(), e);
    }
  }
  // affiliations given by name → id
  for (const e of entries) {
    if (e.affiliation && !byId.has(e.affiliation.toLowerCase())) {
      const t = byName.get(e.affiliation.toLowerCase());
      if (t) e.affiliation = t.id;
    } else if (e.affiliation) {
      e.affiliation = byId.get(e.affiliation.toLowerCase())!.id;
    }
  }
  return { entries };
}

const compiled = new WeakMap<Gazetteer, CompiledGazetteer>();

const KIND_RANK: Record<GazKind, number> = { name: 0, alias: 1, metonym: 2, demonym: 3 };

/** The lookup structures of a gazetteer, built once per Gazetteer object. */
export function compileGazetteer(g: Gazetteer): CompiledGazetteer {
  const done = compiled.get(g);
  if (done) return done;
  const root: TrieNode = { next: new Map() };
  const byId = new Map<string, GazetteerEntry>();
  // later entries (user entries, organisations) win a clash on the same key
  for (const e of g.entries) {
    byId.set(e.id, e);
    const add = (name: string, kind: GazKind) => {
      const keys = nameKeys(name);
      if (!keys.length) return;
      let node = root;
      for (const k of keys) {
        let n = node.next.get(k);
        if (!n) node.next.set(k, (n = { next: new Map() }));
        node = n;
      }
      const hit: GazHit = { id: e.id, kind, upper: isAcronym(name) };
      const old = node.hit;
      // same entry: keep the stronger kind; the lower-case form is looser than the acronym
      if (old && old.id === e.id) {
        if (KIND_RANK[kind] < KIND_RANK[old.kind]) node.hit = { ...hit, upper: old.upper && hit.upper };
        else node.hit = { ...old, upper: old.upper && hit.upper };
      } else node.hit = hit;
    };
    for (const d of e.demonyms) add(d, 'demonym');
    for (const m of e.metonyms) add(m, 'metonym');
    for (const a of e.aliases) add(a, 'alias');
    add(e.name, 'name');
  }
  const c = { byId, root };
  compiled.set(g, c);
  return c;
}
