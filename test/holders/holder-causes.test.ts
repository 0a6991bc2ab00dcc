/**
 * Holder rules of general English, each on sentences written for it (invented where a name is new):
 * the holder of a nominalised stance owned by a verb's object, …
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

/** each cue as "type holder-name «text»" */
function cues(text: string): string[] {
  const r = analyze(text);
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.cues.map((c) => `${c.type} ${c.holder ? name.get(c.holder) : null} «${c.text}»`);
}
const holderOf = (text: string, type: string, trigger: string) =>
  cues(text)
    .find((c) => c.startsWith(`${type} `) && c.includes(trigger))
    ?.replace(/^\S+ /, '')
    .replace(/ «.*$/, '');

describe('holders: a nominalised stance belongs to its possessor, even as the object of another verb', () => {
  it('"X rejected Y\'s demand that …": the demand is Y\'s, the rejection X\'s', () => {
    const t = 'Chile rejected Peru\'s demand that it withdraw its troops.';
    expect(holderOf(t, 'condition', 'demand')).toBe('Peru');
    expect(holderOf(t, 'refusal', 'rejected')).toBe('Chile');
  });
  it('plural and other demand nouns', () => {
    expect(holderOf('Norway dismissed Sweden\'s demands for a new border survey.', 'condition', 'demands')).toBe('Sweden');
    expect(holderOf('Chile rejected Peru\'s conditions for talks.', 'condition', 'conditions')).toBe('Peru');
  });
  it('a condition clause after a possessed noun is not inside it: "X could improve its offer only if Y agreed"', () => {
    const t = 'The Corven board said it could improve its pay offer only if the union accepted longer shifts.';
    expect(holderOf(t, 'condition', 'only if')).toMatch(/Corven/);
  });
  it('the verb\'s own subject still holds a stance whose trigger is the verb', () => {
    expect(holderOf('Peru welcomed Chile\'s offer to hold talks.', 'engagement', 'welcomed')).toBe('Peru');
  });
});

describe('holders: a requirement in the passive is the speaker\'s, and falls on its "by" agent', () => {
  it('"X said the deal would have to be approved by all sides" is X\'s condition', () => {
    expect(holderOf('Jorge Alvarez said any agreement would have to be approved by all sides.', 'condition', 'approved')).toBe('Jorge Alvarez');
    expect(holderOf('The Velmor union said the new rota must be accepted by management.', 'condition', 'accepted')).toMatch(/Velmor/);
  });
  it('the agent of a passive that is no requirement still holds: "the offer was rejected by X"', () => {
    expect(holderOf('The offer was rejected by Peru on Friday.', 'refusal', 'rejected')).toBe('Peru');
  });
});

describe('holders: "X, <appositive>, says it …" — the pronoun is the reporting verb\'s subject', () => {
  it('the appositive that closes before the verb, not a possessive in the description it renames', () => {
    const t = 'Peru\'s most powerful union, the Peru Labor Congress, says it may join the strike if the government fails to resolve the dispute.';
    expect(holderOf(t, 'condition', 'if')).toBe('Peru Labor Congress');
  });
  it('a relative clause\'s object before the verb is no appositive', () => {
    const t = 'The Peru Labor Congress, which met Chile on Monday, says it will not negotiate.';
    expect(holderOf(t, 'refusal', 'negotiate')).toBe('Peru Labor Congress');
  });
});

describe('holders: a state organ named in words ("a government delegation", "officials") speaks for the state', () => {
  it('the words right before the trigger (or its catenative verb) are its subject, not an earlier clause\'s actor', () => {
    const t = 'The Colorado Party of Peruvian President Ana Torres said on Monday it will not allow Chilean observers at the vote, as a government delegation readied to resume stalled dialogue with Chile.';
    expect(holderOf(t, 'engagement', 'resume')).toBe('Peru');
  });
  it('a party of no state: the country the text names most', () => {
    const t =
      'Norland held elections in May. Norland\'s ruling Unity Front said it would not allow foreign monitors, as a government delegation prepared to resume talks with Plurim.';
    expect(holderOf(t, 'engagement', 'resume')).toBe('Norland');
  });
  it('a conjunct, "his party" or a name is no state organ', () => {
    expect(cues('Peru and the rebels agreed to resume talks.')).toContain('engagement Peru «agreed to resume talks»');
    expect(holderOf('Ana Torres said her party needs guarantees from the prime minister that he will reform the courts.', 'condition', 'needs')).toBe('Ana Torres');
  });
});
