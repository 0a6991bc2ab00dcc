/**
 * Issue 10: holder resolution that rests on sentence structure and the shape of a name, not on the gazetteer
 * (sentences written for these tests, with invented names).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

const held = (text: string) => {
  const r = analyze(text);
  const name = (id: string | null) => (id ? (r.actors.find((a) => a.id === id)?.name ?? id) : null);
  return r.cues.map((c) => ({ type: c.type, text: c.text, holder: name(c.holder) }));
};

describe('a day between a new name and its verb', () => {
  it('"Zalopa Tuesday refused …": the unknown name is the subject', () => {
    expect(held('Zalopa Tuesday refused to attend the talks.')).toEqual([{ type: 'refusal', text: 'refused to attend the talks', holder: 'Zalopa' }]);
  });
  it('"Brentia on Monday rejected …"', () => {
    expect(held('Brentia on Monday rejected the offer of talks.').map((c) => c.holder)).toEqual(['Brentia']);
  });
  it('a state the text names by its organs: "Vovi Monday repeated its call for …"', () => {
    const t = "Vovi Monday repeated its call for the Velmar Group to drop the sanctions. Vovi's foreign ministry spokesman said so.";
    expect(held(t).map((c) => c.holder)).toEqual(['Vovi']);
  });
});

describe('a new name that acts in a relative or absolute clause', () => {
  it('"X, which holds …, said" names an organisation, which "It" then refers to', () => {
    const t = 'Activist investor Rikeri Topuruv, which holds 6 percent of the firm, said owners deserved more. It said it would push for a vote unless the board began talks within 30 days.';
    expect(held(t).every((c) => c.holder === 'Rikeri Topuruv')).toBe(true);
    expect(held(t).map((c) => c.type)).toContain('condition');
  });
  it('"with Gezodera rejecting the offer": the subject of an absolute clause holds the refusal', () => {
    expect(held("The talks stalled in the summer, with Gezodera rejecting Tobud's price offer as too low.").find((c) => c.text === 'rejecting')?.holder).toBe('Gezodera');
  });
});

describe('the object of a verb with a participle phrase after it', () => {
  it('"release 40 activists detained since May in return for …": the releaser sets the condition', () => {
    const t = 'President Aldo Varo, opening the session, offered to release 40 activists detained since May in return for the Tessan League taking part.';
    const cond = held(t).find((c) => c.type === 'condition');
    expect(cond?.holder).toBe('Aldo Varo');
  });
  it('"free 12 soldiers captured in the raid in exchange for …"', () => {
    const t = "The Kordian army offered to free 12 soldiers captured in the raid in exchange for the rebels' withdrawal.";
    expect(held(t).find((c) => c.type === 'condition')?.holder).not.toBe('soldiers');
  });
});

describe('a crowd counted before a weak group head', () => {
  it('"70,000 workers put down their tools to demand …": the workers make the demand', () => {
    const t = 'The companies said output fell. When the strike began, 70,000 workers put down their tools to demand higher wages.';
    expect(held(t).find((c) => c.type === 'condition')?.holder).toBe('workers');
  });
  it('"thousands of workers" is a group too; "two sides" is not made one', () => {
    expect(held('Thousands of workers walked off the job to demand better pay.').every((c) => c.holder === 'workers')).toBe(true);
    const r = analyze('The two sides agreed to meet again.');
    expect(r.actors.some((a) => a.name === 'sides')).toBe(false);
  });
  it('"… but expected workers to return": the verb is no modifier of the group', () => {
    const r = analyze('Sources said they could not confirm the date but expected workers to return this week.');
    expect(r.actors.some((a) => a.name === 'expected workers')).toBe(false);
  });
});

describe('the speaker of a frame after its quotation', () => {
  it('"\\"They must first free the prisoners,\\" said X": X makes the demand, not the party named in the quote', () => {
    const t = 'Kordian forces hold the border. "They must first free the prisoners," said Tomas Ravik, the rebel spokesman.';
    expect(held(t).find((c) => c.type === 'condition')?.holder).toBe('Tomas Ravik');
  });
});

describe('an organisation named by the head of its name', () => {
  const t =
    'The Tessan League set out its terms on Monday. Kordian forces will have to leave the border before talks can begin, a League spokesman said. Kordia rejected the League\'s demand that it withdraw.';
  it('"a League spokesman said": the League speaks, and holds the demand it reports', () => {
    expect(held(t).find((c) => c.text.startsWith('will have to leave'))?.holder).toBe('Tessan League');
  });
  it('"the League\'s demand that …" is the League\'s', () => {
    expect(held(t).find((c) => c.text.startsWith('demand'))?.holder).toBe('Tessan League');
  });
  it('not when two organisations share the head', () => {
    const r = analyze('The Tessan League and the Varan League met. A League spokesman said talks would go on.');
    expect(r.actors.find((a) => a.name === 'Tessan League')?.mentions.map((m) => m.text)).toEqual(['Tessan League']);
  });
});

describe('"it" for an opposition named by a singular noun', () => {
  it('"Mabonia\'s main opposition … shunned the talks, saying it would have nothing to do with …": the opposition', () => {
    const t = "Mabonia's main opposition on Monday shunned the national dialogue, saying it would have nothing to do with a process run by the ruling party.";
    const c = held(t).find((x) => x.text.startsWith('would have nothing'));
    expect(c?.holder).toBe('main opposition');
  });
  it('a group named by a plural still stands for its state: "Chinese officials … its stance"', () => {
    const r = analyze('Chinese officials met the envoy, and the ministry said it would not negotiate.');
    expect(r.cues.find((c) => c.type === 'refusal')?.holder).not.toBe('chinese-officials');
  });
});

describe('"the company" is no army, union or party', () => {
  it('"The Velmar Miners Union … The company said the offer was conditional on …": not the union', () => {
    const t = 'The Velmar Miners Union rejected the offer. The company said the offer was conditional on workers accepting longer shifts.';
    expect(held(t).find((c) => c.type === 'condition')?.holder).not.toBe('Velmar Miners Union');
  });
  it('but a company named before is "the company"', () => {
    const t = 'Talvik Pharma rejected the bid. The company said any deal was conditional on a higher price.';
    expect(held(t).find((c) => c.type === 'condition')?.holder).toBe('Talvik Pharma');
  });
});

describe('a stance that names no party before it, with a trailing frame', () => {
  it('"Talks can only start when the army leaves the city, the rebels said": the rebels', () => {
    const t = 'Zorvania sent troops to Kesh. Talks can only start when the army leaves the city, the rebels said in a statement.';
    for (const c of held(t).filter((x) => x.text.startsWith('Talks') || x.text.startsWith('when'))) expect(c.holder).toBe('rebels');
  });
});
