import { describe, expect, it } from 'vitest';
import { subjectAfterClause, subjectBefore } from '../../src/pipeline/holders/subject.js';
import { prepare } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';
import { holderOf as holderAt } from '../helpers/holder-of.js';

describe('holders/subject: the subject of the trigger\'s clause', () => {
  it('skips a prepositional object: the subject, not the partner', () => {
    const p = prepare('Peru, after talks with Chile, refused to sign the accord.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('refused')))).toBe('Peru');
  });
  it('a statement or letter from a party that opens its clause is that party speaking, not a prepositional object', () => {
    const p = prepare("The statement from Orvane Holdings repeated the offer to sell its stake to Tessaly.");
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('offer')))).toBe("Orvane Holdings");
    const q = prepare("A letter from the Halden Workers' Union said the pay offer was rejected.");
    expect(q.name(subjectBefore(q.hc, q.c, q.tok('rejected')))).toMatch(/Halden Workers/);
    // (not after the verb: "resumed after a statement from Norland" is no subject)
    const r = prepare('Vesk resumed talks after a statement from Norland and agreed to meet.');
    expect(r.name(subjectBefore(r.hc, r.c, r.tok('agreed')))).toBe('Vesk');
  });
  it('an appositive only describes the subject', () => {
    const p = prepare('Ana Weiss, a senior envoy of Peru, rejected the offer.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('rejected')))).toBe('Ana Weiss');
  });
  it('a partitive names its whole as subject', () => {
    const p = prepare('Some of the Kenyan lawmakers refused to vote.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('refused')))).toMatch(/Kenya/);
  });
  it('"the board of X", "the leadership of X": the body speaks for X, its object is the subject', () => {
    const p = prepare('The board of Kestrel Holdings on Friday rejected the offer.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('rejected')))).toBe('Kestrel Holdings');
    const q = prepare('The leadership of the Velmor Group refused to negotiate.');
    expect(q.name(subjectBefore(q.hc, q.c, q.tok('refused')))).toBe('Velmor Group');
  });
  it('the object of a participle after a noun is no subject: "the union representing 900 Velmor teachers walked out"', () => {
    const p = prepare('The Harbour Pilots Association representing 900 Velmor pilots walked out of the talks.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('walked')))).toBe('Harbour Pilots Association');
  });
  it('but "including" is a preposition in all but form', () => {
    const p = prepare('Velmor\'s allies - including Chile - should use their weight.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('should')))).toBe('Chile');
  });
  it('the object of an absolute "with" is the subject of the participle after it', () => {
    const p = prepare('The talks broke off in June, with Peru rejecting the offer from Chile as too low.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('rejecting')))).toBe('Peru');
    const q = prepare('Chile signed the deal with Peru on Monday.');
    expect(q.name(subjectBefore(q.hc, q.c, q.tok('on')))).toBe('Chile');
  });
  it('the main clause after a fronted subordinate clause', () => {
    const p = prepare('If Peru does not withdraw, Chile will end the talks.');
    const comma = p.tok('withdraw');
    expect(p.name(subjectAfterClause(p.hc, p.c, comma + 1))).toBe('Chile');
  });
  it('a receiver after "handed"/"granted" is an object, even when the next word may be read as a verb', () => {
    const p = prepare('Ana Weiss of Peru said she had handed Chile plans for a truce.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('plans')))).not.toBe('Chile');
    const q = prepare('Peru said it had granted Chile access to the archives.', 0);
    expect(q.name(subjectBefore(q.hc, q.c, q.tok('access')))).not.toBe('Chile');
  });
  it('"said on Monday that X had …": "that" before a name opens a clause, X is no object of "on"', () => {
    const p = prepare("Chile's foreign minister, Ana Weiss, said on Monday that Peru had refused to sign the accord.");
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('refused')))).toBe('Peru');
  });
  it('no party before the trigger gives null', () => {
    const p = prepare('Talks were refused on Monday.');
    expect(subjectBefore(p.hc, p.c, p.tok('refused'))).toBeNull();
  });
});

describe('holders/subject: a relative clause\'s stance is its antecedent\'s', () => {
  const holderOf = (text: string) => {
    const doc = analyze(text);
    const c = doc.cues.find((x) => x.type === 'refusal')!;
    return doc.actors.find((a) => a.id === c.holder)?.name;
  };
  it('"X, which rejected …" and "X, who refused …"', () => {
    expect(holderOf('The Velmor Union, which rejected the offer last week, said it would strike.')).toBe('Velmor Union');
    expect(holderOf('Omar Tal, who has refused to negotiate, left the city.')).toBe('Omar Tal');
  });
  it('"the plan that X had rejected": X, not the main clause\'s subject', () => {
    expect(holderOf('Peru accepted the plan that Chile had rejected.')).toBe('Chile');
  });
});

describe('holders: a fronted participial phrase belongs to the main clause\'s subject', () => {
  it('"By agreeing to the plan, X has …" is X\'s, not the statement author\'s', () => {
    const text = 'Statement by the Press Secretary. By agreeing to a fair framework in principle, the Vesk negotiators have shown resolve.';
    const doc = analyze(text);
    const c = doc.cues.find((x) => /agreeing/.test(x.text))!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toMatch(/Vesk/);
  });
});


describe('holders: a verb phrase after ", but" shares the sentence\'s subject', () => {
  it('"X rejects rebel terms, but says door to talks open" is X\'s, not the party inside the first object', () => {
    const text = "Norland government rejects rebel ceasefire terms, but says door to Tallo talks 'not locked'\n\nThe government of Norland on Tuesday rejected ceasefire terms put forward by the Red Ridge Front rebels.";
    const doc = analyze(text);
    const c = doc.cues.find((x) => /door/.test(x.text))!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Norland');
  });
});

describe('an appositive set off by dashes', () => {
  it('is no subject: "X – a Y shareholder – demanded that Y …" is X\'s demand', () => {
    expect(holderAt('Orvane Capital – a Tessaly shareholder – demanded that Tessaly engage in talks with Brenmoor.', /demanded/)).toBe('Orvane Capital');
  });
  it('with hyphens for dashes', () => {
    expect(holderAt('The Halden Workers Union - a member of the Vesk Labour Federation - rejected the offer.', /rejected/)).toBe('Halden Workers Union');
  });
});

describe('a date ends the prepositional phrase before a name', () => {
  it('"Also in February French group Tarvex offered …": Tarvex is the subject, not the object of "in"', () => {
    const p = prepare('Also in February French group Tarvex offered $4 billion to take over Halden.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('offered')))).toBe('Tarvex');
  });
  it('not across a clause: "said on Thursday that its executives had met" keeps reading past the date', () => {
    const p = prepare('Halvo said on Thursday that its executives had met the Vesk negotiators.');
    expect(p.name(subjectBefore(p.hc, p.c, p.tok('met')))).not.toBe('executives');
  });
});
