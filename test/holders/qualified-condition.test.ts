import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const holderOf = (text: string, type: string, at: string) => {
  const doc = analyze(text);
  const s = text.indexOf(at);
  const c = doc.cues.find((x) => x.type === type && x.start < s + at.length && s < x.end);
  return c ? (doc.actors.find((a) => a.id === c.holder)?.name ?? null) : undefined;
};

describe('holders: a subordinate condition is set by the holder of the stance it qualifies', () => {
  it('not by a party named inside that stance', () => {
    expect(holderOf('Norland said it would not sit in the same room as the Kessa Brigades until the brigades leave the villages.', 'condition', 'until the brigades')).toBe('Norland');
  });
  it('a condition after a joined clause is left to that clause', () => {
    expect(holderOf('Norland refused to attend, and Vesk will only come if the sanctions are lifted.', 'condition', 'if the sanctions')).not.toBe('Norland');
  });
});

describe('holders: a frameless quotation is spoken by the party its introducing sentence names', () => {
  it('not by the paragraph\'s last holder', () => {
    const text = '"The strike will go on," Tomas Reyl of the Port Staff Union told reporters. Tessin Air chief executive Ida Marsh answered within the hour. "We remain willing to meet the union at any time."';
    expect(holderOf(text, 'engagement', 'willing to meet')).toBe('Ida Marsh');
  });
});
