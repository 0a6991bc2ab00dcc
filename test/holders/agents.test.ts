import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { nounAgent, offerMaker, passiveAgent } from '../../src/pipeline/holders/agents.js';
import { prepare } from './helpers.js';

describe('holders/agents: who acts in a passive or noun trigger', () => {
  it('a passive trigger\'s "by" agent', () => {
    const p = prepare('The offer was rejected by Peru on Friday.');
    const t = p.tok('rejected');
    expect(p.name(passiveAgent(p.hc, p.c, t, t + 1))).toBe('Peru');
    const q = prepare('Peru rejected the offer by Friday.');
    const u = q.tok('rejected');
    expect(passiveAgent(q.hc, q.c, u, u + 1)).toBeNull();
  });
  it('a reduced passive\'s "by" agent: "the offer, rejected by X, …", "the offer rejected by X"', () => {
    const p = prepare('The offer, rejected by Peru on Friday, would have cut tariffs.');
    const t = p.tok('rejected');
    expect(p.name(passiveAgent(p.hc, p.c, t, t + 1))).toBe('Peru');
    const q = prepare('The offer rejected by the Velmor Union would have raised pay.');
    const u = q.tok('rejected');
    expect(q.name(passiveAgent(q.hc, q.c, u, u + 1))).toBe('Velmor Union');
    // a party's own verb is no reduced passive
    const r = prepare('Chile rejected by far the largest offer from Peru.');
    const v = r.tok('rejected');
    expect(passiveAgent(r.hc, r.c, v, v + 1)).toBeNull();
  });
  it('a reduced passive after an ordinal: "the second brokered by X"', () => {
    const p = prepare('The latest truce is the second brokered by Peru since May.');
    const t = p.tok('brokered');
    expect(p.name(passiveAgent(p.hc, p.c, t, t + 1))).toBe('Peru');
  });
  it('a titled name is the head of its phrase: "by former U.N. Secretary-General X" is X, "by Peru and X" is Peru', () => {
    const p = prepare('The talks were brokered by former U.N. Secretary-General Ilse Varga on Friday.');
    const t = p.tok('brokered');
    expect(p.name(passiveAgent(p.hc, p.c, t, t + 1))).toBe('Ilse Varga');
    const q = prepare('The talks were mediated by the United Nations and Ilse Varga on Friday.');
    const u = q.tok('mediated');
    expect(q.name(passiveAgent(q.hc, q.c, u, u + 1))).toBe('United Nations');
  });
  it('a noun trigger\'s "by" agent, and "of" only after a demand noun', () => {
    const p = prepare('A boycott by Chile of the summit was announced.');
    const t = p.tok('boycott');
    expect(p.name(nounAgent(p.hc, p.c, t, t + 1))).toBe('Chile');
    const q = prepare('A key demand of Chile is a border review.');
    const u = q.tok('demand');
    expect(q.name(nounAgent(q.hc, q.c, u, u + 1))).toBe('Chile');
  });
  it('no agent for the object of an adjective: "open to proposals from X" is the subject\'s stance', () => {
    const p = prepare('Lima remains open to any future proposals from Chile.');
    const t = p.tok('open');
    expect(nounAgent(p.hc, p.c, t, p.tok('proposals') + 1)).toBeNull();
    const doc = analyze('Lima remains open to any future proposals from Chile.');
    expect(doc.cues.map((c) => [c.type, c.holderName])).toEqual([['engagement', 'Lima']]);
  });
  it('"at the invitation of X": X is the inviter', () => {
    const p = prepare('The two delegations gathered in Lima at the invitation of the Government of Chile.');
    const t = p.tok('invitation');
    expect(p.name(nounAgent(p.hc, p.c, t - 2, t + 2))).toBe('Government of Chile');
  });
  it('an offer\'s maker holds what it offers', () => {
    const p = prepare('Lima welcomed an offer from Chile to restart talks.');
    expect(p.name(offerMaker(p.hc, p.c, p.tok('to')))).toBe('Chile');
    const q = prepare('Lima sent troops from Chile to restart talks.');
    expect(offerMaker(q.hc, q.c, q.tok('to'))).toBeNull();
  });
});

describe('holders/agents: the receiver of an offer refused in an agentless passive', () => {
  const holderOf = (text: string, type: string) => {
    const doc = analyze(text);
    const c = doc.cues.find((x) => x.type === type)!;
    return doc.actors.find((a) => a.id === c.holder)?.name;
  };
  it('"X approached Y with an offer, which was rebuffed": Y refused', () => {
    expect(holderOf('Zelmark Foods approached Orvena Group in May with an offer of 2 billion euros, which was rebuffed within a day.', 'refusal')).toBe('Orvena Group');
  });
  it('"X sent a proposal to Y that was turned down": Y refused', () => {
    const doc = analyze('Zorvania sent a proposal to Peru that was turned down on Friday.');
    const c = doc.cues.find((x) => x.type === 'refusal')!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Peru');
  });
  it('"X made an offer to Y, but it was rejected": Y refused (the "it" of a joined clause, an article before Y)', () => {
    expect(holderOf('Zelmark Foods made an offer of 2 billion euros to the Orvena Group on Monday, but it was rejected.', 'refusal')).toBe('Orvena Group');
  });
  it('a possessive maker is not this pattern: "Y rejected X\'s proposal, which …"', () => {
    const doc = analyze("Bellmont Steel rejected the union's proposal, which was turned down on Friday.");
    expect(doc.cues.filter((x) => x.type === 'refusal').every((c) => doc.actors.find((a) => a.id === c.holder)?.name === 'Bellmont Steel')).toBe(true);
  });
});

describe('holders/agents: the agent after a title and its body', () => {
  it('"brokered by the president of the Arab League, Tomas Verhoek": the person, not the body', () => {
    const p = prepare('The talks were brokered by the president of the Arab League, Tomas Verhoek.');
    const t = p.tok('brokered');
    expect(p.name(passiveAgent(p.hc, p.c, t - 2, t + 1))).toBe('Tomas Verhoek');
  });
  it('"brokered by the head of the Harlan Fund Ilse Varga": the person', () => {
    const p = prepare('The deal was brokered by the head of the Harlan Fund Ilse Varga.');
    const t = p.tok('brokered');
    expect(p.name(passiveAgent(p.hc, p.c, t - 2, t + 1))).toBe('Ilse Varga');
  });
  it('"brokered by the Harlan Fund, Ilse Varga said": no title, the body', () => {
    const p = prepare('The deal was brokered by the Harlan Fund, Ilse Varga said.');
    const t = p.tok('brokered');
    expect(p.name(passiveAgent(p.hc, p.c, t - 2, t + 1))).toBe('Harlan Fund');
  });
});
