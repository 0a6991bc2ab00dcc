import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const holders = (text: string, re: RegExp) => {
  const doc = analyze(text);
  const c = doc.cues.find((x) => re.test(x.text ?? ''));
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name;
  return c ? (c.holders?.length ? c.holders : c.holder ? [c.holder] : []).map(name) : undefined;
};

describe('unknown names conjoined in a subject are all parties ("Kordania and Tarvessa share …")', () => {
  it('the first conjunct of an unknown subject acts with the last', () => {
    expect(holders('Velmor and Dalmar agreed to resume talks on Monday.', /resume talks/)).toEqual(['Velmor', 'Dalmar']);
  });
  it('a list of three, opening the sentence', () => {
    expect(holders('Velmor, Dalmar and Kesh agreed to resume talks.', /resume talks/)).toEqual(['Velmor', 'Dalmar', 'Kesh']);
  });
  it('an appositive on "both" between the subject and its verb ("X and Y, both …, agreed")', () => {
    expect(holders('Kordania and Tarvessa, both former Soviet republics, agreed to resume talks.', /resume talks/)).toEqual(['Kordania', 'Tarvessa']);
  });
  it('two persons, one with a title: "Bafa Maretu and opposition leader Figuz Rusumu signed"', () => {
    expect(holders('Bafa Maretu and opposition leader Figuz Rusumu signed the agreement.', /signed/)).toEqual(['Bafa Maretu', 'Figuz Rusumu']);
  });
  it('the pair after "between" are the two parties, who hold the talks together: "talks between Velmor and Dalmar resumed"', () => {
    const doc = analyze('Talks between Velmor and Dalmar resumed on Monday.');
    expect(doc.actors.map((a) => a.name)).toEqual(['Velmor', 'Dalmar']);
    expect(doc.cues.map((c) => c.holders)).toEqual([['velmor', 'dalmar']]);
  });
});
