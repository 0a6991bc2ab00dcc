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
  it('makes "the main opposition party" of a lede the political body named right after it', () => {
    const list = actors(
      "Velmora's main opposition party boycotted the budget vote on Thursday. The Civic Renewal Party (CRP) said it would not return until an audit was held. A smaller opposition group, the Green Front, voted against the budget.",
    );
    expect(texts(named(list, 'Civic Renewal Party'))).toEqual(['main opposition', 'Civic Renewal Party', 'CRP', 'it']);
    expect(named(list, 'Green Front')).toBeDefined();
  });
  it('leaves the description alone when no political body is named soon after, or only one described ("the ruling party")', () => {
    const list = actors("Velmora's main opposition alliance shunned the talks run by the ruling party. Officials said the talks would go on.");
    expect(list.map((a) => a.name)).toContain('main opposition');
  });
});
