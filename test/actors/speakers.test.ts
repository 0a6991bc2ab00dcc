import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe('speakers of quotations', () => {
  it('gives a quoted "we" to the speaker named after the quote', () => {
    const list = actors('"We will not sign this deal," Tomas Okonkwo said.');
    expect(texts(named(list, 'Tomas Okonkwo'))).toEqual(['We', 'Tomas Okonkwo']);
  });
  it('leaves first person outside quotations unresolved', () => {
    const list = actors('Tomas Okonkwo spoke. We will not sign this deal.');
    expect(texts(named(list, 'Tomas Okonkwo'))).toEqual(['Tomas Okonkwo']);
  });
  it('gives a quotation that opens the next paragraph to the speaker of reported speech closing the one before', () => {
    const list = actors('Tomas Okonkwo said on Monday that the union was open to talks.\n\n"I do not rule out anyone. We will meet the board."');
    expect(texts(named(list, 'Tomas Okonkwo'))).toEqual(['Tomas Okonkwo', 'I', 'We']);
    // (not when the paragraph before names no speaker)
    const none = actors('Tomas Okonkwo arrived on Monday.\n\n"I do not rule out anyone."');
    expect(texts(named(none, 'Tomas Okonkwo'))).toEqual(['Tomas Okonkwo']);
  });
  it('gives the quotation to the one quoted: "the agency quoted X as saying", "X was quoted as saying"', () => {
    const active = actors('"We will not sign this deal," the agency quoted Omar Haddad as saying.');
    expect(texts(named(active, 'Omar Haddad'))).toEqual(['We', 'Omar Haddad']);
    const passive = actors('"We will not sign this deal," Tomas Okonkwo was quoted as saying.');
    expect(texts(named(passive, 'Tomas Okonkwo'))).toEqual(['We', 'Tomas Okonkwo']);
  });
  it('reads the speaker across a short aside between commas ("Okonkwo, for his part, said")', () => {
    const list = actors('Tomas Okonkwo, for his part, said the union was open to talks.\n\n"I do not rule out anyone."');
    expect(texts(named(list, 'Tomas Okonkwo'))).toEqual(['Tomas Okonkwo', 'his', 'I']);
  });
});

describe('speakers of statements and transcripts', () => {
  it('gives first person in a statement to the speaker its header names', () => {
    const list = actors('Press Statement by Ilse Varga\n\nI welcome the agreement. We will support the talks.');
    expect(texts(named(list, 'Ilse Varga'))).toEqual(['Ilse Varga', 'I', 'We']);
  });
  it('reads a header name with a middle initial as the speaker ("Statement by Ilse Q. Varga")', () => {
    const list = actors('Statement by Ilse Q. Vargo\n\nI welcome the agreement. We will support the talks.');
    expect(list.find((a) => /Vargo/.test(a.name))?.mentions.map((m) => m.text)).toEqual(['Ilse Q. Vargo', 'I', 'We']);
  });
  it('reads a bare label in capitals as the turn of the person the text names so ("ORSINI:" after "Mayor Lia Orsini")', () => {
    const text = 'Following is a transcript of Mayor Lia Orsini\'s news conference.\n\nORSINI: We are ready to meet the union today.\n\nQUESTION: Will you raise the offer?\n\nORSINI: I will not go higher.';
    const list = actors(text);
    expect(texts(named(list, 'Lia Orsini'))).toEqual(['Lia Orsini', 'We', 'I']);
    expect(list.map((a) => a.name)).not.toContain('ORSINI');
  });
  it('reads a header with words before "remarks by" and a title, the name, place and date after it', () => {
    const text = "Doorstep remarks by Tarsova's Foreign Minister, Elin Marsk-Holt, Geneva, 9 December\n\nQ: Will you meet them?\n\nMARSK-HOLT: I spoke to my counterpart this morning. We will sit down together in January.";
    const list = actors(text);
    expect(named(list, 'Elin Marsk-Holt')).toMatchObject({ type: 'person', affiliation: 'tarsova' });
    expect(texts(named(list, 'Elin Marsk-Holt'))).toEqual(['Foreign Minister', 'Elin Marsk-Holt', 'I', 'my']);
    expect(named(list, 'Tarsova')).toMatchObject({ type: 'country' });
    expect(list.map((a) => a.name)).not.toContain("Tarsova's Foreign Minister");
  });
  it('reads a hyphened bare label ("REYES-VARGA:") as the person named so', () => {
    const list = actors('Excerpts from a briefing by Interior Minister Tomas Reyes-Varga.\n\nREYES-VARGA: We will not accept a blockade.');
    expect(texts(named(list, 'Tomas Reyes-Varga'))).toEqual(['Tomas Reyes-Varga', 'We']);
  });
  it('takes a family name written first for the label ("PARK:" for Park Min-ho)', () => {
    const list = actors('Excerpts from the briefing by Vice Minister Park Min-ho follow.\n\nPARK: We will listen to the doctors.');
    expect(texts(named(list, 'Park Min-ho')).slice(-1)).toEqual(['We']);
  });
  it('does not take a capitalised heading for a speaker ("UPDATE: …")', () => {
    const list = actors('UPDATE: We will publish the figures on Monday. Talks resumed in Lakeport.');
    expect(list.filter((a) => a.type === 'person')).toEqual([]);
    expect(list.flatMap((a) => texts(a))).not.toContain('We');
  });
  it('gives "we" to the speaker\'s country when known', () => {
    const list = actors("Remarks by Peru's Foreign Minister Ilse Varga\n\nWe will support the talks.");
    expect(texts(named(list, 'Peru'))).toEqual(['Peru', 'We']);
  });
  it('gives each labelled turn to its speaker, and nothing to a questioner', () => {
    const text = 'AMBASSADOR MARLO VENTRIS: We reject the proposal.\n\nQUESTION: Will we see a deal?\n\nMR. VENTRIS: I am ready to talk.';
    const list = actors(text);
    expect(list.map((a) => [a.name, a.type])).toEqual([['MARLO VENTRIS', 'person']]);
    expect(texts(list[0])).toEqual(['MARLO VENTRIS', 'We', 'I']);
  });
  it('reads a by-line under a bare header as the speaker, of the country its place line names', () => {
    const list = actors('Talks on Zorvania\n\nPress Statement\nIlse Varga, Spokesperson\nWashington, DC\nMay 2, 2031\n\nWe welcome the agreement.');
    expect(named(list, 'Ilse Varga')?.affiliation).toBe('USA');
    expect(texts(named(list, 'United States'))).toContain('We');
  });
  it('reads no by-line without a header, nor a name and a word that is no title', () => {
    expect(named(actors('Ilse Varga, Spokesperson\n\nWe welcome the agreement.'), 'Ilse Varga')).toBeUndefined();
    expect(named(actors('Press Statement\nOslo, Norway\n\nWe welcome the agreement.'), 'Oslo')).toBeUndefined();
  });
  it('reads "Q " without a colon as a questioner\'s turn, and no person in it', () => {
    const list = actors('MR. VENTRIS: We are hopeful.\n\nQ Marlo, will we see a deal? Can I ask more?\n\nMR. VENTRIS: I expect progress.');
    expect(list.map((a) => a.name)).toEqual(['VENTRIS']);
    expect(texts(list[0])).toEqual(['VENTRIS', 'We', 'I']);
  });
});

