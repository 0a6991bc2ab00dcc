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
});
