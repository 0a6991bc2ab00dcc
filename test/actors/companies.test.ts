import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';

describe('company names', () => {
  it('reads a name ending in an industry noun as a company, not a person ("Song Lam Steel", "Orvik Chemicals")', () => {
    const list = actors('Song Lam Steel, the largest exporter, said it was prepared to trim shipments. Orvik Chemicals said it would not sign.');
    expect(named(list, 'Song Lam Steel')?.type).toBe('organization');
    expect(named(list, 'Orvik Chemicals')?.type).toBe('organization');
  });
  it('splits two organisations joined by "and", each ending in its head', () => {
    const list = actors('Caldera Holdings and Varnet Group said they would negotiate.');
    expect(named(list, 'Caldera Holdings')?.type).toBe('organization');
    expect(named(list, 'Varnet Group')?.type).toBe('organization');
  });
  it('keeps one name whose first part ends in no head', () => {
    const list = actors('The Association of Quarry Workers and Builders Union refused.');
    expect(named(list, 'Association of Quarry Workers and Builders Union')?.type).toBe('organization');
  });
  it('reads a legal suffix as part of the name', () => {
    const list = actors('Kelso GmbH agreed. Vantor NV rejected the bid.');
    expect(named(list, 'Kelso GmbH')?.type).toBe('organization');
    expect(named(list, 'Vantor NV')?.type).toBe('organization');
  });
});

describe("a union's local branch", () => {
  it('names "Local 1199", "Local 32BJ" as organisations', () => {
    const list = actors('Local 1199 agreed to resume talks. Members of Local 32BJ voted to strike.');
    expect(named(list, 'Local 1199')?.type).toBe('organization');
    expect(named(list, 'Local 32BJ')?.type).toBe('organization');
  });
  it('leaves "Local residents" a group', () => {
    expect(named(actors('Local residents refused to leave.'), 'Local residents')?.type).toBe('group');
  });
  it('reads "Terminals" as a company\'s head: "Harbourline Terminals" is a company that "the company" finds', () => {
    const doc = analyze('Workers at Harbourline Terminals will strike after the company refused to budge on rosters.');
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe('harbourline-terminals');
  });
  it('ends an organisation\'s name at its possessive: "Harbourline Terminals\' Port Botany terminal", "Velmor Airlines\' pilots"', () => {
    const doc = analyze("Members of the union at Harbourline Terminals' Port Botany container terminal will strike after the company refused to budge.");
    expect(doc.actors.map((a) => a.name)).toContain('Harbourline Terminals');
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe('harbourline-terminals');
  });
});

describe('a three-word company called by its first word', () => {
  it('"Karvex Shipping Ltd" … "Karvex", "Brenmoor Capital Partners" … "Brenmoor" (a new first word)', () => {
    const list = actors('Port talks resume\n\nKarvex Shipping Ltd said on Monday it would not raise its offer. Karvex later agreed to talks. The bid came from Brenmoor Capital Partners. Brenmoor said it would return.');
    expect(texts(named(list, 'Karvex Shipping Ltd'))).toContain('Karvex');
    expect(texts(named(list, 'Brenmoor Capital Partners'))).toContain('Brenmoor');
    expect(list.filter((a) => a.type === 'organization')).toHaveLength(2);
  });
});

describe('a ministry is no company called by its first word', () => {
  it('"the Ministry of Energy" gives "Ministry" no short name', () => {
    const list = actors('Gas talks\n\nThe Ministry of Energy notes with regret that the meeting was postponed. The Ministry welcomes the offer.');
    expect(texts(named(list, 'Ministry of Energy'))).not.toContain('Ministry');
  });
});

describe('a legal form ends a company\'s name, in lower case too', () => {
  it('"Orvane plc" opening a sentence, and "Tessaly Inc." whose first word the tagger reads as an adverb', () => {
    expect(named(actors('Orvane plc rejected the offer.'), 'Orvane plc')?.type).toBe('organization');
    expect(named(actors('Tessaly Inc. said it was open to talks.'), 'Tessaly Inc')?.type).toBe('organization');
  });
  it('the name without its legal form, and its first word, are the same company', () => {
    const list = actors('Talvik Energy plc rejected the bid. Later, Talvik Energy said it would talk. Talvik agreed.');
    expect(texts(named(list, 'Talvik Energy plc'))).toEqual(expect.arrayContaining(['Talvik Energy plc', 'Talvik Energy', 'Talvik']));
    expect(list.filter((a) => a.type === 'organization')).toHaveLength(1);
  });
  it('so is the name without its group or holding form, word by word ("Tarvex Group Holdings" … "Tarvex Group")', () => {
    const list = actors('Tarvex Group Holdings made a bid. Tarvex Group said it would not raise it.');
    expect(texts(named(list, 'Tarvex Group Holdings'))).toEqual(expect.arrayContaining(['Tarvex Group Holdings', 'Tarvex Group']));
    expect(list.filter((a) => a.type === 'organization')).toHaveLength(1);
  });
});

describe('a stock listing after a company\'s name', () => {
  it('"(NYSE: KLM)" names no party, and "it" stays the company\'s', () => {
    const doc = analyze('Kelmar Foods (NYSE: KLM) said it was open to talks with the union.');
    expect(doc.actors.map((a) => a.name)).not.toContain('NYSE');
    expect(doc.actors.map((a) => a.name)).not.toContain('KLM');
    expect(doc.cues.find((c) => c.type === 'engagement')?.holder).toBe('kelmar-foods');
  });
});

describe('a company described by a demonym', () => {
  it('"French group Tarvex", "German engineering group Halvo": the company is of that country', () => {
    const a = actors('French group Tarvex offered $4 billion to take over Halden.');
    expect(a.find((x) => x.id === named(a, 'Tarvex')?.affiliation)?.name).toBe('France');
    const b = actors('German engineering group Halvo rejected the bid.');
    expect(b.find((x) => x.id === named(b, 'Halvo')?.affiliation)?.name).toBe('Germany');
  });
  it('not when the demonym belongs elsewhere ("The French said group Tarvex was wrong")', () => {
    const a = actors('The French said group Tarvex was wrong.');
    expect(named(a, 'Tarvex')?.affiliation ?? null).toBeNull();
  });
});
