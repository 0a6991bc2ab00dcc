import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe("a state's armed forces", () => {
  it('names "the <demonym> military" as an organisation of that country', () => {
    const list = actors('The Peruvian army refused to leave the square. The Chilean military said it was ready for talks.');
    expect(named(list, 'Peruvian army')?.type).toBe('organization');
    expect(named(list, 'Peruvian army')?.affiliation).toBe(named(list, 'Peru')?.id);
    expect(texts(named(list, 'Chilean military'))).toEqual(['Chilean military', 'it']);
  });
  it("keeps the country's own mention before a possessive", () => {
    const list = actors("Bolivia's military rejected the demand.");
    expect(texts(named(list, 'Bolivia'))).toEqual(['Bolivia']);
    expect(texts(named(list, 'Bolivian military'))).toEqual(['military']);
  });
  it('gives a bare "the military" to the country "the government" would stand for', () => {
    const list = actors('Ecuador held talks with the strikers on Monday. The military said it would not intervene. Later the army withdrew.');
    const m = named(list, 'Ecuadorean military');
    expect(texts(m)).toEqual(['The military', 'it', 'the army']);
    expect(m?.affiliation).toBe(named(list, 'Ecuador')?.id);
  });
  it('is a party of its own when no country is named', () => {
    const list = actors('The army refused to negotiate.');
    expect(texts(named(list, 'army'))).toEqual(['The army']);
  });
  it('leaves a modifier alone: "a military coup", "army officers"', () => {
    const list = actors('Peru suffered a military coup. Army officers met the Peruvian military leadership.');
    expect(list.find((a) => /military|army/i.test(a.name) && a.type === 'organization')).toBeUndefined();
  });
});
