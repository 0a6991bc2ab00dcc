import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { actors, afterMentions, drafts, named, texts } from './helpers.js';

describe('groups pass', () => {
  it('reads a group with its modifiers, a modifying group noun included', () => {
    const cx = afterMentions('Striking dockworkers and opposition lawmakers marched.');
    expect(drafts(cx)).toEqual([
      ['Striking dockworkers', 'group', ['Striking dockworkers']],
      ['opposition lawmakers', 'group', ['opposition lawmakers']],
    ]);
  });
  it('gives "members of the X" to X and a bare head to the last group with that head', () => {
    const cx = afterMentions('Members of the Coastal Fishers Union protested. Young farmers joined. The farmers left.');
    const d = drafts(cx);
    expect(d).toContainEqual(['Members of the Coastal Fishers Union', 'group', ['Members']]);
    expect(d).toContainEqual(['Young farmers', 'group', ['Young farmers', 'The farmers']]);
  });
  it('does not make a weak head alone a group', () => {
    const cx = afterMentions('Nations differ on this.');
    expect(drafts(cx)).toEqual([]);
  });
  it('does not make a gerund after a preposition with its particle after the head a modifier ("of holding workers back")', () => {
    const cx = afterMentions('Striking port workers rejected the offer after years of holding workers back.');
    expect(drafts(cx)).toEqual([['Striking port workers', 'group', ['Striking port workers']]]);
  });
  it('gives "representatives of the opposition X" to X across the words describing X', () => {
    const cx = afterMentions('Representatives of the opposition Halden Front warned they would not negotiate.');
    expect(drafts(cx)).toContainEqual(['Representatives of the Halden Front', 'group', ['Representatives']]);
    expect([...cx.drafts.values()].find((d) => d.name === 'Representatives of the Halden Front')?.affiliation).toBe('org:halden front');
  });
  it('does not take a headline\'s verb after its first word for a modifier ("Government rejects opposition\'s call")', () => {
    const cx = afterMentions('Government rejects opposition\'s call for talks\n\nThe talks are due next week.');
    expect(drafts(cx).map(([n]) => n)).toEqual(['opposition']);
  });
  it('reads a capitalised head after a proper noun as the end of a group name, even when tagged as a verb', () => {
    const cx = afterMentions('Talks between the Gulf States and Zorvania went well. The Gulf States stands ready to help.');
    expect(drafts(cx)).toContainEqual(['Gulf States', 'group', ['the Gulf States', 'The Gulf States']]);
  });
  it('gives a group in a "whose" clause to the name the clause follows', () => {
    const cx = afterMentions('The Velmor Front, whose leaders refused to disarm, attacked a convoy.');
    const leaders = [...cx.drafts.values()].find((d) => d.name === 'leaders');
    expect(leaders?.affiliation).toBe('org:velmor front');
  });
  it('reads the newer group heads (truckers, gunmen, pensioners) as groups', () => {
    const cx = afterMentions('Truckers refused to end the blockade. The gunmen said they would talk. Angry pensioners marched.');
    const d = drafts(cx).map(([n, t]) => [n, t]);
    expect(d).toEqual(expect.arrayContaining([['Truckers', 'group'], ['gunmen', 'group'], ['Angry pensioners', 'group']]));
  });
});

describe('groups pass: a singular group noun as a modifier', () => {
  it('makes "rebel forces" a group, whatever the tagger reads "rebel" and "forces" as', () => {
    const list = actors('The minister said he is ready to exchange lists with rebel forces on a prisoner exchange.');
    expect(list.find((a) => a.name === 'rebel forces')?.type).toBe('group');
  });
  it('never runs a group across a separator or a line break', () => {
    const names = (t: string) => actors(t).map((a) => a.name);
    expect(names('Quillmark Bids for Tessaro | Valdan Dockers Back to Work\n\nThe dockers agreed.')).toContain('Valdan Dockers');
    expect(names('Talks with Quillmark\nValdan Dockers Back to Work\n\nThe dockers agreed.').some((n) => n.includes('\n'))).toBe(false);
  });
  it('reads "members of the opposition" as the opposition, and keeps the article of "member states of the United Nations"', () => {
    const list = actors('We met with Valdan officials as well as members of the opposition and journalists. The opposition said it would wait. We will work with member states of the United Nations.');
    expect(texts(named(list, 'opposition')).slice(0, 2)).toEqual(['members of the opposition', 'The opposition']);
    expect(named(list, 'member states of the United Nations')?.affiliation).toBe('un');
  });
});


describe('a writer\'s distance before a group', () => {
  it('"the so-called Gat Velsa opposition movement" names the group without "called"', () => {
    const list = actors('Talks resume\n\nLeaders of the so-called Gat Velsa opposition movement met the prime minister. The self-styled Velmor army refused.');
    expect(list.map((a) => a.name)).toContain('Gat Velsa opposition');
    expect(list.some((a) => /called|styled/.test(a.name))).toBe(false);
  });
});

describe('a group an appositive makes members of a body', () => {
  it('"the 140 cleaners, members of the Halden Services Union," belong to the union, also as a later mention of a group', () => {
    const list = actors('Cleaners stay out\n\nThe 140 cleaners, members of the Halden Services Union (HSU), want the firm to pay them more.');
    const g = list.find((a) => a.type === 'group' && /cleaners/i.test(a.name));
    expect(g?.affiliation).toBe(named(list, 'Halden Services Union')?.id);
  });
});

describe('political groups by their plural', () => {
  it('"two SDU deputies" belong to the SDU; "the independents" are a group', () => {
    const list = actors('Two SDU deputies said they would take part. The independents said they would not back the budget.');
    expect(list.find((a) => a.name === 'SDU deputies')?.affiliation).toBe(named(list, 'SDU')?.id);
    expect(named(list, 'independents')?.type).toBe('group');
  });
  it('"studios" list the companies after them', () => {
    const list = actors('Two smaller studios, Lanternfish Games and Pixelmoor, broke ranks.');
    expect(named(list, 'Pixelmoor')?.type).toBe('organization');
  });
});

describe('a group noun opening the sentence before "of"', () => {
  it('"Shareholders of Kallister Group" are a group of the company, not one name', () => {
    const list = actors('Shareholders of Kallister Group rejected the merger.');
    expect(named(list, 'Kallister Group')?.type).toBe('organization');
    expect(list.find((a) => a.type === 'group')?.affiliation).toBe(named(list, 'Kallister Group')?.id);
  });
});

describe('a trade noun opening the sentence that the tagger reads as an imperative', () => {
  it('"Dock workers in Porthaven said …" is a group', () => {
    expect(named(actors('Dock workers in Porthaven said they would not return to work.'), 'Dock workers')?.type).toBe('group');
  });
});

describe('a group head opening the sentence that the tagger reads as a verb', () => {
  it('"Bosses at the plant requested a meeting with unions": the bosses hold it, not the unions', () => {
    const doc = analyze('Bosses at the Stockton plant requested a meeting with unions.');
    expect(doc.cues.find((c) => c.type === 'engagement')?.holder).toBe('bosses');
  });
});

describe('a party label before a group\'s plural', () => {
  it('"Labour MPs", "Tory MPs" are groups, no person', () => {
    const list = actors('Labour MPs said they would boycott the vote. Tory MPs rejected the deal.');
    expect(named(list, 'Labour MPs')?.type).toBe('group');
    expect(named(list, 'Tory MPs')?.type).toBe('group');
  });
});

describe('"blocs" heads a group', () => {
  it('"the other political blocs" is a party that acts', () => {
    const doc = analyze('The Vesk Front called off its boycott of parliament once the rival political blocs agreed to its demand.');
    const agree = doc.cues.find((c) => c.text.startsWith('agreed to'));
    expect(doc.actors.find((a) => a.id === agree?.holder)?.name).toMatch(/political blocs$/);
  });
});

describe('a verb before a group is no modifier of it', () => {
  it('"the talks have not involved hospital workers": a participle after an auxiliary', () => {
    const list = actors('The talks have not involved hospital workers, who are still due to walk out.');
    expect(named(list, 'hospital workers')).toBeDefined();
    expect(list.some((a) => /involved/.test(a.name))).toBe(false);
  });
  it('"Unions representing ambulance workers": an -ing word right after a noun opens a clause', () => {
    const list = actors('Unions representing ambulance workers and porters have been in talks with the Halden Health Board.');
    expect(named(list, 'ambulance workers')).toBeDefined();
    expect(list.some((a) => /representing/.test(a.name))).toBe(false);
  });
  it('still "the demands of striking workers" and "Striking dockworkers"', () => {
    expect(named(actors('They heard the demands of striking workers.'), 'striking workers')).toBeDefined();
    expect(named(actors('Striking dockworkers marched on Monday.'), 'Striking dockworkers')).toBeDefined();
  });
});

describe('members of a body named by the acronym the document introduced', () => {
  it('"members of the HTI" after "the Harlan Teachers Institute (HTI)" are a group of that institute', () => {
    const a = actors('The Harlan Teachers Institute (HTI) met the minister. The offer was rejected by members of the HTI last year.');
    const g = a.find((x) => x.type === 'group' && /^members/.test(x.name));
    expect(g?.affiliation).toBe(named(a, 'Harlan Teachers Institute')?.id);
  });
  it('an acronym never introduced names no body ("members of the XKV")', () => {
    const a = actors('The offer was rejected by members of the XKV last year.');
    expect(a.some((x) => x.type === 'group' && x.affiliation)).toBe(false);
  });
});
