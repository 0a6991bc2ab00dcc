import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { analyze } from '../../src/pipeline/index.js';
import { Cue, StanceDocument } from '../../src/schema/output.js';
import { conjunctsOf } from '../../src/pipeline/holders/conjuncts.js';
import { BIN } from '../batch-helpers.js';
import { prepare } from './helpers.js';

const stance = (text: string) => {
  const doc = analyze(text);
  const cues = doc.cues.filter((c) => c.type !== 'condition');
  expect(cues, text).toHaveLength(1);
  return cues[0]!;
};

describe('holders/conjuncts: conjoined holders', () => {
  it('"X and Y agreed": holder is the first conjunct, holders every conjunct in text order', () => {
    const cue = stance('Peru and Chile agreed to resume talks.');
    expect(cue.holder).toBe('PER');
    expect(cue.holders).toEqual(['PER', 'CHL']);
  });
  it('an adjective before the second conjunct\'s title: "X and Peru\'s new President Y agreed"', () => {
    const d = analyze("Chilean President Ana Ruiz and Peru's new President Tomas Berg agreed to resume talks.");
    const cue = d.cues.find((c) => c.type === 'engagement')!;
    expect(cue.holders?.map((id) => d.actors.find((a) => a.id === id)?.name)).toEqual(['Ana Ruiz', 'Tomas Berg']);
  });
  it('a list of three with an Oxford comma', () => {
    expect(stance('Peru, Chile, and Ecuador refused to sign the accord.').holders).toEqual(['PER', 'CHL', 'ECU']);
  });
  it('a passive agent\'s conjuncts', () => {
    const cue = stance('The offer was rejected by Peru and Chile.');
    expect(cue.type).toBe('refusal');
    expect(cue.holders).toEqual(['PER', 'CHL']);
  });
  it('a headline joins two parties with a comma alone: "Norland, Peru agree to resume talks"', () => {
    const doc = analyze('Ecuador, Peru agree to resume border talks\n\nThe talks are due next week.');
    expect(doc.cues[0]!.holders).toEqual(['ECU', 'PER']);
    // (not in prose, where "X, Y" is an apposition or a list that needs its "and")
    const prose = analyze('Ecuador, Peru agree to resume border talks.');
    expect(prose.cues[0]!.holders).toBeUndefined();
  });
  it('a single holder has no `holders`', () => {
    const cue = stance('Chile agreed to resume talks.');
    expect(cue.holder).toBe('CHL');
    expect(cue).not.toHaveProperty('holders');
  });
  it('a verb\'s object is no conjunct: "met X and Y agreed"', () => {
    expect(stance('Peru met Chile and Ecuador agreed to talk.')).not.toHaveProperty('holders');
  });
  it('a prepositional object is no conjunct: "talks between X and Y … Z refused"', () => {
    const cue = stance('After talks between Peru and Chile, Ecuador refused to mediate.');
    expect(cue.holder).toBe('ECU');
    expect(cue).not.toHaveProperty('holders');
  });
  it('conjunctsOf on its own: an apposition "X, Y," is no list', () => {
    const p = prepare('Ana Weiss, Peru, and Chile met.');
    const chile = p.c.mentions.find((m) => m.text === 'Chile')!;
    expect(conjunctsOf(p.hc, p.c, chile).map((m) => m.text)).toEqual(['Ana Weiss', 'Peru', 'Chile']);
    const q = prepare('Peru, Chile agreed.');
    const c2 = q.c.mentions.find((m) => m.text === 'Chile')!;
    expect(conjunctsOf(q.hc, q.c, c2).map((m) => m.text)).toEqual(['Chile']);
  });
});

describe('holders/conjuncts: "both sides" when the two sides are named', () => {
  it('the pair named earlier ("X and Y …. Both sides agreed …")', () => {
    const cue = stance('Peru and Chile have quarrelled over the border for years. On Monday both sides agreed to resume talks.');
    expect(cue.holders).toEqual(['PER', 'CHL']);
    expect(cue.holder).toBe('PER');
  });
  it('a pronoun in a conjunction names no side: "protect our patients and our future" is no pair', () => {
    const doc = analyze('"We must protect our patients and our future," the Halden Nurses Union said. Both sides expressed a reluctance to change their stances.');
    const cue = doc.cues.find((c) => c.sentence === 1 && c.type === 'refusal')!;
    expect(cue.holders ?? []).not.toContain(doc.actors.find((a) => a.name === 'patients')?.id);
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).not.toBe('patients');
  });
  it('"the two leaders" when the actors stage made "leaders" a mention of its own', () => {
    const doc = analyze('President Ilse Marrow and opposition leader Tomas Vedrik met on Sunday. A mediator said that the two leaders had agreed to resume talks.');
    const cue = doc.cues.find((c) => c.sentence === 1 && c.type === 'engagement')!;
    const names = (cue.holders ?? []).map((id) => doc.actors.find((a) => a.id === id)?.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('Ilse Marrow');
    expect(names).not.toContain('leaders');
  });
  it('"the two countries" and a dispute "between X and Y" in the same sentence', () => {
    const cue = stance('The two countries refused to talk after the clash between Ecuador and Peru.');
    expect(cue.type).toBe('refusal');
    expect(cue.holders).toEqual(['ECU', 'PER']);
  });
  it('an earlier cue\'s holder and target', () => {
    const doc = analyze('Peru met with Chile on Monday. Both sides agreed to hold more talks.');
    const last = doc.cues[doc.cues.length - 1]!;
    expect(last.holders).toEqual(['PER', 'CHL']);
  });
  it('the subject and object of a meeting named earlier ("X met Y … Both sides agreed"), with no cue of their own', () => {
    const doc = analyze('Chile met Peru in Quito on Monday. Both sides expressed readiness to continue the dialogue.');
    const last = doc.cues[doc.cues.length - 1]!;
    expect(last.holders).toEqual(['CHL', 'PER']);
  });
  it('a country and a movement of its own are two sides; a country and its officials are not', () => {
    const doc = analyze('Norway welcomed the Government of Peru and the Peruvian Liberation Movement to Oslo. The two sides agreed to resume talks.');
    const last = doc.cues[doc.cues.length - 1]!;
    const name = (id: string) => doc.actors.find((a) => a.id === id)?.name;
    expect(last.holders?.map(name)).toEqual(['Government of Peru', 'Peruvian Liberation Movement']);
    const own = analyze('The report named Peru and Peruvian officials. Both sides agreed to resume talks.');
    expect(own.cues[own.cues.length - 1]!.holders ?? []).not.toContain('peruvian-officials');
  });
  it('no named pair: "both sides" stays as it was', () => {
    const cue = stance('Both sides agreed to resume talks.');
    expect(cue).not.toHaveProperty('holders');
  });
  it('the summary credits every conjunct, and the output validates', () => {
    const doc = analyze('Peru and Chile agreed to resume talks.');
    expect(doc.summary.actors.map((a) => a.id).sort()).toEqual(['CHL', 'PER']);
    expect(StanceDocument.safeParse(doc).success).toBe(true);
    expect(Cue.safeParse({ ...doc.cues[0]!, holders: ['PER'] }).success).toBe(false);
  });
  it('the CLI prints `holders` after `holder`', () => {
    const r = spawnSync(process.execPath, [BIN, '-f', 'json', '-q'], { input: 'Peru and Chile agreed to resume talks.\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    const cue = JSON.parse(r.stdout).cues[0];
    expect(Object.keys(cue).slice(0, 4)).toEqual(['type', 'holder', 'holders', 'target']);
    expect(cue.holders).toEqual(['PER', 'CHL']);
  });
});

describe('holders/conjuncts: a both-sides phrase after a possessive and with a superlative', () => {
  it('"the world\'s two largest economies agreed" are the pair named before', () => {
    const doc = analyze("Peru and Chile met in Lima on Monday. Officials said on Thursday the region's two largest economies have agreed to resume talks.");
    const c = doc.cues.find((x) => x.type === 'engagement' && /resume talks/.test(x.text ?? ''))!;
    expect(c.holders).toEqual(['PER', 'CHL']);
  });
});

describe('holders/conjuncts: "both sides" are parties, not their spokesmen', () => {
  it('a person of the pair stands for the state they speak for', async () => {
    const { analyze } = await import('../../src/pipeline/index.js');
    const doc = analyze("Talks between Peru's president Ana Lund and Chile's leader Omar Tal ended on Monday. Both sides agreed to resume talks.");
    const c = doc.cues.find((x) => x.type === 'engagement' && /resume talks/.test(x.text ?? ''))!;
    expect(c.holders?.map((id) => doc.actors.find((a) => a.id === id)?.name).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('"both companies", "the two companies": the two parties of that kind', () => {
  const holdersOf = (text: string) => {
    const r = analyze(text);
    return r.cues.map((c) => (c.holders ?? [c.holder]).map((id) => r.actors.find((a) => a.id === id)?.name ?? null));
  };
  it('a pair joined by "and" earlier, with a head the list did not have', () => {
    expect(holdersOf('Halden Foods and Brisk Logistics fell out in March. The two companies agreed to resume talks.')).toEqual([['Halden Foods', 'Brisk Logistics']]);
  });
  it('the only two companies named, though not joined by "and" ("X sued Y … both companies")', () => {
    expect(holdersOf('Pellucid Systems sued Arvane Microelectronics in May. Behind the noise, both companies have been edging toward the negotiating table.')).toEqual([
      ['Pellucid Systems', 'Arvane Microelectronics'],
    ]);
  });
  it('not with three companies named', () => {
    const r = holdersOf('Pellucid Systems sued Arvane Microelectronics in May, and Orbis Holdings joined the suit. Both companies have been edging toward the negotiating table.');
    expect(r[0]).toHaveLength(1);
  });
  it('a conjunct named with its title, and one whose description names its party ("X and opposition leader Y")', () => {
    expect(stance('President Talo Verrin and opposition leader Mika Dorsan signed the agreement on Monday.').holders).toEqual(['talo-verrin', 'mika-dorsan']);
    const cue = stance('Peru\'s President Ana Lund and opposition leader Tomas Berg agreed to meet again.');
    expect(cue.holders).toEqual(['ana-lund', 'tomas-berg']);
  });
});

describe('"the two parties" with no pair named nearby: the two parties the text names most', () => {
  const holdersOf = (text: string) => {
    const r = analyze(text);
    const c = r.cues.find((x) => /negotiated/.test(x.text ?? ''))!;
    return (c.holders ?? [c.holder]).map((id) => r.actors.find((a) => a.id === id)?.name ?? null);
  };
  const intro = 'The Unity Party won the election by 40 votes. The Civic League has challenged the count in court. The Unity Party says the count was fair. The Civic League wants a recount. ';
  it('two parties, each named more than once and more than any third', () => {
    expect(holdersOf(intro + 'In 2021 the two parties negotiated for six weeks over a similar dispute.').sort()).toEqual(['Civic League', 'Unity Party']);
  });
  it('not when a third is named as often', () => {
    const r = holdersOf(intro + 'The Green Front says the count was fair. The Green Front wants peace. In 2021 the two parties negotiated for six weeks.');
    expect(r.length).toBeLessThan(2);
  });
});

describe('"both sides" in another complement clause', () => {
  it('does not hold a stance in a second "and that" clause of the same report', () => {
    const doc = analyze('Norland and Vesk have been at odds for a year. A spokeswoman for the Kazakh foreign ministry said both capitals had been sounded out and that the offer "remains on the table".');
    const cue = doc.cues.find((c) => c.type === 'engagement');
    expect(cue?.holders).toBeUndefined();
  });
  it('still holds the stance of its own clause', () => {
    const doc = analyze('Norland and Vesk have been at odds for a year. Officials said both capitals had agreed to resume talks.');
    const cue = doc.cues.find((c) => c.type === 'engagement');
    expect(cue?.holders?.length).toBe(2);
  });
});
