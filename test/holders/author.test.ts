import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const holderOf = (text: string, type: string) => {
  const doc = analyze(text);
  const c = doc.cues.find((x) => x.type === type);
  return c ? (doc.actors.find((a) => a.id === c.holder)?.name ?? null) : undefined;
};

describe('holders: the author of a statement', () => {
  it('holds the demands its text makes of another party ("Statement by X … Zorvania should …")', () => {
    const text =
      'Statement by the President on Zorvania\n\nThe talks in Zorvania are a step forward. Zorvania and Kelmaria met again on Monday.\n\nZorvania should be prepared to return to the negotiations with a commitment to sign the agreement.';
    expect(holderOf(text, 'condition')).toBe('the President');
  });
  it('is the context holder of a stance whose sentence names no one (without a header: the party named before)', () => {
    const body = 'Zorvania and Kelmaria met in Lakeport on Monday.\n\nA lasting peace will come only if the talks resume next week.';
    expect(holderOf(`Statement by Ana Ruiz\n\n${body}`, 'condition')).toBe('Ana Ruiz');
    expect(holderOf(body, 'condition')).not.toBe('Ana Ruiz');
  });
  it('holds a condition that names no party even after another party\'s stance in the paragraph', () => {
    const text =
      'Statement by Ana Ruiz\n\nBy agreeing to the plan, the Zorvanian negotiators have shown courage. Only by ending the shelling can there be a lasting peace.';
    expect(holderOf(text, 'condition')).toBe('Ana Ruiz');
  });
});

