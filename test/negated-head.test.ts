import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const types = (text: string) => analyze(text).cues.map((c) => c.type);

describe('a negated head noun reaches the stance in its relative clause (cues.ts negatedHeadBefore)', () => {
  it('flips the stance after "not a <noun> that" and "no <noun> that"', () => {
    expect(types('"That is not a step that we are prepared to pursue," the health board said.')).toEqual(['refusal']);
    expect(types('"It is not a path which the union is willing to take," its leader said.')).toEqual(['refusal']);
  });
  it('leaves the stance alone when the head is not negated, and in a cleft sentence', () => {
    expect(types('"That is a step that we are prepared to pursue," the health board said.')).toEqual(['engagement']);
    expect(types('It is not the union that refused to negotiate.')).toEqual(['refusal']);
  });
});
