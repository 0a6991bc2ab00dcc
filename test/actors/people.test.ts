import { describe, expect, it } from 'vitest';
import { actors, afterMentions, drafts, named, texts } from './helpers.js';

describe('people pass', () => {
  it('reads a person after a title, with the title as a role and the country before it as affiliation', () => {
    const cx = afterMentions("Brazil's Foreign Minister Livia Andrade rejected the plan.");
    const p = [...cx.drafts.values()].find((d) => d.type === 'person')!;
    expect(p.name).toBe('Livia Andrade');
    expect([...p.roles]).toContain('minister');
    expect(p.affiliation).toBe('gz:BRA');
  });
  it('reads the titles of labour and campaign work: organiser, convenor, campaigner', () => {
    for (const title of ['regional organiser', 'convenor', 'lead campaigner']) {
      const list = actors(`Halden Union ${title} Bob Lanning said the offer was an insult.`);
      const p = named(list, 'Bob Lanning');
      expect(list.find((a) => a.id === p?.affiliation)?.name, title).toBe('Halden Union');
    }
  });
  it('needs evidence for a bare name: "X said" is enough', () => {
    const cx = afterMentions('Tomas Okonkwo said the talks were over.');
    expect(drafts(cx)).toEqual([['Tomas Okonkwo', 'person', ['Tomas Okonkwo']]]);
  });
  it('affiliates a person to the organisation after "of"', () => {
    const cx = afterMentions('Marta Silvano of the Coastal Fishers Union walked out.');
    const p = [...cx.drafts.values()].find((d) => d.type === 'person')!;
    expect(p.affiliation).toBe('org:coastal fishers union');
  });
  it('keeps name particles inside a person\'s name, also after a title', () => {
    const list = actors('Foreign Minister Pedro de la Vega said talks would resume. Pieter van der Berg rejected the plan. Omar bin Tal agreed.');
    expect(list.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Pedro de la Vega', 'Pieter van der Berg', 'Omar bin Tal']);
    expect(list.find((a) => a.name === 'Vega' || a.name === 'Berg')).toBeUndefined();
  });
  it('does not take "of the" for a name particle: "Secretary of State Ana Ruiz"', () => {
    const list = actors('Secretary of State Ana Ruiz met the Minister of the Interior.');
    expect(named(list, 'Ana Ruiz')?.type).toBe('person');
  });
  it('does not take a title with no name after it for a name: "The Prime Minister said" is the prime minister named before', () => {
    const list = actors('Villagers met Prime Minister Tavo Renk on Monday. The Prime Minister said he would not accept the plan.');
    expect(list.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Tavo Renk']);
    expect(texts(named(list, 'Tavo Renk'))).toEqual(['Tavo Renk', 'The Prime Minister', 'he']);
  });
  it('still reads a name whose last word is also a title when a word of it is a known name: "Carole King said"', () => {
    expect(named(actors('Carole King said she would sing.'), 'Carole King')?.type).toBe('person');
  });
  it('reads no person in the name of a law, an agreement, a permit or an event', () => {
    const list = actors('The move let General License 17 expire. The Harbour Safety Act passed. Hurricane Velma hit the port. Ana Ruiz said the Valdan Accord holds.');
    expect(list.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Ana Ruiz']);
    expect(list.map((a) => a.name)).not.toContain('Harbour Safety Act');
  });
  it('reads local and fiscal offices as titles, not as part of the name ("Treasurer X", "Cllr X", "Councillor X")', () => {
    const list = actors('Treasurer Alana Moretti met Cllr Padric Munro and Councillor Ana Ruiz on Monday.');
    expect(list.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Alana Moretti', 'Padric Munro', 'Ana Ruiz']);
  });
});


describe("a question's opening auxiliary is no given name", () => {
  it('"Will", "Can", "Did" opening a question start no name', () => {
    expect(actors('Will Vosmir agree to talks? The Kremlin said it would not negotiate.').map((a) => a.name)).not.toContain('Will Vosmir');
    expect(actors('Did Vesk Mining reject the offer? It did.').map((a) => a.name)).toContain('Vesk Mining');
    expect(actors('"Will Norland talk to us?" the minister asked.').map((a) => a.name)).toContain('Norland');
  });
  it('a statement opened by the given name Will still names the person', () => {
    expect(actors('Will Halden refused to negotiate with the studio.').map((a) => a.name)).toContain('Will Halden');
  });
});

describe('a person\'s body from a relative clause on "who" (issue #10)', () => {
  it('"Olaf Brenn, who chairs Calder Mining," is of Calder Mining', () => {
    expect(named(actors('Olaf Brenn, who chairs Calder Mining, met the bidders.'), 'Olaf Brenn')?.affiliation).toBe('calder-mining');
    // (past an age set off by commas)
    expect(named(actors('Olaf Brenn, 67, who chairs Calder Mining, met the bidders.'), 'Olaf Brenn')?.affiliation).toBe('calder-mining');
  });
  it('not a body the clause names after another verb ("who met Calder Mining")', () => {
    expect(named(actors('Olaf Brenn, who met Calder Mining on Monday, refused.'), 'Olaf Brenn')?.affiliation).toBeFalsy();
  });
});

describe('letters after a name', () => {
  it('"The Rt Hon Tom Vasko MP", "Ana Ruiz KC": the letters are no word of the name, and no party of their own', () => {
    const a = actors('The Rt Hon Tom Vasko MP said he would meet the union.');
    expect(named(a, 'Tom Vasko')?.type).toBe('person');
    const b = actors('Ana Ruiz KC, for the union, said the offer was rejected.');
    expect(named(b, 'Ana Ruiz')?.type).toBe('person');
    expect(b.some((x) => x.name === 'KC')).toBe(false);
    const c = actors('Ana Ruiz SC, for the union, said the offer was rejected.');
    expect(named(c, 'Ana Ruiz')?.type).toBe('person');
    expect(c.some((x) => x.name === 'SC')).toBe(false);
  });
});

describe("a minister's portfolio is no name", () => {
  it('"Minister of Foreign Affairs and International Cooperation Tom Vasko": no person "Foreign Affairs"', () => {
    const a = actors('Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Tom Vasko of the Kingdom of Cambodia will attend the meeting.');
    expect(a.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Tom Vasko']);
  });
  it('"Minister of Foreign Affairs Ana Vesk" still names Ana Vesk', () => {
    expect(named(actors('Minister of Foreign Affairs Ana Vesk of the Kingdom of Thailand will attend.'), 'Ana Vesk')?.type).toBe('person');
  });
});

describe('a title, its body and the name (no comma, or a comma at the end of the sentence)', () => {
  it('"The Secretary-General of NATO Ana Ruiz": NATO is a party of its own, and Ana Ruiz is of NATO', () => {
    const a = actors('The Secretary-General of NATO Ana Ruiz said she was ready to help.');
    expect(named(a, 'NATO')?.type).toBe('organization');
    expect(named(a, 'Ana Ruiz')?.affiliation).toBe(named(a, 'NATO')?.id);
  });
  it('"… brokered by the president of the Arab League, Oduya Kembeto." names Oduya Kembeto, of the League', () => {
    const a = actors('The talks were brokered by the president of the Arab League, Oduya Kembeto.');
    expect(named(a, 'Oduya Kembeto')?.type).toBe('person');
    expect(named(a, 'Oduya Kembeto')?.affiliation).toBe(named(a, 'Arab League')?.id);
  });
  it('a body after a title\'s "of", with a comma and the end after it, is no person ("a member of the council, Halden Board.")', () => {
    const a = actors('The talks were held at the invitation of the chairman of the Halden Group.');
    expect(a.filter((x) => x.type === 'person')).toEqual([]);
  });
});
