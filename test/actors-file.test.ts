import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/pipeline/actors.js';
import { normalise } from '../src/pipeline/normalise.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { builtinGazetteer, loadActorFile, mergeGazetteer, parseActorFile, type Gazetteer } from '../src/schema/actors.js';

const dir = mkdtempSync(join(tmpdir(), 'stance-actors-'));
function file(name: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}
function run(text: string, gazetteer?: Gazetteer) {
  const a = normalise(text);
  return findActors(text, parseSentences(a, splitSentences(text, a)), gazetteer ? { gazetteer } : {});
}

describe('built-in gazetteer', () => {
  it('has every UN member state plus the usual others, with ISO ids', () => {
    const g = builtinGazetteer();
    const countries = g.entries.filter((e) => e.type === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(200);
    const ids = new Set(countries.map((e) => e.id));
    for (const id of ['USA', 'CHN', 'RUS', 'IRN', 'PRK', 'GBR', 'TWN', 'PSE', 'XKX', 'VAT', 'SSD']) expect(ids).toContain(id);
    expect(g.entries.find((e) => e.id === 'USA')?.name).toBe('United States');
  });
});

describe('user actors file', () => {
  it('adds actors and overrides built-ins (YAML)', () => {
    const p = file(
      'actors.yml',
      `actors:
  - name: Northwind Mining
    type: organization
    aliases: [Northwind, NWM]
    affiliation: Chile
  - id: USA
    name: United States
    type: country
    aliases: [Uncle Sam]
`,
    );
    const g = mergeGazetteer(builtinGazetteer(), loadActorFile(p));
    const actors = run('Northwind said NWM would not talk. Uncle Sam disagreed.', g);
    const nw = actors.find((a) => a.id === 'northwind-mining')!;
    expect(nw).toMatchObject({ name: 'Northwind Mining', type: 'organization', affiliation: 'CHL' });
    expect(nw.mentions.map((m) => m.text)).toEqual(['Northwind', 'NWM']);
    expect(actors.find((a) => a.id === 'USA')?.mentions.map((m) => m.text)).toEqual(['Uncle Sam']);
  });

  it('reads JSON too, and does not leak into the next document', () => {
    const p = file('actors.json', JSON.stringify({ actors: [{ name: 'Quillmark', type: 'group' }] }));
    const g = mergeGazetteer(builtinGazetteer(), loadActorFile(p));
    expect(run('Talks with Quillmark failed.', g)[0]).toMatchObject({ id: 'quillmark', type: 'group' });
    expect(run('Talks with Quillmark failed.')).toEqual([]);
  });

  it('reports the file, the field path and what was expected', () => {
    const p = file('bad.yml', 'actors:\n  - name: Acme\n    type: company\n');
    expect(() => loadActorFile(p)).toThrowError(/bad\.yml:3:11: actors\[0\]\.type: .*expected one of "country"/);
  });

  it('rejects unknown keys and bad syntax with a position', () => {
    expect(() => parseActorFile('actors:\n  - name: Acme\n    type: group\n    colour: red\n', 'x.yml')).toThrowError(/x\.yml:2:5: actors\[0\]: Unrecognized key: "colour"/);
    expect(() => parseActorFile('{"actors": [', 'y.json')).toThrowError(/^y\.json:\d+:\d+: not valid YAML\/JSON/);
    expect(() => parseActorFile('people: []', 'z.yml')).toThrowError(/z\.yml.*actors/);
  });

  it('names the file when it cannot be read', () => {
    expect(() => loadActorFile(join(dir, 'missing.yml'))).toThrowError(/missing\.yml/);
  });
});
