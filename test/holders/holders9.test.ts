/** Issue 10: holders on the fresh tuning set — patterns of English, each with a sentence of our own. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const holders = (text: string) => analyze(text).cues.map((c) => analyze(text).actors.find((a) => a.id === c.holder)?.name ?? null);

describe('a new state named by its demonym', () => {
  it('"The Velmaran government" after a capitalised dateline is the state Velmara', () => {
    expect(holders('KOSTA BAY, May 4 - The Velmaran government has refused to negotiate with the rebels.')).toEqual(['Velmara']);
  });
  it('and without the dateline', () => {
    expect(holders('The Velmaran government has refused to negotiate with the rebels.')).toEqual(['Velmara']);
  });
});

describe('a union named "A and B Workers" is one party', () => {
  it('"The United Steel and Allied Workers refused …" is held by the whole name', () => {
    expect(holders('The United Steel and Allied Workers refused to negotiate with the company.')).toEqual(['United Steel and Allied Workers']);
  });
  it('a release header defining the acronym names the whole union', () => {
    expect(holders('NEWS RELEASE - United Food and Allied Workers (UFAW)\n\nUFAW refused to negotiate with the company.')).toEqual(['United Food and Allied Workers']);
  });
  it('a person and a group are still two: "Peter Kamau and Kenya Workers"', () => {
    expect(holders('Peter Kamau and Kenya Workers refused to negotiate with the company.')).not.toContain('Peter Kamau and Kenya Workers');
  });
});

describe('"X and the Kingdom of Y" is a pair for "the two governments"', () => {
  it('the style before "of" does not break the pair', () => {
    const r = analyze('Joint statement by the Governments of the Republic of Velmara and the Kingdom of Ostrin\n\nThe two Governments agreed to reopen the border crossing. Ostrin asked that Velmara release the seized boats.');
    expect(r.cues[0]!.holders).toEqual(['velmara', 'ostrin']);
  });
});

describe('"both sides … their commitment" is the pair', () => {
  it('a possessive pronoun of "both sides" does not hide the pair', () => {
    const r = analyze('Peru and Chile held talks in Lima on Monday. Both sides reaffirmed their commitment to resolving the dispute through talks.');
    expect(r.cues.find((c) => c.text.startsWith('commitment'))?.holders).toEqual(['PER', 'CHL']);
  });
});

describe('envoys named by the body they come from stand for it', () => {
  it('"Delegates from Kenya met with the rebels" is Kenya\'s', () => {
    expect(analyze('Delegates from Kenya met with the rebels in Arusha.').cues[0]!.holder).toBe('KEN');
  });
  it('"The negotiators of Peru and Chile met" is held by Peru', () => {
    expect(analyze('The negotiators of Peru and Chile met in Lima on Monday.').cues[0]!.holder).toBe('PER');
  });
});

describe('a new state named by an "-i" demonym the text derives from its name', () => {
  it('"The Velmari delegation" is Velmar when the text names Velmar', () => {
    expect(analyze('Talks between Velmar and Ostrin resumed. The Velmari delegation refused to discuss the map.').cues.at(-1)!.holder).toBe('velmar');
  });
});

describe('"our negotiators" in a quote belong to the speaker', () => {
  it('the group and its "they" are the speaker\'s', () => {
    const r = analyze('"Our negotiators are back in Brussels on Monday and they have a mandate to close the deal," the Pelloran foreign minister said.');
    expect(r.cues.length).toBeGreaterThan(0);
    for (const c of r.cues) expect(c.holder).not.toBe('negotiators');
  });
});

describe('servants named by a possessive pronoun stand for its party', () => {
  it('"his officers would hold a consultation" is the mayor\'s', () => {
    expect(analyze('Mayor Tom Reed said his officers would hold a consultation with residents.').cues[0]!.holder).toBe('tom-reed');
  });
});
