/**
 * A company described by its trade ("the airline", "the drugmaker", "the retailer"): the company introduced
 * with that trade, else the one company the text has named, else a party of its own, so that a stance toward
 * it is not lost because the story never names it. Sentences of our own, with invented parties.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const holderOf = (text: string, type: string) => {
  const doc = analyze(text);
  const cue = doc.cues.find((c) => c.type === type);
  return { doc, cue, holder: cue ? (doc.actors.find((a) => a.id === cue.holder)?.name ?? null) : undefined };
};

describe('trade descriptions of a company', () => {
  it('a stance toward a company never named is still found ("negotiate with the airline")', () => {
    for (const text of ['The union refused to negotiate with the airline.', 'Pilots refused to negotiate with the carrier.', 'The drivers will not negotiate with the retailer.']) {
      const { doc, cue } = holderOf(text, 'refusal');
      expect(cue, text).toBeDefined();
      expect(doc.actors.map((a) => a.name)).toContain(text.match(/the (\w+)\.$/)![1]);
    }
  });

  it('the one company a story names is the company its trade noun describes', () => {
    const text = 'Avelon Therapeutics walked away from talks with the health service.\n\nThe drugmaker said it would not launch the drug at the proposed price.';
    const { doc } = holderOf(text, 'refusal');
    const refusals = doc.cues.filter((c) => c.type === 'refusal');
    expect(refusals).toHaveLength(2);
    for (const c of refusals) expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Avelon Therapeutics');
  });

  it('the company introduced with the trade wins over another company named later', () => {
    const text = 'The carrier Skyvale and its caterer Orvane Foods met on Monday. The carrier said it would not sign the deal.';
    const doc = analyze(text);
    const cue = doc.cues.find((c) => c.type === 'refusal');
    expect(doc.actors.find((a) => a.id === cue?.holder)?.name).toBe('Skyvale');
  });

  it('with two companies and neither of the trade, the trade noun is nobody', () => {
    const doc = analyze('Orvane Foods and Kestrel Robotics met on Monday. The airline was not mentioned again.');
    expect(doc.actors.map((a) => a.name)).not.toContain('airline');
  });
});
