/**
 * Invented-name check: how much of the tool's score rests on the gazetteer knowing the names.
 *
 *   npx tsx scripts/invent-names.ts ../shared/eval/dev3.jsonl … [--keep]
 *
 * For each gold file, every capitalised word of every gold actor's name and aliases (except
 * titles, organisation heads and connectors: "Minister", "Union", "of") is replaced, in the
 * text and in every string of the gold record, by an invented word of the same length and
 * case pattern ("Canada" → "Zobiro", "EU" → "QX"), the same word always by the same
 * invention. Offsets and evidence strings stay valid. The rewritten files go to
 * .bench/invented/ and `stance eval` is run on each, real names first, then invented.
 * Not part of `npm test` (it reads ../shared).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { WORDS } from '../src/actors/words.js';
import { builtinGazetteer } from '../src/actors/gazetteer.js';

const KEEP = new Set([...WORDS.role, ...WORDS.org_head, ...WORDS.connector, ...WORDS.stop_cap, ...WORDS.group_head, ...WORDS.gov_head]);
const CONS = 'bdfgklmnprstvz';
const VOW = 'aeiou';

/** an invented word with the length and upper/lower pattern of `w` (deterministic) */
function invent(w: string, salt = 0): string {
  const h = createHash('sha1').update(`${salt}:${w}`).digest();
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const c = w[k]!;
    if (!/\p{L}/u.test(c)) {
      out += c;
      continue;
    }
    const pool = k % 2 === 0 ? CONS : VOW;
    let x = pool[h[k % h.length]! % pool.length]!;
    // acronyms: any letters
    if (/^\p{Lu}+$/u.test(w)) x = 'QXZVKJWBF'[h[k % h.length]! % 9]!;
    out += /\p{Lu}/u.test(c) ? x.toUpperCase() : x;
  }
  return out;
}

/** a country's one-word demonyms in the gazetteer → the country's one-word name ("Kenyan" → "Kenya") */
const DEMONYM_OF = new Map<string, string>();
for (const e of builtinGazetteer().entries)
  if (e.type === 'country' && !/\s/.test(e.name)) for (const d of e.demonyms) if (!/\s/.test(d)) DEMONYM_OF.set(d, e.name);

/**
 * The demonym of an invented country, as English makes one, of the real demonym's length so that offsets hold:
 * "Kenya" → "Nesil", "Kenyan" → "Nesili"; "Israel" → "Gisimo", "Israeli" → "Gisiman" (undefined when the real
 * demonym is not the country's name and one to three letters: "Thai", "French").
 */
function demonymOf(country: string, invented: string, demonym: string): string | undefined {
  const k = demonym.length - country.length;
  if (k < 1 || k > 3) return undefined;
  const vowel = /[aeiou]$/.test(invented);
  // ("-a" + "n" as "Kenyan", else a final vowel becomes "-an" as "Mexico" → "Mexican")
  if (k === 1 && vowel) return /a$/.test(invented) ? `${invented}n` : `${invented.slice(0, -1)}an`;
  return invented + (k === 1 ? 'i' : k === 2 ? 'an' : vowel ? 'ese' : 'ian');
}

/**
 * A word made from a gold country's one-word name by an English demonym ending ("Dunmaran" of "Dunmara",
 * "Teskari" of "Teskar"): the country, for countries the gazetteer lacks (the file's own inventions)
 */
function demonymByShape(w: string, actors: { name: string; type?: string }[]): string | undefined {
  for (const a of actors) {
    if (a.type !== 'country' || /\s/.test(a.name) || a.name === w) continue;
    const stem = a.name.replace(/[ao]$/, '');
    if (w.startsWith(stem) && /^(?:ian|an|n|i|ese)$/.test(w.slice(w.startsWith(a.name) ? a.name.length : stem.length))) return a.name;
  }
  return undefined;
}

function wordMap(actors: { name: string; aliases?: string[]; type?: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  const used = new Set<string>();
  const words: string[] = [];
  for (const a of actors)
    for (const s of [a.name, ...(a.aliases ?? [])])
      for (const w of s.match(/[\p{L}][\p{L}.]*/gu) ?? []) {
        const bare = w.replace(/\.$/, '');
        if (!/^\p{Lu}/u.test(bare) || KEEP.has(bare.toLowerCase().replace(/\./g, '')) || words.includes(bare)) continue;
        words.push(bare);
      }
  // a name written in capitals ("ZUGALARIN:" of a transcript) is the same word as its mixed-case form: it becomes
  // the capitals of that form's invention, as real text keeps the two the same word
  const titled = (w: string) => w[0]! + w.slice(1).toLowerCase();
  const capsOf = (w: string) => w.length > 3 && /^\p{Lu}+$/u.test(w) && words.includes(titled(w));
  for (const bare of words.filter((w) => !capsOf(w))) {
    let salt = 0;
    let v = invent(bare, salt);
    while (used.has(v) || v === bare) v = invent(bare, ++salt);
    used.add(v);
    map.set(bare, v);
  }
  for (const bare of words.filter(capsOf)) map.set(bare, map.get(titled(bare))!.toUpperCase());
  // a country's demonym stays its demonym: real text always names the two with related words
  for (const bare of words) {
    const c = DEMONYM_OF.get(bare) ?? demonymByShape(bare, actors);
    const d = c && map.has(c) ? demonymOf(c, map.get(c)!, bare) : undefined;
    if (d && !used.has(d)) map.set(bare, d);
  }
  return map;
}

function rewrite(s: string, map: Map<string, string>, re: RegExp | null): string {
  return re ? s.replace(re, (w) => map.get(w) ?? w) : s;
}

function rewriteDeep(v: unknown, map: Map<string, string>, re: RegExp | null): unknown {
  if (typeof v === 'string') return rewrite(v, map, re);
  if (Array.isArray(v)) return v.map((x) => rewriteDeep(x, map, re));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = /^(id|source|license)$/.test(k) ? x : rewriteDeep(x, map, re);
    return out;
  }
  return v;
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const outDir = join('.bench', 'invented');
mkdirSync(outDir, { recursive: true });
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const overall = (f: string) =>
  execFileSync('node', ['bin/stance.js', 'eval', f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .find((l) => l.startsWith('overall'))
    ?.trim() ?? '?';
for (const f of files) {
  const lines = readFileSync(f, 'utf8').split('\n').filter((l) => l.trim());
  const out = lines.map((l) => {
    const doc = JSON.parse(l) as { actors?: { name: string; aliases?: string[] }[] };
    const map = wordMap(doc.actors ?? []);
    const keys = [...map.keys()].sort((a, b) => b.length - a.length);
    const re = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
    return JSON.stringify(rewriteDeep(doc, map, re));
  });
  const target = join(outDir, basename(f));
  writeFileSync(target, `${out.join('\n')}\n`);
  console.log(`${basename(f)}\n  real      ${overall(f)}\n  invented  ${overall(target)}`);
}
