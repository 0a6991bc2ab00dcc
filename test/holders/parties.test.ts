import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { isCommentator, notAnAgency } from '../../src/pipeline/holders/parties.js';
import { prepare } from './helpers.js';

describe('holders/parties: audiences, commentators, agencies', () => {
  it('meeting reporters is no engagement; meeting a party is', () => {
    expect(analyze('Peru met with reporters on Monday.').cues).toEqual([]);
    expect(analyze('Peru met with Chile on Monday.').cues.map((c) => c.type)).toEqual(['engagement']);
  });
  it('analysts hold no stance; a news agency passes its stance to the context', () => {
    const p = prepare('Analysts said Peru would talk. Reuters refused to comment.');
    const analysts = [...p.hc.byId.values()].find((a) => /analysts/i.test(a.name));
    if (analysts) expect(isCommentator(p.hc, analysts.id)).toBe(true);
    const peru = [...p.hc.byId.values()].find((a) => a.name === 'Peru')!;
    expect(isCommentator(p.hc, peru.id)).toBe(false);
    expect(notAnAgency(p.hc, peru.id, () => null)).toBe(peru.id);
  });
});
