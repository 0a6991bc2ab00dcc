/**
 * A partitive ("one of the …", "some of the …") names the subject of its clause, unless an -ing participle after a
 * noun takes it as its object ("growers supplying one of the mills have …"): then the noun before the participle
 * is the subject. Invented sentences, several domains.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

function holderOf(text: string, at: string): string | undefined {
  const d = analyze(text);
  const s = text.indexOf(at);
  const c = d.cues.find((x) => x.start < s + at.length && x.end > s);
  return d.actors.find((a) => a.id === c?.holder)?.name;
}

describe('a partitive after an -ing participle is its object', () => {
  it.each([
    ['Cane growers supplying one of the large sugar mills have given it a week to raise its price.', 'given it a week', 'Cane growers'],
    ['Dockers serving one of the largest shipping lines have refused to negotiate with the port.', 'refused to negotiate', 'Dockers'],
    ['Nurses staffing one of the largest hospitals have rejected the new offer.', 'rejected the new offer', 'Nurses'],
    ['Growers representing some of the largest farms refused to negotiate with the mills.', 'refused to negotiate', 'Growers'],
  ])('%s', (text, at, holder) => {
    expect(holderOf(text, at)).toBe(holder);
  });
  it.each([
    // the partitive itself is the subject
    ['Some of the biggest unions have refused to negotiate.', 'refused to negotiate', 'biggest unions'],
    ['One of the largest rebel groups agreed to join the talks.', 'agreed to join the talks', 'largest rebel groups'],
  ])('no participle: %s', (text, at, holder) => {
    expect(holderOf(text, at)).toBe(holder);
  });
});
