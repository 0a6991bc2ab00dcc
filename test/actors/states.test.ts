import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { actors, named, texts } from './helpers.js';

describe('states the gazetteer lacks', () => {
  it('makes a new name a country when the text gives it a state\'s organs, wherever it is named', () => {
    const list = actors("Talks stall in Dalmar. Dalmar's government has demanded that the rebels disarm. The government said it would wait.");
    expect(named(list, 'Dalmar')).toMatchObject({ type: 'country' });
    expect(texts(named(list, 'Dalmar'))).toEqual(['Dalmar', 'Dalmar', 'The government', 'it']);
  });
  it('reads "the president of X" as evidence too, and gives "the government" that state, not a mediator named later', () => {
    const doc = analyze('The president of Velmora met the rebels on Monday. The government refused to release the prisoners. Norway offered to mediate.');
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe('velmora');
  });
  it('takes no common word, no known country, no person and no longer name for a new state', () => {
    const list = actors("Labour's opposition to the plan grew. Ana Velmora met Velmora Airlines staff. France's government agreed.");
    expect(list.filter((a) => a.type === 'country').map((a) => a.name)).toEqual(['France']);
  });
  it('reads a state organ written as a title ("Kasaria\'s Foreign Minister") as evidence too', () => {
    const list = actors("Kasaria's Foreign Minister said the talks would go on.");
    expect(named(list, 'Kasaria')).toMatchObject({ type: 'country' });
  });
  it('reads a new demonym before a state organ as that state, named by the usual pattern ("Dunmaran" → "Dunmara")', () => {
    const doc = analyze('The Zorvanian government has offered to hold talks with the farmers. The Dunmaran army refused to withdraw.');
    expect(doc.actors.filter((a) => a.type === 'country').map((a) => a.name)).toEqual(['Zorvania', 'Dunmara']);
    expect(doc.cues.find((c) => c.type === 'engagement')?.holder).toBe('zorvania');
  });
  it('takes no demonym of a known country, and no demonym without a state organ after it', () => {
    const list = actors('The Kenyan government agreed. A Marovian poet read in the square.');
    expect(list.filter((a) => a.type === 'country').map((a) => a.name)).toEqual(['Kenya']);
  });
});

describe('a new name right before "government" or "authorities" is a state, and so are its demonyms', () => {
  it('"the Velmar government" makes Velmar a country, and "the government" later is Velmar', () => {
    const doc = analyze('The Velmar government declared the strike illegal. The government has so far refused to meet the union.');
    expect(named(doc.actors, 'Velmar')).toMatchObject({ type: 'country' });
    expect(doc.cues.map((c) => c.holder)).toEqual(['velmar']);
  });
  it('also without an article, as in a headline: "Quessara government rejects …"', () => {
    expect(named(actors('Quessara government rejects rebel terms'), 'Quessara')).toMatchObject({ type: 'country' });
  });
  it('not the last word of a longer name ("the Ilse Varga government")', () => {
    const list = actors('Ilse Varga leads the coalition. The Ilse Varga government refused to negotiate with the strikers.');
    expect(list.filter((a) => a.type === 'country')).toEqual([]);
  });
  it('a demonym made from the new state by a usual ending is that state\'s: "Quessaran officials", "Teskari diplomats"', () => {
    const q = actors('The Quessara government rejected the plan. Senior Quessaran officials said they would not negotiate.');
    expect(named(q, 'Senior Quessaran officials')).toMatchObject({ affiliation: 'quessara' });
    const t = actors('The Teskar government rejected the plan. Teskari diplomats said they would not negotiate.');
    expect(named(t, 'Teskari diplomats')).toMatchObject({ affiliation: 'teskar' });
  });
  it('takes a new name ending as many names do, in "-ed", "-or", "-al" or "-s", for a state too ("Velmor\'s government")', () => {
    for (const name of ['Velmor', 'Tobaged', 'Kesinal', 'Marubas']) {
      const doc = analyze(`${name}'s government rejected the offer. The government said it would not return to the talks.`);
      expect(doc.actors.find((a) => a.name === name), name).toMatchObject({ type: 'country' });
      expect(doc.cues.find((c) => c.type === 'refusal')?.holder, name).toBe(name.toLowerCase());
    }
  });
  it('still takes no English word in a state\'s place ("Protesters\' … the Enforcement government")', () => {
    const list = actors("Settlement's government is a hope. The Enforcement government agreed.");
    expect(list.filter((a) => a.type === 'country')).toEqual([]);
  });
});

describe('a new state named with a capitalised organ or title, and a person named before it', () => {
  it('reads a headline\'s "Gagoria Government" and a title "Gagoria President Ana Ruiz" as the state\'s', () => {
    const doc = analyze(
      'Gagoria Government, Rebels Agree to Talks\n\nThe government and the insurgents say they will hold talks.\n\nGagoria President Ana Ruiz welcomed the deal.',
    );
    expect(named(doc.actors, 'Gagoria')).toMatchObject({ type: 'country' });
    expect(named(doc.actors, 'Ana Ruiz')).toMatchObject({ affiliation: 'gagoria' });
    expect(texts(named(doc.actors, 'Gagoria'))).toContain('The government');
  });
  it('takes the last word of the sentence before for no first name ("… Tomas Gisler.\\n\\nGagoria President …")', () => {
    const list = actors('The talks were led by Tomas Gisler.\n\nGagoria President Ana Ruiz met the rebels. The Gagoria government agreed to a ceasefire.');
    expect(named(list, 'Gagoria')).toMatchObject({ type: 'country' });
  });
  it('still reads no state noun inside a longer name ("the Gagoria Leadership Forum")', () => {
    const list = actors('The Gagoria government refused. The Gagoria Leadership Forum met in the capital and agreed to a ceasefire.');
    expect(list.find((a) => a.name === 'Gagoria Leadership Forum')).toBeTruthy();
  });
});

describe('a state found by its demonym', () => {
  it('is also named by its own name where the text writes it ("the Zorvanian government … in Zorvania")', () => {
    const list = actors('Talks resume\n\nThe Zorvanian government refused the offer. Leaders of both the government and the opposition in Zorvania signed a pact.');
    expect(texts(named(list, 'Zorvania'))).toEqual(['Zorvanian', 'the government', 'Zorvania']);
  });
});

describe('what a new state runs', () => {
  it('"X\'s state-run railway" makes X a state, and "the government" then X', () => {
    const list = actors('Rail strike ends\n\nWorkers at Dolud Gavor\'s state-run railway voted to call off their stoppage. The government called the stoppage unlawful.');
    expect(named(list, 'Dolud Gavor')).toMatchObject({ type: 'country' });
    expect(texts(named(list, 'Dolud Gavor'))).toContain('The government');
  });
  it('takes no company for a state ("Velmor Group\'s state-owned unit" is no evidence for a two-word name with an organisation head)', () => {
    const list = actors("Velmor Group's state-owned unit said it would sign.");
    expect(list.filter((a) => a.type === 'country')).toEqual([]);
  });
});

describe('a demonym in "-an" of a state in "-o"', () => {
  it('is that state when the text names it ("the Korevan government … in Korevo")', () => {
    const list = actors('Talks resume\n\nThe Korevan government refused the offer. Rebels in Korevo said the talks were over.');
    expect(list.filter((a) => a.type === 'country').map((a) => a.name)).toEqual(['Korevo']);
  });
});


describe('a new state\'s ministry', () => {
  it('"Lizmar\'s Ministry of Trade" makes Lizmar a state and the ministry its body', () => {
    const list = actors("Rice row deepens\n\nLizmar's Ministry of Trade said on Friday it had invited officials to talks.");
    expect(named(list, 'Lizmar')).toMatchObject({ type: 'country' });
    expect(named(list, 'Ministry of Trade')).toMatchObject({ type: 'organization', affiliation: 'lizmar' });
  });
});

describe("a possessive inside a state's formal name", () => {
  it('"the Lao People\'s Democratic Republic" and "the Democratic People\'s Republic of Korea" are the states', () => {
    const a = actors("Foreign Minister Tom Vasko of the Lao People's Democratic Republic will attend the meeting.");
    expect(a.find((x) => x.id === named(a, 'Tom Vasko')?.affiliation)?.name).toBe('Laos');
    expect(a.some((x) => x.name === 'Lao People')).toBe(false);
    expect(named(actors("The Democratic People's Republic of Korea refused talks."), 'North Korea')).toBeDefined();
  });
  it("still ends a name at a possessive that opens no longer known name (\"Korea's offer\")", () => {
    expect(actors("Vesk's offer was rejected by Korea's negotiators.").some((x) => /offer/.test(x.name))).toBe(false);
  });
});
