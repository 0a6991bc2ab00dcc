import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';
import { prepare } from '../holders/helpers.js';
import { resolveHolders } from '../../src/pipeline/holders/index.js';

/** the holders of a text's cues, by name */
function holders(text: string): (string | null)[] {
  const p = prepare(text);
  const { cues, actors: list } = resolveHolders(text, p.hc.parsed, [...p.hc.byId.values()], p.raw);
  return cues.map((c) => list.find((a) => a.id === c.holder)?.name ?? null);
}

describe('governments pass ("the Government of X")', () => {
  it('makes "the Government of X" (a formal name) a party of its own affiliated to the known country X', () => {
    const list = actors('The Government of Peru rejected the proposal.');
    const g = named(list, 'Government of Peru');
    expect(g?.type).toBe('organization');
    expect(list.find((a) => a.id === g?.affiliation)?.name).toBe('Peru');
    expect(list).toHaveLength(2);
  });
  it('makes "the government of X" in lower case a mention of the known country X', () => {
    const list = actors('The envoy urged the government of Peru to talk.');
    expect(texts(named(list, 'Peru'))).toEqual(['government of Peru']);
  });
  it('reads a formal name with a word before it, one without a state, and "the government" after it', () => {
    expect(named(actors('The Federal Government of Somalia agreed to talks.'), 'Federal Government of Somalia')?.type).toBe('organization');
    expect(named(actors('The Government of National Unity refused to attend.'), 'Government of National Unity')?.type).toBe('organization');
    expect(new Set(holders('The Government of Yemen met the envoy. The government said it was ready to reopen the roads.'))).toEqual(new Set(['Government of Yemen']));
  });
  it("makes a region's government its own party, not the state", () => {
    for (const [text, name] of <[string, string][]>[
      ['The Halden state government rejected the claim.', 'Halden state government'],
      ['The provincial government of Vesk agreed to talks.', 'provincial government of Vesk'],
      ['The Marsh County government refused to sign.', 'Marsh County government'],
      ['The New South Wales Government refused to negotiate.', 'New South Wales Government'],
    ])
      expect(named(actors(text), name)?.type, text).toBe('organization');
  });
  it('takes an unknown name after "the government of" for a country', () => {
    const list = actors('The government of Zorvania agreed to talks. Zorvania said it was ready.');
    const z = named(list, 'Zorvania');
    expect(z?.type).toBe('country');
    expect(texts(z)).toContain('government of Zorvania');
    expect(list.find((a) => a.name === 'Government' || a.name === 'government')).toBeUndefined();
  });
  it('takes a one-word name ending as English words may ("the Government of Velmor") for a country', () => {
    expect(named(actors('The Government of Velmor agreed to talks.'), 'Velmor')?.type).toBe('country');
  });
  it('does not take English words after "the Government of" for a country', () => {
    const list = actors('The Government of National Unity met on Monday.');
    expect(list.find((a) => a.type === 'country' && /National/.test(a.name))).toBeUndefined();
  });
  it('gives the stance to the country', () => {
    expect(holders('The administration of Kelmaria refused to negotiate with the rebels.')).toEqual(['Kelmaria']);
  });
});
