import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorById, findActors, mentionsBySentence } from '../src/pipeline/actors.js';
import { normalise } from '../src/pipeline/normalise.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import type { ActorRecord } from '../src/pipeline/types.js';

function run(text: string): ActorRecord[] {
  const a = normalise(text);
  const actors = findActors(text, parseSentences(a, splitSentences(text, a)));
  for (const x of actors) for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}
const byName = (actors: ActorRecord[], name: string) => actors.find((a) => a.name === name);
const texts = (a: ActorRecord | undefined) => a?.mentions.map((m) => m.text) ?? [];
const people = (actors: ActorRecord[]) => actors.filter((a) => a.type === 'person').map((a) => a.name);

describe('countries and metonyms', () => {
  it('maps short names, acronyms, capitals and seats of government to the country', () => {
    const actors = run('The Kremlin said Moscow would answer. The U.S. and the United States of America are one; the White House agreed with Washington.');
    const rus = actorById(actors).get('RUS');
    expect(rus?.name).toBe('Russia');
    expect(texts(rus)).toEqual(['Kremlin', 'Moscow']);
    const usa = actorById(actors).get('USA');
    expect(usa?.name).toBe('United States');
    expect(texts(usa)).toEqual(expect.arrayContaining(['U.S.', 'United States of America', 'White House', 'Washington']));
  });
  it('uses spec canonical names and ISO ids', () => {
    const actors = run('Britain, North Korea and Iran met Turkey.');
    expect(actors.map((a) => [a.id, a.name])).toEqual([
      ['GBR', 'United Kingdom'],
      ['PRK', 'North Korea'],
      ['IRN', 'Iran'],
      ['TUR', 'Turkey'],
    ]);
  });
  it('does not take the pronoun "us" or the word "who" for actors', () => {
    const actors = run('They told us who would pay. The WHO and the US disagreed.');
    expect(actors.map((a) => a.id).sort()).toEqual(['USA', 'who'].sort());
    expect(texts(actorById(actors).get('USA'))).toEqual(['US']);
  });
  it('maps a demonym alone to the country', () => {
    const actors = run('Iranian pressure grew over the summer.');
    expect(actors[0]).toMatchObject({ id: 'IRN', type: 'country' });
    expect(actors[0]!.mentions[0]!.kind).toBe('demonym');
  });
  it('recognises international organisations', () => {
    const actors = run('The E.U. and NATO met the U.N. Security Council and the IMF.');
    // the UN, named only as the Security Council's affiliation, is listed last without mentions
    expect(actors.map((a) => a.id)).toEqual(['eu', 'nato', 'unsc', 'imf', 'un']);
    expect(actorById(actors).get('unsc')?.affiliation).toBe('un');
    expect(actorById(actors).get('un')?.mentions).toEqual([]);
  });
});

describe('groups', () => {
  it('makes demonym + role noun a group affiliated to the country', () => {
    const actors = run('Mexican negotiators walked out. Later, Kenyan teachers rejected the offer.');
    expect(byName(actors, 'Mexican negotiators')).toMatchObject({ type: 'group', affiliation: 'MEX', id: 'mexican-negotiators' });
    expect(byName(actors, 'Kenyan teachers')).toMatchObject({ type: 'group', affiliation: 'KEN' });
  });
  it('makes demonym + government the country itself', () => {
    const actors = run('The Peruvian government refused.');
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ id: 'PER', type: 'country' });
    expect(actors[0]!.mentions[0]).toMatchObject({ text: 'Peruvian government', kind: 'description' });
  });
  it('finds bare groups and resolves a later "the rebels" to the same group', () => {
    const actors = run('Separatist rebels seized the town. Analysts expect the rebels to negotiate.');
    const rebels = byName(actors, 'Separatist rebels');
    expect(texts(rebels)).toEqual(['Separatist rebels', 'the rebels']);
    expect(byName(actors, 'Analysts')?.type).toBe('group');
  });
  it('needs a modifier for weak heads like "countries"', () => {
    expect(run('Many countries agreed.').filter((a) => a.type === 'group')).toHaveLength(0);
    expect(byName(run('Poor countries agreed.'), 'Poor countries')?.type).toBe('group');
  });
});

describe('people', () => {
  it('strips a title and affiliates to the country before it', () => {
    const actors = run('Canadian Finance Minister Jane Morrow met reporters.');
    expect(people(actors)).toEqual(['Jane Morrow']);
    expect(byName(actors, 'Jane Morrow')?.affiliation).toBe('CAN');
  });
  it('affiliates through a possessive and apposition', () => {
    const actors = run("Tokyo's chief negotiator, Kenji Watanabe, arrived on Monday.");
    expect(byName(actors, 'Kenji Watanabe')?.affiliation).toBe('JPN');
  });
  it('affiliates through "from the X"', () => {
    const actors = run('Maria Lopez from the Brookings Institution disagreed.');
    expect(byName(actors, 'Maria Lopez')?.affiliation).toBe('brookings-institution');
    expect(byName(actors, 'Brookings Institution')?.type).toBe('organization');
  });
  it('reads a capital "He" before a name as a surname', () => {
    const actors = run('Vice Premier He Yanming will travel to Paris. He said talks would help.');
    expect(people(actors)).toEqual(['He Yanming']);
    const he = byName(actors, 'He Yanming')!;
    expect(he.mentions.map((m) => m.kind)).toEqual(['name', 'pronoun']);
  });
  it('splits two titled people joined by "and"', () => {
    const actors = run('Defense Minister Paul Okafor and Interior Minister Grace Bello signed the deal.');
    expect(people(actors)).toEqual(['Paul Okafor', 'Grace Bello']);
  });
  it('does not make people of capitalised phrases without evidence', () => {
    expect(people(run('Trade Talks resumed in Geneva on Friday. Human Rights matter.'))).toEqual([]);
  });
  it('resolves a surname and a title to the person', () => {
    const actors = run('Prime Minister Arjun Mehta arrived late. Mehta spoke first. The prime minister then left.');
    const p = byName(actors, 'Arjun Mehta')!;
    expect(p.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Arjun Mehta', 'name'],
      ['Mehta', 'surname'],
      ['The prime minister', 'title'],
    ]);
  });
});

describe('organisations', () => {
  it('finds names ending in an organisation head and parenthesised acronyms', () => {
    const actors = run('The National Farmers Union (NFU) rejected the plan. The NFU said it would strike.');
    const nfu = byName(actors, 'National Farmers Union')!;
    expect(nfu.type).toBe('organization');
    expect(texts(nfu)).toEqual(['National Farmers Union', 'NFU', 'NFU', 'it']);
  });
  it('affiliates a ministry named with its country', () => {
    const actors = run("Chile's Foreign Ministry protested.");
    expect(byName(actors, 'Foreign Ministry')?.affiliation).toBe('CHL');
  });
});

describe("a minister with no country named", () => {
  it("belongs to the story's country when one dominates", () => {
    const a = run('Ghana held elections on Monday. Ghana said the count was fair, and Ghana will certify it. Justice Minister Kofi Mensah welcomed the result.');
    expect(byName(a, 'Kofi Mensah')?.affiliation).toBe('GHA');
    // two mentions are too few to be sure whose minister he is
    const b = run('Ghana held elections on Monday. Ghana said the count was fair. Justice Minister Kofi Mensah welcomed the result.');
    expect(byName(b, 'Kofi Mensah')?.affiliation).toBeNull();
  });
});

describe('company short names', () => {
  it('call a two-word company by its first word once it is named', () => {
    const a = run('Nordvik Motors rejected a bid from Caldera Automotive. Caldera said it would raise the offer.');
    expect(texts(byName(a, 'Caldera Automotive'))).toEqual(['Caldera Automotive', 'Caldera', 'it']);
  });
});

describe('one group, named twice', () => {
  it('merges a headline\'s "Peru Opposition" into the body\'s "Peru\'s opposition"', () => {
    const a = run("Peru Opposition Ends Boycott\n\nPeru's opposition said it would return to the talks.");
    const g = a.filter((x) => x.type === 'group');
    expect(g.map((x) => x.name)).toEqual(["Peru's opposition"]);
    // ("it" is the opposition itself, a group named by a singular noun)
    expect(texts(g[0])).toEqual(['Peru Opposition', "Peru's opposition", 'it']);
  });
  it('counts a group named after a country toward that country for "the government"', () => {
    const a = run("Peru's opposition met envoys from Chile in Lima. Peru's opposition leaders said the government must free the prisoners.");
    expect(a.find((x) => x.mentions.some((m) => m.text === 'the government'))?.id).toBe('PER');
  });
});

describe('groups named through a possessive country', () => {
  it('take the country, past a count, and its demonym for their name', () => {
    const a = run("Two of Norway's 12 fishing unions have backed down.");
    const g = a.find((x) => x.type === 'group');
    expect(g?.name).toBe('Norwegian fishing unions');
    expect(g?.affiliation).toBe('NOR');
  });
});

describe('an unnamed body', () => {
  it('is a party all the same: "the union", "the company"', () => {
    const a = run("The union said it would not negotiate. The company rejected the union's demands.");
    expect(texts(a.find((x) => x.name === 'union'))).toEqual(['The union', 'it', 'the union']);
    expect(a.find((x) => x.name === 'company')?.type).toBe('organization');
  });
  it('is a body of workers named otherwise ("the union" for the Nurses Organisation)', () => {
    const a = run('The Pacific Nurses Organisation backed the deal. The union had rejected two offers.');
    expect(texts(a.find((x) => x.name === 'Pacific Nurses Organisation'))).toContain('The union');
  });
  it('is the named one when there is one', () => {
    const a = run('The Dock Workers Union called a strike. The union said it would not negotiate.');
    expect(a.find((x) => x.name === 'union')).toBeUndefined();
  });
});

describe('members of a named body', () => {
  it('join the body whose name holds their own words, before their country', () => {
    const a = run('Kenya Railway Workers End Strike\n\nThe Railway Workers Association said on Monday the strike was over.');
    const body = a.find((x) => x.name === 'Railway Workers Association');
    expect(body).toBeDefined();
    expect(a.find((x) => x.type === 'group' && /Railway Workers$/.test(x.name))?.affiliation).toBe(body?.id);
  });
});

describe('delegations', () => {
  it('affiliate "representatives from some of the world\'s island states" to the states they speak for', () => {
    const a = run("Delegates from many of the world's island states walked out of the summit.");
    const states = a.find((x) => x.name === 'island states');
    expect(states).toBeDefined();
    expect(a.find((x) => x.name === 'Delegates')?.affiliation).toBe(states?.id);
  });
});

describe('a side named as the epithet of one organisation', () => {
  it('makes "the opposition" the opposition party named so, and "opposition lawmakers" its members', () => {
    const a = run('Mara Voss leads the opposition Freedom Alliance Party. The opposition rejected the result, and opposition lawmakers stayed away.');
    const party = a.find((x) => x.name === 'Freedom Alliance Party');
    expect(texts(party)).toContain('The opposition');
    expect(a.find((x) => x.name === 'opposition lawmakers')?.affiliation).toBe(party?.id);
  });
  it('makes "the rebels" the rebel group named so', () => {
    const a = run('A spokesman for the Northern Liberation Front rebel group spoke on Friday. The rebels want a truce.');
    expect(texts(a.find((x) => x.name === 'Northern Liberation Front'))).toContain('The rebels');
  });
  it('does not merge when two organisations share the epithet', () => {
    const a = run('The opposition Freedom Party and the opposition Labour Union met. The opposition walked out.');
    expect(texts(a.find((x) => x.name === 'Freedom Party'))).not.toContain('The opposition');
  });
});

describe("a leader's government", () => {
  it('takes "the <surname> administration" for the United States when no such leader is named', () => {
    const a = run('The Carter administration has demanded that Norland open its ports.');
    expect(texts(a.find((x) => x.id === 'USA'))).toContain('Carter');
  });
  it('takes "the Lindqvist government" for the leader\'s country', () => {
    const actors = run('Swedish Prime Minister Eva Lindqvist spoke on Monday. The Lindqvist government has rejected the plan.');
    expect(actors.find((a) => a.name === 'Lindqvist')).toBeUndefined();
    expect(texts(actors.find((a) => a.id === 'SWE'))).toContain('Lindqvist');
  });
  it('leaves an organisation named like a person alone when no government word follows', () => {
    const actors = run('Swedish Prime Minister Eva Lindqvist spoke on Monday. Lindqvist said the plan was fair.');
    expect(texts(actors.find((a) => a.name === 'Eva Lindqvist'))).toContain('Lindqvist');
  });
});

describe('standalone acronyms', () => {
  it('makes an all-capital word an organisation ("ZANU-PF", "LTTE")', () => {
    const actors = run('The KLF-PX party said it would not take part. The QRTM rejected the plan.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual(expect.arrayContaining(['QRTM']));
    expect(actors.some((a) => a.type === 'organization' && a.name.startsWith('KLF'))).toBe(true);
  });
  it('leaves units and shouting headlines alone', () => {
    const actors = run('GDP rose 2 percent on Monday. TALKS COLLAPSE IN GENEVA AS DELEGATES LEAVE');
    expect(actors.filter((a) => a.type === 'organization')).toEqual([]);
  });
  it('leaves words set in capitals for emphasis alone ("will NOT leave", "NEVER")', () => {
    const actors = run('Norland said it would NOT withdraw its troops. "We will NEVER sign," the minister said, and ONLY talks could help.');
    expect(actors.map((a) => a.name)).toEqual(['Norland', 'troops']);
  });
});

describe('pronouns', () => {
  it('takes "they" for a state named in passing before an organisation named in passing', () => {
    const actors = run('Ana Ruiz of the Harbor Institute described the hints from Norway, noting that they want a deal.');
    const they = actors.flatMap((a) => a.mentions.map((m) => ({ id: a.id, m }))).find((x) => x.m.text === 'they');
    expect(they?.id).toBe('NOR');
  });
  it('still takes "they" for a group before a state', () => {
    const actors = run('Norland dismissed the striking miners, who said they would return.');
    const they = actors.flatMap((a) => a.mentions.map((m) => ({ a, m }))).find((x) => x.m.text === 'they');
    expect(they?.a.type).toBe('group');
  });
  it('respects gender', () => {
    const actors = run('Finance Minister Laura Conti met Economy Minister Marco Rossi. She said he was right.');
    expect(texts(byName(actors, 'Laura Conti'))).toEqual(['Laura Conti', 'She']);
    expect(texts(byName(actors, 'Marco Rossi'))).toEqual(['Marco Rossi', 'he']);
  });
  it('takes gender from a gendered title, and from the first pronoun that resolves to a person', () => {
    const a = run('Spokeswoman Kiri Tane met envoy Alex Moru. She said he would return.');
    expect(texts(byName(a, 'Kiri Tane'))).toEqual(['Kiri Tane', 'She']);
    expect(texts(byName(a, 'Alex Moru'))).toEqual(['Alex Moru', 'he']);
  });
  it('resolves "it" to a country or organisation, never a person', () => {
    const actors = run('Minister Paul Novak said Poland would not sign. It wants more time.');
    expect(texts(byName(actors, 'Poland'))).toEqual(['Poland', 'It']);
  });
  it('resolves "they" to a group or country', () => {
    const actors = run('Colombian officials said they were ready.');
    expect(texts(byName(actors, 'Colombian officials'))).toEqual(['Colombian officials', 'they']);
  });
  it('resolves "we" in a quotation to its speaker', () => {
    const actors = run('"We will not kneel," Vietnam said.');
    expect(texts(byName(actors, 'Vietnam'))).toEqual(['We', 'Vietnam']);
    const b = run('Union leader Sipho Dlamini spoke on Monday. "We are demanding a raise," said Dlamini.\n\nThe bank agreed.');
    expect(texts(byName(b, 'Sipho Dlamini'))).toEqual(['Sipho Dlamini', 'We', 'Dlamini']);
  });
  it('takes the speaker of an unattributed quotation from the sentence before, or the subject before the quote', () => {
    const a = run('"They refused," said Anna Berg. "We will not wait."');
    expect(texts(byName(a, 'Anna Berg'))).toEqual(['Anna Berg', 'We']);
    const b = run('Chancellor Anna Berg rejected the offer, telling lawmakers, "We will wait for the vote."');
    expect(texts(byName(b, 'Anna Berg'))).toEqual(['Anna Berg', 'We']);
  });
  it('gives a quoted "we" to the speaker named after the quote, not to someone named inside it', () => {
    const a = run('Envoy Tomas Lind met the press on Monday.\n\n"We want the Norland cabinet to tell us what it plans before we meet General Piet Vos," he said.');
    expect(texts(byName(a, 'Tomas Lind'))).toEqual(['Tomas Lind', 'We', 'us', 'we', 'he']);
    expect(texts(byName(a, 'Piet Vos'))).toEqual(['Piet Vos']);
  });
  it('takes a pronoun after a reporting verb for that verb\'s subject, even across a relative "that"', () => {
    const a = run('Japan says it is working with allies to learn more about the armed group, the Red Hand Front, that reportedly says it will free the captives.');
    const its = a.flatMap((x) => x.mentions.filter((m) => m.text === 'it').map(() => x.name));
    expect(its).toEqual(['Japan', 'Red Hand Front']);
  });
  it('takes a possessive after ", saying" for the reported clause\'s subject', () => {
    const a = run('Peru rejected the plan, saying Ecuador must first recall its troops.');
    expect(texts(byName(a, 'Ecuador'))).toEqual(['Ecuador', 'its']);
  });
  it('takes "his government" for the country of the person "his" names', () => {
    const a = run("Chile's foreign minister, Ana Ruiz, said her government was ready.");
    expect(texts(byName(a, 'Chile'))).toEqual(["Chile", 'her government']);
  });
  it('takes "it" after "<Name> (<ACRONYM>), says" for the name', () => {
    const a = run("The nation's biggest union, the Dock Workers Union (DWU), says it will not accept the decree.");
    expect(texts(byName(a, 'Dock Workers Union'))).toContain('it');
  });
  it('leaves first-person pronouns outside quotations alone', () => {
    const actors = run('Vietnam said we should wait. I think so.');
    expect(texts(byName(actors, 'Vietnam'))).toEqual(['Vietnam']);
  });
  it('skips an expletive "it"', () => {
    const actors = run('Egypt met Sudan. It is unclear whether talks will resume.');
    expect(actors.flatMap((a) => a.mentions).filter((m) => m.kind === 'pronoun')).toEqual([]);
  });
});

describe('resolution rules', () => {
  it('resolves "the government" to the main country, and keeps it', () => {
    // the visitor's country is named last, but the story is about the host
    const actors = run(
      'Chile is holding elections. In Chile, unions and business leaders met. Peru sent its foreign minister, who met the government. The government later said talks would go on.',
    );
    const gov = actors.flatMap((a) => a.mentions.filter((m) => /government/i.test(m.text)).map(() => a.id));
    expect(gov).toEqual(['CHL', 'CHL']);
  });
  it('resolves "the government" to a country named with it when the document has one', () => {
    const actors = run('Fiji and the rebels met. The government said talks would resume.');
    expect(texts(byName(actors, 'Fiji'))).toContain('The government');
    // no country: nothing to resolve
    expect(run('The government said talks would resume.').filter((a) => a.type === 'country')).toEqual([]);
  });
  it('makes "the authorities" the country', () => {
    const actors = run('Protests spread across Belarus. The authorities refused to negotiate.');
    expect(texts(byName(actors, 'Belarus'))).toEqual(['Belarus', 'The authorities']);
  });
  it('affiliates bare officials to the dominant country only', () => {
    const one = run('Kenya raised taxes. Kenya says it needs money. Officials said talks were over.');
    expect(byName(one, 'Officials')?.affiliation).toBe('KEN');
    const two = run('Kenya met Uganda. Officials said talks were over.');
    expect(byName(two, 'Officials')?.affiliation).toBeNull();
  });
  it('joins a bare "Rebels" headline to the named group and reads "rebel" as the group', () => {
    const actors = run('Rebels Agree to Talks\n\nSeparatist rebels and the government will meet. The rebel leadership wants guarantees.');
    const rebels = byName(actors, 'Separatist rebels')!;
    expect(texts(rebels)).toEqual(['Rebels', 'Separatist rebels', 'rebel']);
    expect(byName(actors, 'Rebels')).toBeUndefined();
    // "rebel" with no rebel group stays a word
    expect(run('The rebel leadership wants guarantees.').filter((a) => a.type === 'group')).toEqual([]);
  });
  it('affiliates "members of X" and workers to the union named with their noun', () => {
    const actors = run('The 30 members of the Pacific Trade Council rejected the plan. The Coastal Nurses Union said nurses would strike.');
    expect(byName(actors, 'members of the Pacific Trade Council')).toMatchObject({ type: 'group', affiliation: 'pacific-trade-council' });
    expect(byName(actors, 'nurses')).toBeUndefined();
    const b = run('The Coastal Nurses Union met the minister. Hospital nurses said they would strike.');
    expect(byName(b, 'Hospital nurses')?.affiliation).toBe('coastal-nurses-union');
    // a union of another trade is no affiliation
    expect(byName(run('The Coastal Teachers Union met the minister. Hospital nurses said they would strike.'), 'Hospital nurses')?.affiliation).toBeNull();
  });
  it('reads "X for Y" names as organisations and skips a demonym inside a company name', () => {
    const actors = run('The chairman of the Lawyers for Fair Trials, Dr Ruth Mensah, spoke. Shares of Anglo Swedish Mining rose.');
    expect(byName(actors, 'Lawyers for Fair Trials')?.type).toBe('organization');
    expect(actors.find((a) => a.id === 'SWE')).toBeUndefined();
    expect(byName(run('Swedish Mining rose.'), 'Sweden')).toBeDefined();
  });
  it('reads "Group of Thirty-one" as a name of its own', () => {
    const actors = run('The states formed what they named the Group of Thirty-one.');
    expect(actors.map((a) => a.name)).toEqual(['Group of Thirty-one']);
  });
  it('affiliates a person through a bare organisation word in the title and through "is the director of"', () => {
    const actors = run('China\'s Commerce Ministry said the deal was close. Ministry spokesman Liu Wen said talks went well. Sara Olsen is the director of the Nordic Peace Institute.');
    expect(byName(actors, 'Liu Wen')?.affiliation).toBe('CHN');
    expect(byName(actors, 'Sara Olsen')?.affiliation).toBe('nordic-peace-institute');
    expect(byName(run('Sara Olsen is angry at the Nordic Peace Institute.'), 'Sara Olsen')?.affiliation ?? null).toBeNull();
  });
  it('keeps the title of one person from the next one in a coordination', () => {
    const actors = run('Prime Minister Arjun Mehta and rebel leader Ravi Thapa met. The prime minister left.');
    expect(texts(byName(actors, 'Arjun Mehta'))).toEqual(['Arjun Mehta', 'The prime minister']);
  });
});

describe('pronoun preferences', () => {
  it('prefers a group for "they", and the clause after "but"', () => {
    const actors = run('The ministry and the striking miners met on Monday. They agreed to continue.');
    expect(texts(byName(actors, 'striking miners'))).toContain('They');
    const b = run('Both Peru and the insurgents agreed, but there is concern over insurgent demands that their fighters stay armed.');
    expect(byName(b, 'Peru')?.mentions.map((m) => m.text)).toEqual(['Peru']);
  });
  it('passes over a prepositional object and a possessive before a name', () => {
    const actors = run("Kenya's Teachers Union spoke with Uganda, and it said the talks failed.");
    expect(texts(byName(actors, 'Teachers Union'))).toContain('it');
    const b = run('Talks with Ghana went on as Togo said it was ready.');
    expect(texts(byName(b, 'Togo'))).toEqual(['Togo', 'it']);
  });
  it('follows a subject pronoun of the previous sentence', () => {
    const actors = run('An alliance of poor nations was led by Brazil and Chile. They called themselves the Group. They came together to demand compromises.');
    expect(texts(byName(actors, 'poor nations'))).toEqual(['poor nations', 'They', 'themselves', 'They']);
  });
});

describe('venues and datelines', () => {
  it('makes a country mentioned only as a venue a location', () => {
    const actors = run('Talks with Argentina were held in Norway.');
    expect(byName(actors, 'Argentina')?.type).toBe('country');
    expect(byName(actors, 'Norway')?.type).toBe('location');
  });
  it('skips a dateline', () => {
    const actors = run('NAIROBI (Reuters) - Ethiopia said on Monday it would join the talks.');
    expect(actors.map((a) => a.id)).toEqual(['ETH']);
  });
  it('skips a dateline with a place and a date after the city ("HARWICK, Ohio, May 2 - …")', () => {
    const actors = run('HARWICK, Ohio, May 2 - Ethiopia said on Monday it would join the talks.');
    expect(actors.map((a) => a.id)).toEqual(['ETH']);
  });
  it('skips a dateline whose date puts the day first ("LONDON, 20 May -", "PARIS, 3 June 2026 -"): the city is no party, the month no name', () => {
    expect(run('LONDON, 20 May - The union said it would join the talks.').map((a) => a.name)).toEqual(['union']);
    expect(run('PARIS, 3 June 2026 - Ethiopia said it would join the talks.').map((a) => a.id)).toEqual(['ETH']);
  });
  it('skips a dateline with a comma before the agency and a run of dashes ("KARSK, (Vesk Press) -– …"): the city is no holder', () => {
    expect(run('KARSK, (Vesk Press) -– Ethiopia said it would join the talks.').map((a) => a.id)).toEqual(['ETH']);
    expect(run('KARSK (Vesk Press) —— Ethiopia said it would join the talks.').map((a) => a.id)).toEqual(['ETH']);
  });
  it('skips a dateline whose city carries its region in brackets before the date ("TALMOR (Norland), May 2 (Vesk Press) --")', () => {
    expect(run('SAN JOSE (Costa Rica), May 2 (Vesk Press) -- Ethiopia said it would join the talks.').map((a) => a.id)).toEqual(['ETH']);
  });
  it('skips a dateline of five words in capitals with letters outside A-Z ("SAN MIGUEL DE LAS PEÑAS, Norland --")', () => {
    expect(run('SAN MIGUEL DE LAS PEÑAS, Norland -- Ethiopia said it would join the talks.').map((a) => a.id)).toEqual(['ETH']);
    expect(run('SÃO TOMÉ, May 2 - The union said it would join the talks.').map((a) => a.name)).toEqual(['union']);
  });
  it('yields nothing for duplicate sentences', () => {
    const actors = run('Ghana agreed to talks.\n\nGhana agreed to talks.');
    expect(actors[0]!.mentions).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('groups mentions by sentence, sorted', () => {
    const actors = run('Chile met Peru. Peru left.');
    const m = mentionsBySentence(actors);
    expect(m.get(0)!.map((x) => x.text)).toEqual(['Chile', 'Peru']);
    expect(m.get(1)!.map((x) => x.text)).toEqual(['Peru']);
  });
});

describe('seed article', () => {
  const text = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
  const actors = run(text);
  const ids = actorById(actors);
  it('finds the actors with their affiliations', () => {
    expect(ids.get('CHN')).toMatchObject({ name: 'China', type: 'country' });
    expect(ids.get('USA')).toMatchObject({ name: 'United States', type: 'country' });
    expect(ids.get('he-lifeng')).toMatchObject({ name: 'He Lifeng', type: 'person', affiliation: 'CHN' });
    expect(ids.get('scott-bessent')).toMatchObject({ name: 'Scott Bessent', type: 'person', affiliation: 'USA' });
    expect(ids.get('yun-sun')).toMatchObject({ name: 'Yun Sun', type: 'person', affiliation: 'stimson-center' });
    expect(ids.get('stimson-center')).toMatchObject({ name: 'Stimson Center', type: 'organization' });
  });
  it('resolves metonyms and finds no spurious people', () => {
    expect(texts(ids.get('CHN'))).toContain('Beijing');
    expect(texts(ids.get('USA'))).toContain('Washington');
    expect(people(actors).sort()).toEqual(['He Lifeng', 'Scott Bessent', 'Yun Sun']);
  });
  it('makes Switzerland a location', () => {
    expect(ids.get('CHE')?.type).toBe('location');
  });
  it('is sorted by first mention with sorted mentions', () => {
    const named = actors.filter((a) => a.mentions.length);
    // actors known only as an affiliation have no mentions and come last
    expect(actors.slice(0, named.length)).toEqual(named);
    const firsts = named.map((a) => a.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (const a of actors) expect(a.mentions.map((m) => m.start)).toEqual([...a.mentions.map((m) => m.start)].sort((x, y) => x - y));
  });
});

describe('sentence-opening pronouns', () => {
  const pronouns = (actors: ActorRecord[]) => actors.flatMap((a) => a.mentions.filter((m) => m.kind === 'pronoun').map((m) => `${m.text}=${a.name}`));
  it('takes the subject of the previous sentence for "It", "He" and "She"', () => {
    expect(pronouns(run('The United States accused China of stealing technology. It has demanded that Beijing stop.'))).toEqual(['It=United States']);
    expect(pronouns(run('In talks with Iran, France criticised Germany. It wants a deal.'))).toEqual(['It=France']);
    expect(pronouns(run('Ms. Clara Voss met Mr. Tomas Brandt in Vienna. She said the plan was dead.'))).toEqual(['She=Clara Voss']);
    expect(pronouns(run('Officials from the Halden Institute said Japan was wary. It has refused to join.'))).toEqual(['It=Japan']);
  });
  it('passes over a venue and an object for the subject', () => {
    expect(pronouns(run('At a summit in Brazil, Mexico rejected a proposal from Canada. But it later agreed to talk.'))).toEqual(['it=Mexico']);
  });
  it('keeps the group preference of "they"', () => {
    expect(pronouns(run('An alliance of small farmers led by Peru and Chile was formed. They demanded subsidies.'))).toEqual(['They=small farmers']);
  });
  it('resolves "it" before a verb that merely takes a "that" clause, and skips expletive "it"', () => {
    expect(pronouns(run('Norway criticised Sweden. It had insisted that Oslo would wait.'))).toEqual(['It=Norway']);
    expect(pronouns(run('Norway criticised Sweden. It is ready to talk, and it is likely to agree.'))).toEqual(['It=Norway', 'it=Norway']);
    expect(pronouns(run('Norway criticised Sweden. It has been reported that talks stalled.'))).toEqual([]);
    expect(pronouns(run('Norway criticised Sweden. It remains to be seen whether it is likely that talks resume.'))).toEqual([]);
    expect(pronouns(run('Norway criticised Sweden. It is important to talk.'))).toEqual([]);
  });
});

describe('"the North" and "the South"', () => {
  it('is the one North/South country of the document', () => {
    const actors = run('North Korea fired a missile on Monday. The North said it would not negotiate.');
    expect(texts(byName(actors, 'North Korea'))).toEqual(['North Korea', 'The North', 'it']);
    const b = run('Sudan accused South Sudan of arming rebels. The South denied it, and the North refused talks.');
    expect(texts(byName(b, 'South Sudan'))).toContain('The South');
    expect(texts(byName(b, 'Sudan'))).toEqual(['Sudan']);
  });
  it('marks "in the North" as a venue-like mention of the country, but no holder', () => {
    const actors = run('North Korea tested a rocket. Diplomats in the North stayed quiet.');
    expect(texts(byName(actors, 'North Korea'))).toEqual(['North Korea', 'the North']);
  });
  it('is nothing without exactly one such country, and not inside a longer name', () => {
    expect(run('Italy said the South needs more funds.').map((a) => a.name)).toEqual(['Italy']);
    const two = run('South Korea and South Sudan sent envoys. The South refused.');
    expect(two.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain('The South');
    const nato = run('North Korea warned the North Atlantic alliance.');
    expect(texts(byName(nato, 'North Korea'))).toEqual(['North Korea']);
  });
});

describe('political groups', () => {
  it('makes "opposition lawmakers" one group mention right before its verb', () => {
    const text = 'The budget vote stalled while opposition lawmakers boycott the chamber.';
    const actors = run(text);
    const g = byName(actors, 'opposition lawmakers');
    expect(g?.type).toBe('group');
    expect(g?.mentions[0]!.end).toBe(text.indexOf(' boycott'));
    expect(byName(actors, 'opposition')).toBeUndefined();
  });
  it('finds "the opposition", "ruling party lawmakers", "opposition leaders", "government negotiators" and "union leaders"', () => {
    const actors = run('The opposition said ruling party lawmakers and union leaders met government negotiators. Opposition leaders walked out.');
    expect(byName(actors, 'opposition')?.mentions.map((m) => m.text)).toEqual(['The opposition']);
    for (const n of ['ruling party lawmakers', 'union leaders', 'government negotiators', 'Opposition leaders']) expect(byName(actors, n)?.type).toBe('group');
  });
  it('affiliates a group to the country or organisation named right before it', () => {
    const actors = run("Kenya's opposition lawmakers walked out. The Sudan Liberation Movement (SLM) refused. SLM leaders later agreed. The Ghanaian opposition agreed.");
    expect(byName(actors, "Kenya's opposition lawmakers")).toMatchObject({ type: 'group', affiliation: 'KEN' });
    expect(byName(actors, 'SLM leaders')).toMatchObject({ type: 'group', affiliation: 'sudan-liberation-movement' });
    expect(byName(actors, 'Ghanaian opposition')).toMatchObject({ type: 'group', affiliation: 'GHA' });
  });
  it('keeps groups apart across a comma', () => {
    const actors = run('The army fought the rebels, officials said.');
    expect(byName(actors, 'rebels')?.type).toBe('group');
    expect(byName(actors, 'officials')?.type).toBe('group');
  });
});

describe('acronyms', () => {
  const aliasTexts = (a: ActorRecord | undefined) => a?.mentions.filter((m) => m.kind === 'alias').map((m) => m.text) ?? [];
  it('maps an acronym defined in parentheses to the full name', () => {
    const actors = run('The Coastal Water Authority (CWA) raised prices. The CWA offered a rebate.');
    expect(aliasTexts(byName(actors, 'Coastal Water Authority'))).toEqual(['CWA', 'CWA']);
    expect(actors.map((a) => a.name)).toEqual(['Coastal Water Authority']);
  });
  it('maps an acronym defined with "or" or by apposition', () => {
    const a = run('The Lakeside Teachers Union, or LTU, called a strike. LTU leaders later said it would talk.');
    expect(aliasTexts(byName(a, 'Lakeside Teachers Union'))).toEqual(['LTU', 'LTU']);
    const b = run('The Movement for Civic Renewal, or MCR, walked out. The MCR refused.');
    expect(aliasTexts(byName(b, 'Movement for Civic Renewal'))).toEqual(['MCR', 'MCR']);
    const c = run('The National Reform Council, the NRC, refused. The NRC later agreed.');
    expect(aliasTexts(byName(c, 'National Reform Council'))).toEqual(['NRC', 'NRC']);
  });
  it('does not take a known name or an acronym with another initial for an apposition', () => {
    const a = run('The Harbor Workers Union, the EU, and Chile met.');
    expect(byName(a, 'European Union')).toBeDefined();
    expect(aliasTexts(byName(a, 'Harbor Workers Union'))).toEqual([]);
    const b = run('The Harbor Workers Union, or NUM, met. The NUM refused.');
    expect(aliasTexts(byName(b, 'Harbor Workers Union'))).toEqual([]);
  });
  it('reads an acronym never introduced as the one organisation whose initials it spells', () => {
    const a = run('The Vesk Medical Association said talks had failed. The VMA rejected the offer.');
    expect(aliasTexts(byName(a, 'Vesk Medical Association'))).toEqual(['VMA']);
    expect(byName(a, 'VMA')).toBeUndefined();
    // small words are skipped, as initialisms skip them
    const b = run('The Department of Labour and Social Care said it was open to talks. The DLSC later met the union.');
    expect(aliasTexts(byName(b, 'Department of Labour and Social Care'))).toEqual(['DLSC']);
    // two organisations with the same initials: neither
    const c = run('The Vesk Medical Association and the Vesk Mining Alliance met. The VMA walked out.');
    expect(byName(c, 'VMA')).toBeDefined();
  });
});
