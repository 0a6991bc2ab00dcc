import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorById, findActors, mentionsBySentence } from '../src/pipeline/actors.js';
import { normalise } from '../src/pipeline/normalise.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import type { ActorRecord } from '../src/pipeline/types.js';

function run(text: string): ActorRecord[] {
  const a = normalise(text);
  const actors = findActors(text, parseSentences(a, splitSentences(text, a)));
  for (const x of actors) for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}
const byName = (actors: ActorRecord[], name: string) => actors.find((a) => a.name === name);
const texts = (a: ActorRecord | undefined) => a?.mentions.map((m) => m.text) ?? [];
const people = (actors: ActorRecord[]) => actors.filter((a) => a.type === 'person').map((a) => a.name);

describe('countries and metonyms', () => {
  it('maps short names, acronyms, capitals and seats of government to the country', () => {
    const actors = run('The Kremlin said Moscow would answer. The U.S. and the United States of America are one; the White House agreed with Washington.');
    const rus = actorById(actors).get('RUS');
    expect(rus?.name).toBe('Russia');
    expect(texts(rus)).toEqual(['Kremlin', 'Moscow']);
    const usa = actorById(actors).get('USA');
    expect(usa?.name).toBe('United States');
    expect(texts(usa)).toEqual(expect.arrayContaining(['U.S.', 'United States of America', 'White House', 'Washington']));
  });
  it('uses spec canonical names and ISO ids', () => {
    const actors = run('Britain, North Korea and Iran met Turkey.');
    expect(actors.map((a) => [a.id, a.name])).toEqual([
      ['GBR', 'United Kingdom'],
      ['PRK', 'North Korea'],
      ['IRN', 'Iran'],
      ['TUR', 'Turkey'],
    ]);
  });
  it('does not take the pronoun "us" or the word "who" for actors', () => {
    const actors = run('They told us who would pay. The WHO and the US disagreed.');
    expect(actors.map((a) => a.id).sort()).toEqual(['USA', 'who'].sort());
    expect(texts(actorById(actors).get('USA'))).toEqual(['US']);
  });
  it('maps a demonym alone to the country', () => {
    const actors = run('Iranian pressure grew over the summer.');
    expect(actors[0]).toMatchObject({ id: 'IRN', type: 'country' });
    expect(actors[0]!.mentions[0]!.kind).toBe('demonym');
  });
  it('recognises international organisations', () => {
    const actors = run('The E.U. and NATO met the U.N. Security Council and the IMF.');
    expect(actors.map((a) => a.id)).toEqual(['eu', 'nato', 'unsc', 'imf']);
    expect(actorById(actors).get('unsc')?.affiliation).toBe('un');
  });
});

describe('groups', () => {
  it('makes demonym + role noun a group affiliated to the country', () => {
    const actors = run('Mexican negotiators walked out. Later, Kenyan teachers rejected the offer.');
    expect(byName(actors, 'Mexican negotiators')).toMatchObject({ type: 'group', affiliation: 'MEX', id: 'mexican-negotiators' });
    expect(byName(actors, 'Kenyan teachers')).toMatchObject({ type: 'group', affiliation: 'KEN' });
  });
  it('makes demonym + government the country itself', () => {
    const actors = run('The Peruvian government refused.');
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ id: 'PER', type: 'country' });
    expect(actors[0]!.mentions[0]).toMatchObject({ text: 'Peruvian government', kind: 'description' });
  });
  it('finds bare groups and resolves a later "the rebels" to the same group', () => {
    const actors = run('Separatist rebels seized the town. Analysts expect the rebels to negotiate.');
    const rebels = byName(actors, 'Separatist rebels');
    expect(texts(rebels)).toEqual(['Separatist rebels', 'the rebels']);
    expect(byName(actors, 'Analysts')?.type).toBe('group');
  });
  it('needs a modifier for weak heads like "countries"', () => {
    expect(run('Many countries agreed.').filter((a) => a.type === 'group')).toHaveLength(0);
    expect(byName(run('Poor countries agreed.'), 'Poor countries')?.type).toBe('group');
  });
});

describe('people', () => {
  it('strips a title and affiliates to the country before it', () => {
    const actors = run('Canadian Finance Minister Jane Morrow met reporters.');
    expect(people(actors)).toEqual(['Jane Morrow']);
    expect(byName(actors, 'Jane Morrow')?.affiliation).toBe('CAN');
  });
  it('affiliates through a possessive and apposition', () => {
    const actors = run("Tokyo's chief negotiator, Kenji Watanabe, arrived on Monday.");
    expect(byName(actors, 'Kenji Watanabe')?.affiliation).toBe('JPN');
  });
  it('affiliates through "from the X"', () => {
    const actors = run('Maria Lopez from the Brookings Institution disagreed.');
    expect(byName(actors, 'Maria Lopez')?.affiliation).toBe('brookings-institution');
    expect(byName(actors, 'Brookings Institution')?.type).toBe('organization');
  });
  it('reads a capital "He" before a name as a surname', () => {
    const actors = run('Vice Premier He Yanming will travel to Paris. He said talks would help.');
    expect(people(actors)).toEqual(['He Yanming']);
    const he = byName(actors, 'He Yanming')!;
    expect(he.mentions.map((m) => m.kind)).toEqual(['name', 'pronoun']);
  });
  it('splits two titled people joined by "and"', () => {
    const actors = run('Defense Minister Paul Okafor and Interior Minister Grace Bello signed the deal.');
    expect(people(actors)).toEqual(['Paul Okafor', 'Grace Bello']);
  });
  it('does not make people of capitalised phrases without evidence', () => {
    expect(people(run('Trade Talks resumed in Geneva on Friday. Human Rights matter.'))).toEqual([]);
  });
  it('resolves a surname and a title to the person', () => {
    const actors = run('Prime Minister Arjun Mehta arrived late. Mehta spoke first. The prime minister then left.');
    const p = byName(actors, 'Arjun Mehta')!;
    expect(p.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Arjun Mehta', 'name'],
      ['Mehta', 'surname'],
      ['The prime minister', 'title'],
    ]);
  });
});

describe('organisations', () => {
  it('finds names ending in an organisation head and parenthesised acronyms', () => {
    const actors = run('The National Farmers Union (NFU) rejected the plan. The NFU said it would strike.');
    const nfu = byName(actors, 'National Farmers Union')!;
    expect(nfu.type).toBe('organization');
    expect(texts(nfu)).toEqual(['National Farmers Union', 'NFU', 'NFU', 'it']);
  });
  it('affiliates a ministry named with its country', () => {
    const actors = run("Chile's Foreign Ministry protested.");
    expect(byName(actors, 'Foreign Ministry')?.affiliation).toBe('CHL');
  });
});

describe('pronouns', () => {
  it('respects gender', () => {
    const actors = run('Finance Minister Laura Conti met Economy Minister Marco Rossi. She said he was right.');
    expect(texts(byName(actors, 'Laura Conti'))).toEqual(['Laura Conti', 'She']);
    expect(texts(byName(actors, 'Marco Rossi'))).toEqual(['Marco Rossi', 'he']);
  });
  it('resolves "it" to a country or organisation, never a person', () => {
    const actors = run('Minister Paul Novak said Poland would not sign. It wants more time.');
    expect(texts(byName(actors, 'Poland'))).toEqual(['Poland', 'It']);
  });
  it('resolves "they" to a group or country', () => {
    const actors = run('Colombian officials said they were ready.');
    expect(texts(byName(actors, 'Colombian officials'))).toEqual(['Colombian officials', 'they']);
  });
  it('leaves first-person pronouns alone', () => {
    const actors = run('"We will not kneel," Vietnam said.');
    expect(texts(byName(actors, 'Vietnam'))).toEqual(['Vietnam']);
  });
  it('skips an expletive "it"', () => {
    const actors = run('Egypt met Sudan. It is unclear whether talks will resume.');
    expect(actors.flatMap((a) => a.mentions).filter((m) => m.kind === 'pronoun')).toEqual([]);
  });
});

describe('venues and datelines', () => {
  it('makes a country mentioned only as a venue a location', () => {
    const actors = run('Talks with Argentina were held in Norway.');
    expect(byName(actors, 'Argentina')?.type).toBe('country');
    expect(byName(actors, 'Norway')?.type).toBe('location');
  });
  it('skips a dateline', () => {
    const actors = run('NAIROBI (Reuters) - Ethiopia said on Monday it would join the talks.');
    expect(actors.map((a) => a.id)).toEqual(['ETH']);
  });
  it('yields nothing for duplicate sentences', () => {
    const actors = run('Ghana agreed to talks.\n\nGhana agreed to talks.');
    expect(actors[0]!.mentions).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('groups mentions by sentence, sorted', () => {
    const actors = run('Chile met Peru. Peru left.');
    const m = mentionsBySentence(actors);
    expect(m.get(0)!.map((x) => x.text)).toEqual(['Chile', 'Peru']);
    expect(m.get(1)!.map((x) => x.text)).toEqual(['Peru']);
  });
});

describe('seed article', () => {
  const text = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
  const actors = run(text);
  const ids = actorById(actors);
  it('finds the actors with their affiliations', () => {
    expect(ids.get('CHN')).toMatchObject({ name: 'China', type: 'country' });
    expect(ids.get('USA')).toMatchObject({ name: 'United States', type: 'country' });
    expect(ids.get('he-lifeng')).toMatchObject({ name: 'He Lifeng', type: 'person', affiliation: 'CHN' });
    expect(ids.get('scott-bessent')).toMatchObject({ name: 'Scott Bessent', type: 'person', affiliation: 'USA' });
    expect(ids.get('yun-sun')).toMatchObject({ name: 'Yun Sun', type: 'person', affiliation: 'stimson-center' });
    expect(ids.get('stimson-center')).toMatchObject({ name: 'Stimson Center', type: 'organization' });
  });
  it('resolves metonyms and finds no spurious people', () => {
    expect(texts(ids.get('CHN'))).toContain('Beijing');
    expect(texts(ids.get('USA'))).toContain('Washington');
    expect(people(actors).sort()).toEqual(['He Lifeng', 'Scott Bessent', 'Yun Sun']);
  });
  it('makes Switzerland a location', () => {
    expect(ids.get('CHE')?.type).toBe('location');
  });
  it('is sorted by first mention with sorted mentions', () => {
    const firsts = actors.map((a) => a.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (const a of actors) expect(a.mentions.map((m) => m.start)).toEqual([...a.mentions.map((m) => m.start)].sort((x, y) => x - y));
  });
});
