import { describe, expect, it } from 'vitest';
import { afterMentions, drafts } from './helpers.js';

describe('people pass', () => {
  it('reads a person after a title, with the title as a role and the country before it as affiliation', () => {
    const cx = afterMentions("Brazil's Foreign Minister Livia Andrade rejected the plan.");
    const p = [...cx.drafts.values()].find((d) => d.type === 'person')!;
    expect(p.name).toBe('Livia Andrade');
    expect([...p.roles]).toContain('minister');
    expect(p.affiliation).toBe('gz:BRA');
  });
  it('needs evidence for a bare name: "X said" is enough', () => {
    const cx = afterMentions('Tomas Okonkwo said the talks were over.');
    expect(drafts(cx)).toEqual([['Tomas Okonkwo', 'person', ['Tomas Okonkwo']]]);
  });
  it('affiliates a person to the organisation after "of"', () => {
    const cx = afterMentions('Marta Silvano of the Coastal Fishers Union walked out.');
    const p = [...cx.drafts.values()].find((d) => d.type === 'person')!;
    expect(p.affiliation).toBe('org:coastal fishers union');
  });
});
