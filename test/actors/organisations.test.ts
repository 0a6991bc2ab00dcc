import { describe, expect, it } from 'vitest';
import { scanOf } from '../../src/pipeline/actors/scan.js';
import { acronymAt } from '../../src/pipeline/actors/organisations.js';
import { actors, afterMentions, context, drafts, named, texts } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';

describe('organisations pass', () => {
  it('names an organisation by its head word and registers its acronym', () => {
    const cx = afterMentions('The Harbour Pilots Association (HPA) called a strike. The HPA said it would hold out.');
    expect(drafts(cx)[0]).toEqual(['Harbour Pilots Association', 'organization', ['Harbour Pilots Association', 'HPA', 'HPA']]);
    expect(cx.acronyms.get('hpa')).toBe('org:harbour pilots association');
  });
  it('takes a standalone acronym for an organisation, but not a title or a news agency', () => {
    const cx = context('The KRTU told AFP its CEO had resigned.');
    const sc = scanOf(cx, cx.parsed[0]!)!;
    expect(acronymAt(sc, 1)).toBe(2);
    expect(acronymAt(sc, 3)).toBeUndefined();
    expect(acronymAt(sc, 5)).toBeUndefined();
  });
  it('reads "X for Y" after a capitalised plural as one organisation', () => {
    const cx = afterMentions('Lawyers for Open Courts filed a complaint.');
    expect(drafts(cx)).toEqual([['Lawyers for Open Courts', 'organization', ['Lawyers for Open Courts']]]);
  });
  it('reads an acronym with a hyphened part or digits as one organisation, and its alias in parentheses', () => {
    const list = actors('The Velmor Liberation Front (VLF-2) refused to negotiate. VLF-2 later agreed to talks. VLF said so.');
    expect(texts(named(list, 'Velmor Liberation Front'))).toEqual(['Velmor Liberation Front', 'VLF-2', 'VLF-2', 'VLF']);
    expect(list.map((a) => a.name)).toEqual(['Velmor Liberation Front']);
    const split = actors('The Kelmar Peoples Army (KPA-EP) refused. KPA-EP rejected the offer.');
    expect(texts(named(split, 'Kelmar Peoples Army'))).toEqual(['Kelmar Peoples Army', 'KPA-EP', 'KPA-EP']);
    expect(split).toHaveLength(1);
  });
  it('takes a standalone acronym with digits or a hyphen for an organisation', () => {
    const list = actors('M23 said it was ready to negotiate. Later ZRF-North refused.');
    expect(named(list, 'M23')?.type).toBe('organization');
  });
  it('keeps a known acronym whole with its hyphened part, but two known names apart ("US-EU")', () => {
    const list = actors('FARC-EP rejected the offer. US-EU talks resumed on Monday.');
    expect(texts(named(list, 'FARC'))).toEqual(['FARC-EP']);
    expect(list.find((a) => a.id === 'eu')).toBeDefined();
  });
});

describe('organisations pass: a titled person\'s possessive before the name', () => {
  it('reads "Mr. Tavo\'s National Unity Party" as the National Unity Party, and keeps "Lakeland\'s Farmers Union" whole', () => {
    const list = actors("Charles Tavo won the vote. Members of Mr. Tavo's National Unity Party walked out. Lakeland's Farmers Union refused.");
    expect(list.find((a) => a.name === 'National Unity Party')?.type).toBe('organization');
    expect(list.find((a) => a.name === "Lakeland's Farmers Union")?.type).toBe('organization');
  });
  it('reads a railway by its head word, and the body a person speaks for after "of"', () => {
    const list = actors('Signal staff protested a plan to sell the state-owned Valdan National Railroad. Clement Ardo of Citizen Action for Rural Education says the strike hurts children.');
    expect(named(list, 'Valdan National Railroad')?.type).toBe('organization');
    expect(named(list, 'Clement Ardo')?.affiliation).toBe('citizen-action-for-rural-education');
    expect(named(list, 'Citizen Action for Rural Education')?.type).toBe('organization');
  });
});


describe('organisations pass: a company\'s governing body', () => {
  it('reads "the Board of X" as the company X, and a later "the Board" as the same company', () => {
    const text = 'The Board of Tarvik Mining plc notes the reports. The Board declined to engage with Orbis Capital on those terms.';
    const list = actors(text);
    expect(list.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual(['Tarvik Mining plc', 'Orbis Capital']);
    expect(texts(named(list, 'Tarvik Mining plc'))).toEqual(['Board of Tarvik Mining plc', 'The Board']);
    const doc = analyze(text);
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe('tarvik-mining-plc');
  });
  it('gives the company the refusal its board makes', () => {
    const doc = analyze('The Board of Directors of Kelmar Foods rejected the offer from Orbis Capital.');
    expect(doc.actors.find((a) => a.id === doc.cues.find((c) => c.type === 'refusal')?.holder)?.name).toBe('Kelmar Foods');
  });
  it('leaves a board that is a named body of its own ("the Altessa Grain Board") and a country after "of" alone', () => {
    const list = actors('The Altessa Grain Board denied the report. The board of Kenya\'s central bank met.');
    expect(named(list, 'Altessa Grain Board')?.type).toBe('organization');
  });
});

describe('a title opening an organisation\'s name', () => {
  it('reads "the General Halden Union (GHU)" as one organisation with its acronym, no person "Halden Union"', () => {
    const list = actors('The cleaners, members of the General Halden Union (GHU), want a raise. The GHU said it would strike.');
    expect(named(list, 'General Halden Union')).toMatchObject({ type: 'organization' });
    expect(texts(named(list, 'General Halden Union'))).toContain('GHU');
    expect(list.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('reads a title right before the head as a word of the name too ("Harrowgate General Hospital"), no person "Hospital"', () => {
    const list = actors('Nurses at Harrowgate General Hospital rejected the offer.');
    expect(named(list, 'Harrowgate General Hospital')).toMatchObject({ type: 'organization' });
    expect(list.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('still reads a title with a connector as a title ("the Minister of Energy, Dr Ana Ruiz")', () => {
    const list = actors('The Minister of Energy, Dr Ana Ruiz, has written to her counterpart.');
    expect(list.find((a) => a.name === 'Minister of Energy' && a.type === 'organization')).toBeUndefined();
  });
});

describe('a person named right after an organisation\'s head', () => {
  it('ends the organisation\'s name: "the Chairman of the Tusvan Union Fuzo Gisvel" is the union and its chairman', () => {
    const list = actors('The talks were mediated by the Chairman of the Tusvan Union Fuzo Gisvel. The head of the Velmor Farmers Union Ana Ruiz agreed.');
    expect(named(list, 'Tusvan Union')).toMatchObject({ type: 'organization' });
    expect(named(list, 'Fuzo Gisvel')).toMatchObject({ type: 'person', affiliation: 'tusvan-union' });
    expect(named(list, 'Ana Ruiz')).toMatchObject({ type: 'person', affiliation: 'velmor-farmers-union' });
  });
  it('not another organisation\'s word or an English phrase ("the Velmor Union Bank", "the Velmor Party Youth Wing")', () => {
    const list = actors('The Velmor Union Bank said it would lend. The Velmor Party Youth Wing refused.');
    expect(list.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('"of the" and a name after an organisation\'s head', () => {
  it('continues its name: "the Bifomel Committee of the Gat Sadap", "the Velmor Council of the Halden Shore"', () => {
    const list = actors('The captive must be released to the Bifomel Committee of the Gat Sadap. The Velmor Council of the Halden Shore said it would not attend.');
    expect(list.map((a) => a.name)).toEqual(expect.arrayContaining(['Bifomel Committee of the Gat Sadap', 'Velmor Council of the Halden Shore']));
    expect(list.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('not into a gazetteer name ("the Council of the European Union")', () => {
    expect(actors('The Council of the European Union met.').map((a) => a.name)).toContain('European Union');
  });
});

describe('a body named by a new name and a lower-case description', () => {
  it('"the Gusvan tourism industry association", "the Nigvar works council", "the Povrin bishops\' conference" are organisations', () => {
    const list = actors("Talks resume\n\nThe Gusvan tourism industry association said the timing was bad. The Nigvar works council would not accept the cuts. The Povrin bishops' conference agreed.");
    expect(list.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([
      'Gusvan tourism industry association', 'Nigvar works council', "Povrin bishops' conference",
    ]);
  });
  it('not a name and a verb ("Velmor says council members agreed"), nor a name and its kind ("the Velmor union")', () => {
    const list = actors('Talks resume\n\nVelmor says council members agreed. The Velmor union refused.');
    expect(list.map((a) => a.name)).not.toContain('Velmor says council');
    expect(list.map((a) => a.name)).not.toContain('Velmor union');
  });
});

describe('a name set off after a body\'s description', () => {
  it('is that body: "A smaller opposition party, Demvar Future, broke ranks"', () => {
    const doc = analyze('Talks resume\n\nA smaller opposition party, Demvar Future, broke ranks and said it would attend the talks.');
    const d = doc.actors.find((a) => a.name === 'Demvar Future');
    expect(d).toMatchObject({ type: 'organization' });
    expect(doc.cues.filter((c) => c.type === 'engagement').map((c) => c.holder)).toContain('demvar-future');
  });
  it('reads "said Jonas Weld of Bellmont Steel" as a person of a company, not one organisation', () => {
    const doc = analyze('"We are open to talks," said Jonas Weld of Bellmont Steel.');
    expect(doc.actors.find((a) => a.name === 'Jonas Weld')).toMatchObject({ type: 'person', affiliation: 'bellmont-steel' });
    expect(doc.actors.find((a) => a.name === 'Bellmont Steel')).toMatchObject({ type: 'organization' });
  });
});
