import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { actors, named, texts } from './helpers.js';

const holders = (text: string) => {
  const doc = analyze(text);
  return doc.cues.map((c) => [c.type, c.holder]);
};

describe('unknown parties', () => {
  it('makes an acting name no gazetteer knows an actor, typed by its shape', () => {
    const list = actors('Zorvania rejected the proposal on Tuesday. Talks with Plurim stalled, and Plurim refused to negotiate. Kestrel Holdings said it would not sign.');
    expect(named(list, 'Zorvania')).toMatchObject({ type: 'country', known: false });
    expect(named(list, 'Plurim')).toMatchObject({ type: 'organization', known: false });
    expect(texts(named(list, 'Plurim'))).toEqual(['Plurim', 'Plurim']);
    expect(named(list, 'Kestrel Holdings')).toMatchObject({ type: 'organization', known: false });
  });
  it('makes a new name after a known country\'s possessive a party of its own ("Britain\'s Ashmore Gold refused")', () => {
    expect(holders("Britain's Ashmore Gold refused the offer.")).toEqual([['refusal', 'ashmore-gold']]);
    expect(holders("France's Teravia Energies agreed to talks with the union.")).toEqual([['engagement', 'teravia-energies']]);
  });
  it('makes a new name right after a noun that classifies organisations an organisation ("drugmaker Talvik Pharma")', () => {
    const list = actors('Norwegian drugmaker Talvik Pharma on Friday turned down an offer from rival Brenmoor Foods.');
    expect(named(list, 'Talvik Pharma')).toMatchObject({ type: 'organization', known: false });
    expect(named(list, 'Brenmoor Foods')).toMatchObject({ type: 'organization', known: false });
    expect(holders('The board of shipbuilder Orvane Marine on Monday rejected the bid.')).toEqual([['refusal', 'orvane-marine']]);
  });
  it('makes a new name before the title of a voice of no name a party, though it be a word of English ("a Unite spokesperson said")', () => {
    expect(holders('"The revised offer falls far short of our claim," a Strelva spokesperson said.')).toEqual([['refusal', 'strelva']]);
    expect(holders('"We will not sign," an Orvane spokeswoman told reporters.')).toEqual([['refusal', 'orvane']]);
    expect(holders('"We will not sign," a Unite spokesman said via email.')).toEqual([['refusal', 'unite']]);
    expect(holders('"We reject the offer," said a spokesman for Strelva.')).toEqual([['refusal', 'strelva']]);
    // (a portfolio is no party)
    expect(actors('"We will not sign," a Health spokesperson said.')).toEqual([]);
  });
  it('makes a new name right after a reporting verb the reported clause\'s subject when a verb in -s read as a plural follows it ("says Strelva favors binding arbitration")', () => {
    expect(holders('Spokesman Ilse Varga says Strelva favors binding arbitration.')).toEqual([['engagement', 'strelva']]);
  });
  it('makes a new name before a lower-case "party" an organisation ("the governing Selvan Unity party")', () => {
    const list = actors('The governing Selvan Unity party said it would not negotiate with the rebels.');
    expect(named(list, 'Selvan Unity')).toMatchObject({ type: 'organization', known: false });
    expect(holders('The opposition Brenmoor Freedom party refused to attend the talks.')).toEqual([['refusal', 'brenmoor-freedom']]);
  });
  it('reads a new name that acts after an appositive, or in a clause "until" opens, and calls it by its first word later', () => {
    const list = actors('The union said it would not return until Maritex Terminals withdrew the plan. Maritex, a unit of the Dutch group Brenholt, said it had offered a raise.');
    expect(texts(named(list, 'Maritex Terminals'))).toEqual(['Maritex Terminals', 'Maritex', 'it']);
    const other = actors('Velgora, a unit of the Dutch group Brenholt, said it had offered a raise.');
    expect(named(other, 'Velgora')).toMatchObject({ type: 'organization' });
  });
  it('calls no organisation by a first word two of them share', () => {
    const list = actors('Talks between Meridian Media and Cablevine failed. Meridian Sports went dark. Meridian said no.');
    expect(texts(named(list, 'Meridian Sports'))).toEqual(['Meridian Sports']);
    // (also when the other is a name no pass reads as an organisation)
    const other = actors('Talks between Meridian Gopuk and Cablevine failed. Meridian Sports went dark. Meridian said no.');
    expect(texts(named(other, 'Meridian Sports'))).toEqual(['Meridian Sports']);
  });
  it('gives the stance to the invented party', () => {
    expect(holders('Zorvania rejected the proposal.')).toEqual([['refusal', 'zorvania']]);
  });
  it('does not take months, weekdays, venues, agencies or common words for parties', () => {
    const list = actors('Negotiations resumed in Lakeport on Monday. Bloomberg reported that Inflation rose in March.');
    expect(list.map((a) => a.name)).toEqual([]);
  });
  it('reads a one-word name that is a person\'s surname as that person', () => {
    const list = actors('Talks were led by Ilse Varga of the Ferry Workers Union. Varga rejected the offer.');
    expect(texts(named(list, 'Ilse Varga'))).toEqual(['Ilse Varga', 'Varga']);
  });
  it('makes common-noun parties actors: the management, shop owners, the militia, a government never named', () => {
    const list = actors('The management refused to meet shop owners. Management agreed to talks. The militia refused to disarm. The government rejected the plan.');
    expect(texts(named(list, 'management'))).toEqual(['The management', 'Management']);
    expect(named(list, 'shop owners')).toMatchObject({ type: 'group', known: false });
    expect(named(list, 'militia')?.type).toBe('organization');
    expect(named(list, 'government')?.type).toBe('organization');
  });
  it('marks gazetteer actors known and leaves `known` out of their output', () => {
    const doc = analyze('Peru and Plurim rejected the plan.');
    expect(doc.actors.find((a) => a.id === 'PER')).not.toHaveProperty('known');
    expect(doc.actors.find((a) => a.id === 'plurim')).toMatchObject({ known: false });
  });
});

describe('wrong actors of issue #10', () => {
  it('splits two gazetteer names joined by "and"', () => {
    const list = actors('The movement was listed as a terrorist organization by Peru and European Union.');
    expect(list.map((a) => a.id)).toEqual(expect.arrayContaining(['PER', 'eu']));
    expect(list.find((a) => a.name.includes(' and '))).toBeUndefined();
  });
  it('drops a place and a party word before a person\'s name', () => {
    const list = actors('Lakeland Democrat Ana Ruiz said she would not back the bill.');
    expect(list.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Ana Ruiz']);
  });
  it('reads an acronym short form as the company it abbreviates', () => {
    const list = actors('Port Vella Shipping Company signed a deal. PV Shipping has decided to withdraw.');
    expect(texts(named(list, 'Port Vella Shipping Company'))).toEqual(['Port Vella Shipping Company', 'PV Shipping']);
    expect(list.find((a) => a.name === 'PV')).toBeUndefined();
  });
  it('does not make "strong parliamentary opposition" a group', () => {
    expect(actors('The plan faces strong parliamentary opposition.')).toEqual([]);
  });
  it('gives a refusal to an acting movement after "The"', () => {
    expect(holders('The Velmoran rejected the offer.')).toEqual([['refusal', 'velmoran']]);
  });
  it('makes an unknown name a party as the agent of a passive ("welcomed by X"), not as any prepositional object', () => {
    const list = actors('The plan was welcomed by Kelmaria on Monday. Talks with Quorvath stalled.');
    expect(named(list, 'Kelmaria')?.type).toBe('country');
    expect(named(list, 'Quorvath')).toBeUndefined();
    expect(holders('The plan was welcomed by Kelmaria on Monday.')).toEqual([['engagement', 'kelmaria']]);
  });
});

describe('a new name before a lower-case title and a person', () => {
  it('makes "Talvik chief executive Ana Perrin" name the party Talvik, the person its officer', () => {
    const list = actors('Port talks resume\n\nShe said Talvik chief executive Ana Perrin was ready. The deal was welcomed by Brenmoor spokeswoman Ilse Varga.');
    expect(named(list, 'Talvik')).toMatchObject({ type: 'organization' });
    expect(named(list, 'Ana Perrin')).toMatchObject({ affiliation: 'talvik' });
    expect(named(list, 'Ilse Varga')).toMatchObject({ affiliation: 'brenmoor' });
  });
  it('takes no portfolio word for a party ("the Health minister Ana Ruiz")', () => {
    const list = actors('Port talks resume\n\nThe Health minister Ana Ruiz said the plan would wait. Finance minister Tomas Berg agreed.');
    expect(list.filter((a) => a.type !== 'person')).toEqual([]);
  });
});

describe('a new name with a body\'s appositive', () => {
  it('"Selvan Unity, the governing party, said" is an organisation, not a person', () => {
    const list = actors('Talks resume\n\nSelvan Unity, the governing party, said it would back the deal. Vesko Tarn, a member of the group, refused.');
    expect(named(list, 'Selvan Unity')).toMatchObject({ type: 'organization' });
    expect(named(list, 'Vesko Tarn')).toMatchObject({ type: 'person' });
  });
});

describe('a new name owning a company\'s organ', () => {
  it('"Talvor\'s board rejected …", "… by Karvex\'s management" make Talvor and Karvex organisations', () => {
    const list = actors("Talks resume\n\nTalvor's board rejected the bid. The offer was rejected by Karvex's management on Monday.");
    expect(named(list, 'Talvor')).toMatchObject({ type: 'organization' });
    expect(named(list, 'Karvex')).toMatchObject({ type: 'organization' });
  });
});

describe('no party from an adjective or a language before a title', () => {
  it('"Constitutional lawyer Fenna Okar", "English teacher Tomas Berg" name no organisation', () => {
    const list = actors('Talks resume\n\nConstitutional lawyer Fenna Okar said the plan was unlawful. He spoke to English teacher Tomas Berg.');
    expect(list.filter((a) => a.type === 'organization')).toEqual([]);
  });
});

describe('a new name owning a stance noun', () => {
  it('"Vesk\'s rejection of the plan", "after Kestavia\'s refusal to attend" make the owner a party that holds it', () => {
    expect(holders("Vesk's rejection of the plan came on Monday.")).toEqual([['refusal', 'vesk']]);
    expect(holders("Plurim's formal objection to the proposal was read out.")).toEqual([['refusal', 'plurim']]);
    expect(named(actors("After Kestavia's refusal to attend, the talks were postponed."), 'Kestavia')).toMatchObject({ type: 'country', known: false });
  });
  it('takes no day for a party ("Monday\'s offer"), nor a possessive before an ordinary noun ("Vesk\'s weather")', () => {
    expect(actors("Monday's offer was rejected by the union.").map((a) => a.name)).not.toContain('Monday');
    expect(actors("Vesk's weather was mild, and the talks went ahead.").map((a) => a.name)).not.toContain('Vesk');
  });
});

describe('a bare title owning a stance noun', () => {
  it('"the foreign minister\'s rejection of …" is the office holder\'s; "the prime minister\'s comments" names no one new', () => {
    expect(named(actors("The foreign minister's rejection of the plan came on Monday."), 'the foreign minister')).toMatchObject({ type: 'person' });
    expect(actors("The prime minister's comments on Tuesday suggest otherwise.")).toEqual([]);
  });
});

describe('a new name set off by commas beside its description', () => {
  it('after an organisation\'s classifier: "the energy watchdog, Ofgrid, rejected …"', () => {
    expect(named(actors("The energy watchdog, Ofgrid, rejected the suppliers' request."), 'Ofgrid')?.type).toBe('organization');
  });
  it('before an appositive opening with a name\'s possessive: "Kordal, Norland\'s largest union, said …"', () => {
    const doc = analyze("Kordal, Norland's largest union, said it would not sign the agreement.");
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe('kordal');
  });
});

describe('a party label opening a sentence as a subject', () => {
  it('"Labor has ruled out …", "Democrats said …" are parties; "Labour costs rose" is none', () => {
    expect(named(actors('Labor has ruled out a deal with the independents.'), 'Labor')?.type).toBe('organization');
    expect(named(actors('Democrats said they would not negotiate with the governor.'), 'Democrats')).toBeDefined();
    expect(named(actors('Labour costs rose sharply, and the union refused to talk.'), 'Labour')).toBeUndefined();
  });
});
