import { describe, expect, it } from 'vitest';
import { mentionAfter } from '../../src/pipeline/holders/target.js';
import { prepare } from './helpers.js';

describe('holders/target: the other party after the trigger', () => {
  it('the first other actor in the clause', () => {
    const p = prepare('Peru agreed to talks with Chile.');
    const peru = p.c.mentions[0]!.actorId;
    expect(p.name(mentionAfter(p.hc, p.c, p.tok('agreed'), peru))).toBe('Chile');
  });
  it('a venue is no target', () => {
    const p = prepare('Peru agreed to talks in Ecuador.');
    const peru = p.c.mentions[0]!.actorId;
    expect(mentionAfter(p.hc, p.c, p.tok('agreed'), peru)).toBeNull();
  });
  it('the clause ends at ", but"', () => {
    const p = prepare('Peru agreed to talks, but Chile hesitated.');
    const peru = p.c.mentions[0]!.actorId;
    expect(mentionAfter(p.hc, p.c, p.tok('agreed'), peru)).toBeNull();
  });
});
