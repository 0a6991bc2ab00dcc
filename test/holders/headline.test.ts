import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { pruneNested } from '../../src/pipeline/holders/overlap.js';

describe('holders/headline and overlap', () => {
  it('a headline naming no holder takes the body lead\'s holder', () => {
    const doc = analyze('Board Rejects Takeover Bid\n\nChile on Monday rejected the takeover bid by a mining group.');
    const head = doc.cues.find((c) => c.sentence === 0);
    expect(head?.holder).toBe('CHL');
  });
  it('a stance inside another party\'s demand is that demand\'s content', () => {
    const doc = analyze('Peru called on Chile to return to talks.');
    expect(doc.cues.map((c) => c.type)).toEqual(['condition']);
    expect(pruneNested(doc.text ?? '', doc.cues)).toEqual(doc.cues);
  });
});
