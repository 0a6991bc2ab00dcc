/**
 * The behavioural suite writes its sentences with the lexicon's verbs conjugated
 * (test/behaviour/cases.ts): the forms must be English, or a case tests a word no
 * text has ("skiped", "disow").
 */
import { describe, expect, it } from 'vitest';
import { formsOf, regularPast } from './behaviour/cases.js';

describe('conjugating the lexicon for the behavioural suite', () => {
  it.each([
    ['{skip}', 'skip', 'skipped', 'skipped'],
    ['{disown}', 'disown', 'disowned', 'disowned'],
    ['{forgo}', 'forgo', 'forwent', 'forgone'],
    ['{cast} aside', 'cast aside', 'cast aside', 'cast aside'],
    ['{set} aside', 'set aside', 'set aside', 'set aside'],
    ['{undercut}', 'undercut', 'undercut', 'undercut'],
    ['{rebut}', 'rebut', 'rebutted', 'rebutted'],
    ['{shy} away from', 'shy away from', 'shied away from', 'shied away from'],
    ['{withdraw}', 'withdraw', 'withdrew', 'withdrawn'],
    ['{undertake}', 'undertake', 'undertook', 'undertaken'],
    ['{bring} down', 'bring down', 'brought down', 'brought down'],
    ['{torpedo}', 'torpedo', 'torpedoed', 'torpedoed'],
    ['{open}', 'open', 'opened', 'opened'],
  ])('%s', (item, base, past, participle) => {
    expect(formsOf(item)).toEqual({ base, past, participle });
  });

  it('doubles a final consonant only after one stressed vowel', () => {
    const pasts = ['ban', 'snub', 'admit', 'control', 'deter', 'offer', 'visit', 'exit', 'spurn', 'agree', 'deny', 'stay', 'veto'].map(regularPast);
    expect(pasts).toEqual(['banned', 'snubbed', 'admitted', 'controlled', 'deterred', 'offered', 'visited', 'exited', 'spurned', 'agreed', 'denied', 'stayed', 'vetoed']);
  });
});
