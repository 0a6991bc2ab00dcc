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
  it('names a person the text calls only by title and surname with the title', () => {
    const list = actors('Secretary Tavolo met the envoys. Prime Minister Bressan agreed. Mr. Quillan says he will wait.');
    const people = list.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual(['Secretary Tavolo', 'Prime Minister Bressan', 'Mr. Quillan']);
    // a full name written anywhere stays the name; a word before the title that is no part of it stays out
    expect(actors('Today Secretary Tavolo met them. Ines Tavolo left.').filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Ines Tavolo']);
    expect(actors('Yesterday Secretary Tavolo met them.').find((a) => a.type === 'person')?.name).toBe('Secretary Tavolo');
    // a title before another title is one of its own ("Prime Minister Sheikh Bressan"), "General" joins its title either way
    const names = (t: string) => actors(t).filter((a) => a.type === 'person').map((a) => a.name);
    expect(names('Prime Minister Sheikh Bressan said she would wait.')).toEqual(['Sheikh Bressan']);
    expect(names('Attorney General Bressan said she would wait. General Secretary Quillan agreed.')).toEqual(['Attorney General Bressan', 'General Secretary Quillan']);
  });
});

describe('sentence adverbs and names', () => {
  const people = (t: string) => actors(t).filter((a) => a.type === 'person').map((a) => a.name);
  it('a capitalised adverb opening a sentence is no word of the name after it ("Later Ana Perrin said")', () => {
    expect(people('Later Ana Perrin said talks would resume. Now Tomas Berg says they will.')).toEqual(['Ana Perrin', 'Tomas Berg']);
  });
});

describe('a person named only by title and one name', () => {
  it('is that name alone later, though another pass had guessed it a new party ("Later Tavo said")', () => {
    const list = actors('Prime Minister Tavo rejected the offer. Later Tavo said talks would resume.');
    expect(list.map((a) => a.name)).toEqual(['Prime Minister Tavo']);
  });
  it('a full name with the same surname still wins ("Secretary Tavolo" … "Ines Tavolo")', () => {
    expect(actors('Today Secretary Tavolo met them. Ines Tavolo left.').filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Ines Tavolo']);
  });
});
