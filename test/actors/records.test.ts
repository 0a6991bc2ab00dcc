import { describe, expect, it } from 'vitest';
import { actors } from './helpers.js';

describe('records', () => {
  it('turns a country named only as a venue into a location, and ids clash-free', () => {
    const list = actors('Talks in Portugal ended. Analysts were doubtful.');
    expect(list.find((a) => a.name === 'Portugal')).toMatchObject({ id: 'PRT', type: 'location' });
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
  });
  it('lists an affiliation named only inside another name last, without mentions', () => {
    const list = actors('UN negotiators arrived.');
    expect(list.at(-1)).toMatchObject({ id: 'un', mentions: [] });
  });
  it('reads a capital as a venue only after "at"; elsewhere it stands for its government', () => {
    const at = actors('Negotiators met at Moscow on Monday.');
    expect(at.find((a) => a.id === 'RUS')).toMatchObject({ type: 'location' });
    const inside = actors('Diplomats gathered in Moscow. Officials said they would not negotiate.');
    expect(inside.find((a) => a.id === 'RUS')).toMatchObject({ type: 'country' });
    expect(inside.find((a) => a.name === 'Officials')?.affiliation).toBe('RUS');
  });
});
