/** Parties found from the language when every name is new (sentences of our own, invented names). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { actors, named } from './helpers.js';

const holders = (text: string) => analyze(text).cues.map((c) => [c.type, c.holder]);

describe('unknown people', () => {
  it('reads a new name set off by commas after a title phrase as a person', () => {
    const list = actors('The head of the Barunian negotiating team, Telmo Vasquerio, believes a deal can be signed this week.');
    expect(named(list, 'Telmo Vasquerio')).toMatchObject({ type: 'person', known: false });
    expect(holders('A spokesman for the rebels, Odri Kamatuvo, said the group would not sign the accord.')).toEqual([['refusal', 'odri-kamatuvo']]);
  });
  it('reads a name right after "said" and before its clause ends, or before an age, as a person', () => {
    const list = actors('"We will not move," said Pelka Dravonic. Zuri Amtego, 54, chairs the growers\' group.');
    expect(named(list, 'Pelka Dravonic')).toMatchObject({ type: 'person' });
    expect(named(list, 'Zuri Amtego')).toMatchObject({ type: 'person' });
  });
  it('keeps a three-word name after a title whole when its last word is also a given name', () => {
    const list = actors('General Tarkun Odabe Bev says the prisoners should be released.');
    expect(named(list, 'Tarkun Odabe Bev')).toMatchObject({ type: 'person' });
  });
});

describe('unknown parties that act', () => {
  it('reads a new name as the subject of a verb after an adverb ("the Nuzon also agreed")', () => {
    expect(holders('Under the 2005 accord, the Varkosi also agreed to abandon its weapons programme.')).toEqual([['engagement', 'varkosi']]);
    // ("never", which compromise tags Negative rather than Adverb)
    expect(holders('Norland never accepted the offer from Vesk.')).toEqual([['refusal', 'norland']]);
  });
  it('keeps one party for one new name, and reads a name ending in -s with a singular verb as no people', () => {
    const list = actors('Talks began in Lakeport. Tavros wants to learn the fate of ten citizens. To show its resolve, Tavros has sent a delegation.');
    const t = list.filter((a) => a.name === 'Tavros');
    expect(t).toHaveLength(1);
    expect(t[0]!.type).not.toBe('group');
  });
  it('calls a person with an Arabic surname by the surname without its article ("Walid al-Kareem" … "Kareem also said")', () => {
    const list = actors('Foreign Minister Tamir al-Kareem arrived on Monday. Kareem also said he was ready to exchange prisoners.');
    expect(list.filter((a) => /Kareem/.test(a.name)).map((a) => a.type)).toEqual(['person']);
  });
});

describe('new states from the language', () => {
  it('makes a new name before "government" a country, so that "the government" finds it', () => {
    expect(holders('Tarvessa government drops appeal\n\nThe Tarvessa government has abandoned its appeal. The government has so far resisted releasing the report.')).toEqual([
      ['refusal', 'tarvessa'],
      ['refusal', 'tarvessa'],
    ]);
  });
  it('reads a two-word new name with a state organ as a country, but not when it opens a longer name', () => {
    const list = actors("Talks in Duk Sezok stalled. Duk Sezok's ruling party said the plan was unacceptable. Duk Sezok People's Party members walked out.");
    expect(named(list, 'Duk Sezok')).toMatchObject({ type: 'country', known: false });
    expect(list.find((a) => a.type === 'country')!.mentions).toHaveLength(2);
  });
  it('does not make a leader\'s name a country ("the Kikete government" after "Mr. Kikete")', () => {
    const list = actors('Mr. Kikete met the envoy. The Kikete government said talks were over.');
    expect(list.filter((a) => a.type === 'country')).toHaveLength(0);
  });
});
