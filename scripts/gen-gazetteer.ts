/**
 * Generates src/actors/countries.json and src/actors/organizations.json.
 *
 *   npx tsx scripts/gen-gazetteer.ts
 *
 * Country data comes from the `world-countries` package (devDependency only; the
 * runtime reads the generated JSON). world-countries is made available under the
 * Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/),
 * © Mohammed Le Doze; countries.json is a derived database and is distributed
 * under the same licence. Corrections and additions come from
 * src/actors/country-overrides.yml; organisations from src/actors/organizations.yml.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import type { GazetteerEntry } from '../src/actors/gazetteer.js';

interface WC {
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface Override {
  id?: string;
  name?: string;
  aliases?: string[];
  metonyms?: string[];
  demonyms?: string[];
  drop?: string[];
  affiliation?: string;
}
interface Overrides {
  include: string[];
  dropCapitals: string[];
  countries: Record<string, Override>;
}

const require = createRequire(import.meta.url);
const wc = require('world-countries/countries.json') as WC[];
const root = new URL('../src/actors/', import.meta.url);
const ov = parse(readFileSync(new URL('country-overrides.yml', root), 'utf8')) as Overrides;

const latin = /^[\p{Script=Latin}\s'’.()-]+$/u;
const KEEP_ALT =
  /\b(?:Republic|Kingdom|States?|Federation|Commonwealth|Principality|Sultanate|Emirates|Confederation|Coast|Islands|Congo|Britain|Burma|Holland|Swaziland|Timor|Macedonia|Vatican|Macao|Viet Nam|Cabo Verde|Côte|Cote|Brunei|Turkiye|Darussalam)\b/;

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

const selected = wc.filter((c) => c.unMember || ov.include.includes(c.cca3));
const dropCaps = new Set(ov.dropCapitals.map((s) => s.toLowerCase()));

// demonyms used by more than one country are ambiguous unless an override keeps them
const demonymCount = new Map<string, number>();
for (const c of selected) {
  const d = c.demonyms?.eng;
  for (const x of uniq([...(d?.m ?? '').split(/,| or /), ...(d?.f ?? '').split(/,| or /)]))
    demonymCount.set(x, (demonymCount.get(x) ?? 0) + 1);
}

const countries: GazetteerEntry[] = selected.map((c) => {
  const o = ov.countries[c.cca3] ?? {};
  const drop = new Set((o.drop ?? []).map((s) => s.toLowerCase()));
  const name = o.name ?? c.name.common;
  const alt = c.altSpellings.filter(
    (a) => latin.test(a) && !a.includes(',') && ((/^[A-Z]{3,}$/.test(a)) || KEEP_ALT.test(a)),
  );
  const aliases = uniq([c.name.common, c.name.official, ...alt, ...(o.aliases ?? [])]).filter(
    (a) => a !== name && !drop.has(a.toLowerCase()),
  );
  const metonyms = uniq([...(c.capital ?? []).filter((x) => !dropCaps.has(x.toLowerCase())), ...(o.metonyms ?? [])]).filter(
    (a) => !drop.has(a.toLowerCase()) && a !== name,
  );
  const d = c.demonyms?.eng;
  const dem = uniq([...(d?.m ?? '').split(/,| or /), ...(d?.f ?? '').split(/,| or /)]).filter(
    (x) => (demonymCount.get(x) ?? 0) === 1,
  );
  const demonyms = uniq([...dem, ...(o.demonyms ?? [])]).filter((a) => !drop.has(a.toLowerCase()) && a !== name);
  return {
    id: o.id ?? c.cca3,
    name,
    type: 'country' as const,
    aliases,
    metonyms,
    demonyms,
    affiliation: o.affiliation ?? null,
  };
});
countries.sort((a, b) => a.id.localeCompare(b.id));

interface OrgIn {
  id: string;
  name: string;
  type?: 'organization' | 'group';
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
  affiliation?: string;
}
const orgsIn = (parse(readFileSync(new URL('organizations.yml', root), 'utf8')) as { organizations: OrgIn[] }).organizations;
const ids = new Set(countries.map((c) => c.id));
const orgs: GazetteerEntry[] = orgsIn.map((o) => {
  if (ids.has(o.id)) throw new Error(`duplicate id ${o.id}`);
  ids.add(o.id);
  return {
    id: o.id,
    name: o.name,
    type: o.type ?? 'organization',
    aliases: uniq(o.aliases ?? []),
    metonyms: uniq(o.metonyms ?? []),
    demonyms: uniq(o.demonyms ?? []),
    affiliation: o.affiliation ?? null,
  };
});
for (const o of orgs) if (o.affiliation && !ids.has(o.affiliation)) throw new Error(`${o.id}: unknown affiliation ${o.affiliation}`);

const write = (file: string, data: unknown) =>
  writeFileSync(new URL(file, root), JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{') + '\n');
write('countries.json', countries);
write('organizations.json', orgs);
console.log(`countries: ${countries.length}, organizations: ${orgs.length}`);
