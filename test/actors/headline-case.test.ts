/**
 * A headline written in sentence case, a clause with its verb ("Tories reject coalition with Labour"), marks names with
 * its capitals as prose does, so its parties are found and hold its stance; a header with no verb ("Ministry of Foreign
 * Affairs press briefing") and a Title Case headline are read as before. Seen in a coalition report checked by hand,
 * whose headline "Liberals not open to coalition government suggested by NDP" gave the refusal to the NDP.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const holders = (text: string) => {
  const d = analyze(text);
  return d.cues.map((c) => d.actors.find((a) => a.id === c.holder)?.name ?? null);
};

describe('a sentence-case headline', () => {
  it('names its subject party, which holds the stance', () => {
    expect(holders('Tories reject coalition with Labour\n\nThe vote is on Friday.')).toEqual(['Tories']);
  });
  it('the agent of a participle after the object does not take it', () => {
    expect(holders('Liberals not open to coalition government suggested by Halden Party\n\nThe vote is on Friday.')).toEqual(['Liberals']);
  });
  it('a header with no verb names no new organisation', () => {
    const d = analyze('Transcript: Velmor Ministry of Trade press briefing, March 3\n\nThe briefing was short.');
    expect(d.actors.map((a) => a.name)).not.toContain('Velmor Ministry of Trade');
  });
});
