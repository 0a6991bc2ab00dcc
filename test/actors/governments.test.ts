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
  it('makes "the Government of X" a mention of the known country X', () => {
    const list = actors('The Government of Peru rejected the proposal.');
    expect(texts(named(list, 'Peru'))).toEqual(['Government of Peru']);
    expect(list).toHaveLength(1);
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
