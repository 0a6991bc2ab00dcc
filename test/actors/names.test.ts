import { describe, expect, it } from 'vitest';
import { scanOf } from '../../src/pipeline/actors/scan.js';
import { gazetteerNameAt } from '../../src/pipeline/actors/names.js';
import { afterMentions, context, drafts } from './helpers.js';

describe('names pass (gazetteer)', () => {
  it('reads a gazetteer name at a token and moves past it', () => {
    const cx = context('Talks with Brazil resumed on Monday.');
    const sc = scanOf(cx, cx.parsed[0]!)!;
    expect(gazetteerNameAt(sc, 0)).toBeUndefined();
    expect(gazetteerNameAt(sc, 2)).toBe(3);
    expect(drafts(cx)).toEqual([['Brazil', 'country', ['Brazil']]]);
  });
  it('builds an organisation on a gazetteer name, and a group or the government on a demonym', () => {
    const cx = afterMentions('The Brazilian Farmers Federation met Peruvian officials and the Chilean government.');
    expect(drafts(cx)).toEqual([
      ['Brazilian Farmers Federation', 'organization', ['Brazilian Farmers Federation']],
      ['Peruvian officials', 'group', ['Peruvian officials']],
      ['Chile', 'country', ['Chilean government']],
    ]);
  });
  it('marks a place after "in" as a venue', () => {
    const cx = afterMentions('The envoys met in Portugal.');
    const pt = [...cx.drafts.values()].find((d) => d.name === 'Portugal')!;
    expect(pt.mentions[0]!.venue).toBe(true);
  });
});
