/**
 * A state's name inside another place's name (words.yml place_prefix) is not the state: "Northern Ireland", "South
 * America", "East Jerusalem". Found by hand in a labour report ("local authorities in England,
 * Wales and Northern Ireland" had made Ireland the holder of a vote against an offer). And a new single name after
 * "members/leaders/officials of" is a party when it acts ("Members of Tarvex voted against the offer").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const names = (text: string) => analyze(text).actors.map((a) => a.name);
const holderOf = (text: string) => {
  const d = analyze(text);
  return d.cues.map((c) => d.actors.find((a) => a.id === c.holder)?.name ?? null);
};

describe('a state inside another place name', () => {
  it.each([
    ['Northern Ireland', 'Ministers in Northern Ireland rejected the offer.', 'Ireland'],
    ['South America', 'Leaders from South America rejected the plan.', 'United States'],
    ['Latin America', 'Governments across Latin America rejected the plan.', 'United States'],
    ['Western Australia', 'The premier of Western Australia rejected the plan.', 'Australia'],
    ['East Jerusalem', 'Residents of East Jerusalem rejected the plan.', 'Israel'],
  ])('%s names no %s', (_place, text, state) => {
    expect(names(text)).not.toContain(state);
  });

  it('a bare unknown place so named still acts as a party', () => {
    expect(holderOf('Northern Cyprus rejected the plan.')).toEqual(['Northern Cyprus']);
  });

  it.each([
    ['North Korea rejected the plan.', 'North Korea'],
    ['South Africa rejected the plan.', 'South Africa'],
    ['New Zealand rejected the plan.', 'New Zealand'],
  ])('a state whose own name has the word stays that state: %s', (text, state) => {
    expect(holderOf(text)).toEqual([state]);
  });

  it('a headline, all in capitals, is left as it was', () => {
    expect(names('US And South Korea Reject Plan')).toEqual(['United States', 'South Korea']);
  });

  it('"New" opening a sentence is not read as part of a place', () => {
    expect(names('New Iran sanctions were rejected by Russia.')).toContain('Iran');
  });
});

describe('members of a new name', () => {
  it.each([
    ['Members of Tarvex voted against the offer.', 'Tarvex'],
    ['Officials of Brelmor rejected the offer.', 'Brelmor'],
  ])('%s', (text, party) => {
    expect(holderOf(text)).toEqual([party]);
  });
});
