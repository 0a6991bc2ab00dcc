import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe('document affiliations', () => {
  it('gives bare officials the country that dominates the story', () => {
    const list = actors('Peru raised tariffs. Peru says the move is temporary. Officials said Peru would review it.');
    expect(named(list, 'Officials')?.affiliation).toBe('PER');
  });
  it('makes the opposition the one party called so', () => {
    const list = actors('The opposition Harmony Party boycotted the vote. The opposition said it would return.');
    expect(texts(named(list, 'Harmony Party'))).toEqual(['The opposition', 'Harmony Party', 'The opposition', 'it']);
  });
});
