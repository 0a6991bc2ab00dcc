import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const holderOf = (text: string) => {
  const doc = analyze(text);
  return doc.cues.map((c) => doc.actors.find((a) => a.id === c.holder)?.name ?? null);
};

describe('a time phrase before the verb is no reduced passive (holders/agents.ts)', () => {
  it("gives the refusal to the subject, not to the maker of the offer ('X on Sunday rejected an offer by Y')", () => {
    expect(holderOf('Norland on Monday turned down a proposal by Vesk.')).toEqual(['Norland']);
    expect(holderOf('The union last week rejected an offer by the owners.')).toEqual(['union']);
  });
  it('still reads a reduced relative after a noun', () => {
    expect(holderOf('The offer rejected by Tarsk was the third this year.')).toEqual(['Tarsk']);
  });
});
