/**
 * Issue 9, item 1: a stance is found from the language, and an unknown name or a common-noun party never
 * suppresses it; its holder is the best party the sentence offers, or null — never another party by context.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { partyPhraseAt, subjectPhrase } from '../../src/pipeline/holders/phrase.js';
import { prepare } from './helpers.js';

const cues = (text: string) => analyze(text).cues.map((c) => ({ type: c.type, text: c.text, holder: c.holder }));

describe('a cue does not depend on knowing the party', () => {
  it('"Farmers refused to negotiate with the government." is a refusal held by the farmers', () => {
    expect(cues('Farmers refused to negotiate with the government.')).toEqual([
      { type: 'refusal', text: 'refused to negotiate with', holder: 'farmers' },
    ]);
  });
  it('"The union refused to negotiate with management." is a refusal held by the union', () => {
    expect(cues('The union refused to negotiate with management.')).toEqual([{ type: 'refusal', text: 'refused to negotiate with', holder: 'union' }]);
  });
  it('"Zorvania refused to negotiate with Plurim." is a refusal held by the unknown name, an actor of its own', () => {
    expect(cues('Zorvania refused to negotiate with Plurim.')).toEqual([{ type: 'refusal', text: 'refused to negotiate with', holder: 'zorvania' }]);
    expect(analyze('Zorvania refused to negotiate with Plurim.').actors.find((a) => a.id === 'zorvania')?.known).toBe(false);
  });
  it('invented names leave type and span as real ones do', () => {
    const real = cues('Peru refused to negotiate with Chile.').map(({ type, text }) => ({ type, text }));
    const invented = cues('Vorstad refused to negotiate with Quillan.').map(({ type, text }) => ({ type, text }));
    expect(invented).toEqual(real);
    expect(real).toHaveLength(1);
  });
  it('a common-noun party after "with": "refused to talk with the council", "met with shop owners"', () => {
    expect(cues('Shop owners refused to talk with the council.').map((c) => c.type)).toEqual(['refusal']);
    expect(cues('The mayor met with shop owners on Friday.').map((c) => c.type)).toEqual(['engagement']);
  });
  it('a pronoun party after "with": "met with them"', () => {
    expect(cues('The envoy met with them on Friday.').map((c) => c.type)).toEqual(['engagement']);
  });
  it('an audience is still no party: "met with reporters", "spoke with the press", "talk with one voice"', () => {
    expect(cues('The minister met with reporters.')).toEqual([]);
    expect(cues('The minister spoke with the press after the vote.')).toEqual([]);
    expect(cues('The allies must talk with one voice.')).toEqual([]);
  });
  it('a needsHolder rule keeps its cue when the caller is an unknown name, and the name holds it', () => {
    const got = cues('Zorvania called on Plurim to release the prisoners.');
    expect(got.map((c) => c.type)).toEqual(['condition']);
    expect(got[0]!.holder).toBe('zorvania');
  });
  it('an unknown name is not lent the context\'s holder: it holds its own stance', () => {
    const got = cues('Peru is angry about the border. Zorvania refused to negotiate with Plurim.');
    expect(got).toEqual([{ type: 'refusal', text: 'refused to negotiate with', holder: 'zorvania' }]);
  });
  it('a commentator is no one\'s fallback holder: a pronoun subject is not lost to "analysts"', () => {
    const got = cues('The cabinet of Vorstad said it was willing to resume talks.\n\nAnalysts doubted it.');
    expect(got.map((c) => c.type)).toContain('engagement');
  });
});

describe('holders/phrase: party-like noun phrases from the words', () => {
  const kind = (text: string, word: string) => {
    const p = prepare(text);
    return partyPhraseAt(p.c.ps.tokens, p.tok(word))?.kind ?? null;
  };
  it('names, common-noun parties, state organs, pronouns; not things or audiences', () => {
    expect(kind('They met with Plurim today.', 'Plurim')).toBe('name');
    expect(kind('They met with management today.', 'management')).toBe('party');
    expect(kind('They met with the government today.', 'the')).toBe('state');
    expect(kind('They met with them today.', 'them')).toBe('pronoun');
    expect(kind('They met with reporters today.', 'reporters')).toBeNull();
    expect(kind('They dealt with the weather today.', 'the')).toBeNull();
  });
  it('the subject phrase of a trigger, past auxiliaries and negation', () => {
    const p = prepare('Shop owners have not agreed to talks.');
    const np = subjectPhrase(p.c, p.tok('agreed'));
    expect(np && p.c.ps.tokens.slice(np.start, np.end).map((t) => t.text).join(' ')).toBe('Shop owners');
    const q = prepare('There can be no talks.');
    expect(subjectPhrase(q.c, q.tok('be'))).toBeNull();
  });
});
