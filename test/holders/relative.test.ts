/** Relative clauses: the subject of "X, which/who VERB …" is its antecedent X. Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { holderOf } from '../helpers/holder-of.js';

const holders = (text: string) => {
  const r = analyze(text);
  return r.cues.map((c) => r.actors.find((a) => a.id === c.holder)?.name ?? null);
};

describe('the antecedent of a relative clause on "which"/"who" holds its stance', () => {
  it('a verb object: "joined the Metal Union, which refused to negotiate"', () => {
    expect(holders('The workers have joined the Metal Union, which refused to negotiate with the company.')).toEqual(['Metal Union']);
  });
  it('a party listed after "between", with a dash: "between North Korea - which has insisted on …"', () => {
    expect(holders('The meeting is a compromise between North Korea - which has insisted on bilateral talks - and the United States.')).toEqual(['North Korea']);
  });
  it('a party after "to" before a stance verb: "sent envoys to the Metal Union, which refused to receive them"', () => {
    expect(holderOf('Bellmont Steel sent two envoys to the Metal Union, which refused to receive them.', /refused/)).toBe('Metal Union');
  });
  it('a time word the tagger reads as an adjective may stand in the clause: "X, which had earlier ruled out …"', () => {
    expect(holderOf('Bellmont Steel welcomed the decision by the Metal Union, which had earlier ruled out any talks.', /ruled out/)).toBe('Metal Union');
  });
  it('a person after "for": "not good enough for Ana Ruiz, who walked out of the meeting"', () => {
    // (the first clause is a stance too since offer-falls-short: "the offer was not good enough")
    expect(holderOf('The offer was not good enough for councillor Ana Ruiz, who walked out of the meeting in protest.', /walked out/)).toBe('Ana Ruiz');
  });
  it('a capital after a party: "diplomats in Oslo, which has quietly mediated" is Norway', () => {
    expect(holders('Diplomats in Oslo, which has quietly mediated between the two since 2023, took notice.')).toEqual(['Norway']);
  });
  it('adverbs and a negation may stand between: "Chile, which has still not agreed to talks"', () => {
    expect(holders('Ecuador criticised Chile, which has still not agreed to talks.')).toEqual(['Chile']);
  });
});

describe('not the antecedent', () => {
  it('a passive relative clause: "the deal with Iran, which was rejected by parliament" is the agent\'s', () => {
    expect(holders('Germany backed the deal with Iran, which was rejected by the parliament.')).toEqual(['Germany', 'parliament']);
  });
  it('"which" after a prepositional object of a thing: "a deal with Iran, which would lift sanctions" is not Iran\'s', () => {
    expect(holders('Japan signed a deal with Iran, which would lift sanctions.')).not.toContain('Iran');
  });
  it('a relative clause with a subject of its own: "the offer from Peru, which Chile rejected"', () => {
    expect(holders('Bolivia studied the offer from Peru, which Chile rejected.')).toEqual(['Bolivia', 'Chile']);
  });
});

describe('an unknown name is a party when it is the subject of a relative clause', () => {
  it('"between Norland - which has insisted on talks - and Ostrava" makes Norland a party', () => {
    const r = analyze('The meeting is a compromise between Norland - which has insisted on bilateral talks - and Ostrava.');
    expect(r.actors.map((a) => a.name)).toContain('Norland');
    expect(holders('The meeting is a compromise between Norland - which has insisted on bilateral talks - and Ostrava.')).toEqual(['Norland']);
  });
  it('but not the antecedent of a passive: "signed the Velmor Accord, which was rejected …"', () => {
    const r = analyze('The ministry signed the Velmor Accord, which was rejected by the opposition.');
    expect(r.actors.map((a) => a.name)).not.toContain('Velmor Accord');
  });
});

describe('a relative clause on the offer has its own subject ("an offer the union dismissed")', () => {
  it('a cue that spans the noun and its relative clause is held by the clause\'s subject, not the offer\'s maker', () => {
    expect(holderOf('Brindle offered a pay rise of 4 percent, an offer the union dismissed out of hand on Tuesday.', /dismissed/)).toBe('union');
  });
  it('"an offer that the union rejected": the party after "that" and an article is no object of the verb before', () => {
    expect(holderOf('Brindle made an offer that the union rejected on Tuesday.', /^rejected$/)).toBe('union');
    expect(holderOf('The union rejected that offer on Tuesday.', /^rejected$/)).toBe('union');
  });
  it('a cue that opens with "which": "…, which Orvena declined" is held by the party after "which"', () => {
    expect(holderOf('Zelmark Foods had proposed a second meeting on Friday, which Orvena Group declined.', /which/)).toBe('Orvena Group');
  });
  it('not a verb trigger with a party object: "resolved not to grant Orvena access to due diligence and will not …"', () => {
    const text = 'The Zelmark Foods board met on Monday. The board has resolved not to grant Orvena Group access to due diligence and will not be engaging further.';
    expect(holderOf(text, /^grant/)).not.toBe('Orvena Group');
  });
});

describe('a relative clause that reports: "X, which says …" speaks for X', () => {
  it('a party listed after "between" speaks its relative clause\'s report, not the first party of the list', () => {
    expect(holderOf('The meeting was a middle way between Norland and Vesk, which says any talks must include Karsk.', /must include/)).toBe('Vesk');
  });
  it('after a dash-set relative clause on the first party', () => {
    expect(holderOf('The plan is a middle way between Norland - which has insisted on direct talks - and Vesk, which says any talks must include Karsk.', /must include/)).toBe('Vesk');
  });
  it('a party of its own in the report keeps its stance', () => {
    expect(holderOf('Norland met Vesk, which said Karsk would not attend the talks.', /would not attend/)).toBe('Karsk');
  });
});
