import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';

describe('document affiliations', () => {
  it('gives bare officials the country that dominates the story', () => {
    const list = actors('Peru raised tariffs. Peru says the move is temporary. Officials said Peru would review it.');
    expect(named(list, 'Officials')?.affiliation).toBe('PER');
  });
  it('makes the opposition the one party called so', () => {
    const list = actors('The opposition Harmony Party boycotted the vote. The opposition said it would return.');
    expect(texts(named(list, 'Harmony Party'))).toEqual(['The opposition', 'Harmony Party', 'The opposition', 'it']);
  });
  it('makes "the main opposition party" of a lede the political body named right after it', () => {
    const list = actors(
      "Velmora's main opposition party boycotted the budget vote on Thursday. The Civic Renewal Party (CRP) said it would not return until an audit was held. A smaller opposition group, the Green Front, voted against the budget.",
    );
    expect(texts(named(list, 'Civic Renewal Party'))).toEqual(['main opposition', 'Civic Renewal Party', 'CRP', 'it']);
    expect(named(list, 'Green Front')).toBeDefined();
  });
  it('leaves the description alone when no political body is named soon after, or only one described ("the ruling party")', () => {
    const list = actors("Velmora's main opposition alliance shunned the talks run by the ruling party. Officials said the talks would go on.");
    expect(list.map((a) => a.name)).toContain('main opposition');
  });
});

describe('the main country and a counterpart', () => {
  it('an official named beside a person the text gives the main country is not given it when another country is named', () => {
    const list = actors(
      'Prime Minister Ana Ruiz spoke with Peruvian President Tomas Berg. Peru wants a trade deal; Peru and Chile meet in May. Peru hosts the talks.',
    );
    expect(named(list, 'Ana Ruiz')?.affiliation ?? null).toBeNull();
    expect(named(list, 'Tomas Berg')?.affiliation).toBe('PER');
  });
  it('an official alone in the story of one country still is that country\'s', () => {
    const list = actors('Peru raised tariffs. Peru says the move is temporary. Justice Minister Ana Ruiz said Peru would review it.');
    expect(named(list, 'Ana Ruiz')?.affiliation).toBe('PER');
  });
});

describe('"the rebels" of a story about one armed movement', () => {
  const holders = (text: string) => {
    const r = analyze(text);
    return r.cues.map((c) => r.actors.find((a) => a.id === c.holder)?.name ?? null);
  };
  it('is that movement when the text names only one ("the Northern Liberation Front … the rebels")', () => {
    expect(holders('The Northern Liberation Front set out its terms on Monday. The rebels have said they will not negotiate with the army.')).toEqual(['Northern Liberation Front']);
  });
  it('so is the modifier "rebel" that stands for them ("rebel demands")', () => {
    const r = analyze('The government rejected rebel demands. The Holy Valley Brigades said on Monday that the rebels would keep fighting.');
    expect(r.actors.find((a) => a.name === 'rebels')).toBeUndefined();
  });
  it('not with two such movements', () => {
    expect(holders('The Southern Dignity Movement and the National Front met. The rebels have refused to negotiate.')).toEqual(['rebels']);
  });
  it('not bare "rebels" with no article, which may be any', () => {
    expect(holders('The Freedom Movement held a rally. Rebels in the north refused to negotiate.')).toEqual(['Rebels']);
  });
  it('not a state\'s army', () => {
    const r = analyze('The Velmar government sent the army north. The rebels refused to negotiate.');
    expect(r.actors.map((a) => a.name)).toContain('rebels');
  });
});

describe('a person after a possessive pronoun and a title (issue #10)', () => {
  it('"Its chief executive, Marten Hale," is of the body "its" stands for', () => {
    const list = actors('Orvane Foods cut the night shift. Its chief executive, Marten Hale, said he would not reopen the pay deal.');
    expect(named(list, 'Marten Hale')?.affiliation).toBe('orvane-foods');
  });
  it('"Their lead negotiator Kerry Dobson" too', () => {
    expect(named(actors('The Sarn Dockers\' Union met on Friday. Their lead negotiator Kerry Dobson said they would not sign.'), 'Kerry Dobson')?.affiliation).toBe('sarn-dockers-union');
  });
});

describe('"the employers" of a text that names one body of employers (issue #10)', () => {
  it('is that body, named before it', () => {
    const list = actors("The Teesmark Employers' Federation met on Tuesday. The employers refused to raise their offer.");
    expect(texts(named(list, "Teesmark Employers' Federation"))).toContain('The employers');
  });
  it('not when the group comes first', () => {
    const list = actors("Employers refused to raise their offer. The Teesmark Employers' Federation met on Tuesday.");
    expect(named(list, 'Employers')).toBeDefined();
  });
});

describe('a person set off by commas beside a title owned by "its"/"their"', () => {
  const affiliationOf = (text: string, name: string) => {
    const doc = analyze(text);
    const p = doc.actors.find((a) => a.name === name);
    return doc.actors.find((a) => a.id === p?.affiliation)?.name ?? null;
  };
  it('"its chairman, X," belongs to the party "its" stands for', () => {
    expect(affiliationOf('People close to Orvane say its chairman, Lin Po-wen, approved a licensing deal with Pellucid.', 'Lin Po-wen')).toBe('Orvane');
  });
  it('", its chief executive," after the name', () => {
    expect(affiliationOf('Orvane Holdings named Ana Brel, its chief executive, to lead the talks.', 'Ana Brel')).toBe('Orvane Holdings');
  });
  it('"their leader, X,"', () => {
    expect(affiliationOf("The Halden Workers' Union met on Friday. Their leader, Pim Arlo, said they would not accept the offer.", 'Pim Arlo')).toBe("Halden Workers' Union");
  });
});

describe('a title owned by a name, set off by commas after a person', () => {
  const affOf = (text: string, person: string) => {
    const list = actors(text);
    const p = named(list, person);
    return list.find((a) => a.id === p?.affiliation)?.name ?? null;
  };
  it.each([
    ["Ana Perrin, Tarvex's chief executive, said she would not accept the offer.", 'Tarvex'],
    ["Bob Lanning, the union's leader, said he would not accept the offer.", 'union'],
    ["Ana Perrin, the Halden Union's general secretary, said the offer was an insult.", 'Halden Union'],
    ["Ana Perrin, Vesk's foreign minister, said talks would resume.", 'Vesk'],
  ])('%s', (text, owner) => {
    expect(affOf(text, text.split(',')[0]!)).toBe(owner);
  });
  it('not a possessive that owns no title ("Ana Perrin, Tarvex\'s largest shareholder, said")', () => {
    expect(affOf("Ana Perrin, Tarvex's largest shareholder, said she would not accept the offer.", 'Ana Perrin')).toBeNull();
  });
});

describe('a plural title in apposition after coordinated names', () => {
  const affOf = (list: ReturnType<typeof actors>, name: string) => list.find((a) => a.id === named(list, name)?.affiliation)?.name;
  it('gives every name of the list the body ("A and B, co-chairs of X,")', () => {
    const list = actors('Dr Ana Perrin and Dr Tom Vasko, co-chairs of the Halden Nurses Committee, said they would not call off the strike.');
    expect(affOf(list, 'Ana Perrin')).toBe('Halden Nurses Committee');
    expect(affOf(list, 'Tom Vasko')).toBe('Halden Nurses Committee');
  });
  it('and through a list of three, when the apposition was read as a group ("members of X")', () => {
    const list = actors('Ana Perrin, Tom Vasko and Li Dunn, members of the Halden Workers Union, rejected the offer.');
    for (const n of ['Ana Perrin', 'Tom Vasko', 'Li Dunn']) expect(affOf(list, n)).toBe('Halden Workers Union');
  });
  it('not to a name kept apart by words of its own ("A of Y and B, members of X,")', () => {
    const list = actors('Ana Perrin of the Brelvan Bar Council and Tom Vasko, members of the Halden Workers Union, met.');
    expect(affOf(list, 'Ana Perrin')).toBe('Brelvan Bar Council');
  });
});

describe('a plural title in "-men"', () => {
  it('"A and B, co-chairmen of X," are both of X', () => {
    const list = actors('Dr Ana Perrin and Dr Tom Vasko, co-chairmen of the Halden Nurses Committee, said talks had failed.');
    for (const n of ['Ana Perrin', 'Tom Vasko']) expect(list.find((a) => a.id === named(list, n)?.affiliation)?.name).toBe('Halden Nurses Committee');
  });
});
