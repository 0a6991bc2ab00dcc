import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe("a country's people by the plural of its demonym", () => {
  it('is a group of that name, of the country', () => {
    const list = actors('The Israelis rejected the offer. Palestinians said they would return to the table.');
    expect(texts(named(list, 'Israelis'))).toEqual(['The Israelis']);
    expect(named(list, 'Israelis')?.affiliation).toBe(named(list, 'Israel')?.id);
    expect(texts(named(list, 'Palestinians'))).toEqual(['Palestinians', 'they']);
    expect(named(list, 'Palestinians')?.affiliation).toBe(named(list, 'Palestine')?.id);
  });
  it('reads a possessive and an object as well', () => {
    const list = actors("The Afghans' demands were heard. Ministers met Thais on Sunday.");
    expect(named(list, 'Afghans')?.type).toBe('group');
    expect(named(list, 'Thais')?.type).toBe('group');
  });
  it('leaves a word of a longer name alone', () => {
    const list = actors('The Palestinians Abroad Forum met on Sunday.');
    expect(named(list, 'Palestinians')).toBeUndefined();
  });
});
