/**
 * RLAB: stances in labour, business and local-politics news and their holders (issue #9). Invented sentences for the
 * constructions that lost a cue, or gave it to the wrong side (union or employer, board or bidder), in the tuning half
 * of an outside set of 24 real articles (kept outside the repository; gold judged from the spec and frozen before the
 * tool was run). `cue` cases must yield a cue of the type over the words; `none` cases must not; `holder` cases also
 * name the party that must hold it (a part of its name, case-insensitive), `notHolder` one that must not.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

type CueType = 'engagement' | 'refusal' | 'condition';
interface Case { text: string; words: string; type: CueType; holder?: string; notHolder?: string }
interface Family { name: string; cue: Case[]; none?: Case[] }

const families: Family[] = [
  {
    name: 'talks named as a noun with their party, after a span of time',
    cue: [
      { text: 'The nurses voted to walk out after months of fraught pay talks with the Halden Hospital Trust.', words: 'months of fraught pay talks with', type: 'engagement' },
      { text: 'Months of talks with the owners have produced nothing, the tenants said.', words: 'Months of talks with', type: 'engagement' },
    ],
    none: [
      { text: 'Months of rain have flooded the valley farms.', words: 'Months of rain', type: 'engagement' },
    ],
  },
  {
    name: 'a demand for talks is the speaker\'s engagement; a demand for a format stays a condition',
    cue: [
      { text: 'The drivers rejected the offer, demanding continued negotiations with the depot owners.', words: 'demanding continued negotiations', type: 'engagement' },
      { text: 'The envoy insisted on direct talks in Geneva.', words: 'insisted on', type: 'condition' },
    ],
    none: [
      { text: 'The drivers rejected the offer, demanding continued negotiations with the depot owners.', words: 'demanding', type: 'condition' },
    ],
  },
  {
    name: 'an order in a that-clause is a demand; a court\'s is not',
    cue: [
      { text: 'The cabinet ordered that striking nurses return to their wards by Monday.', words: 'ordered that', type: 'condition' },
    ],
    none: [
      { text: 'A labour court ordered that the two sides reach a deal by Friday.', words: 'ordered that', type: 'condition' },
    ],
  },
  {
    name: 'shaking hands with a party on a deal',
    cue: [
      { text: 'The port operator shook hands with the stevedores on an in-principle settlement.', words: 'shook hands', type: 'engagement' },
    ],
    none: [
      { text: 'The two captains shook hands before the final.', words: 'shook hands', type: 'engagement' },
    ],
  },
  {
    name: 'terms judged not reasonable',
    cue: [
      { text: 'Brightmart said the proposed rises were not reasonable.', words: 'not reasonable', type: 'refusal', holder: 'Brightmart' },
    ],
    none: [
      { text: 'The hotel\'s prices were reasonable.', words: 'reasonable', type: 'refusal' },
    ],
  },
  {
    name: 'a company\'s union holds its own stance, not the company',
    cue: [
      { text: 'Tarsk Freight\'s biggest union turned down the company\'s pay offer.', words: 'turned down', type: 'refusal', holder: 'union', notHolder: 'Tarsk Freight' },
      { text: 'Tarsk Freight\'s biggest union refused to sign the deal. The union said it would strike.', words: 'refused to sign', type: 'refusal', holder: 'union', notHolder: 'Tarsk Freight' },
      { text: 'Kelmar Foods\' board rejected the bid from Brenmoor.', words: 'rejected', type: 'refusal', holder: 'Kelmar' },
    ],
  },
  {
    name: 'a company named after its country is still the company a trade noun stands for',
    cue: [
      { text: 'Velmora Post\'s main union turned down the offer. Later, the carrier proposed mediation to the union.', words: 'proposed mediation', type: 'engagement', holder: 'Velmora Post' },
    ],
  },
  {
    name: 'a time zone after a clock time is no party',
    cue: [
      { text: 'Harbour Freight Ltd gave the union until 6 p.m. ET on Friday to answer. The firm said it was ready to talk to the union.', words: 'ready to talk', type: 'engagement', holder: 'Harbour Freight', notHolder: 'ET' },
    ],
  },
  {
    name: 'the party after "for" holds a split infinitive ("for X to suddenly walk away")',
    cue: [
      { text: 'Tarsk Freight Ltd signed a deal with the union. "For Tarsk Freight Ltd to suddenly walk away from the accord is bad faith," the union leader Ida Marsh said.', words: 'walk away from the accord', type: 'refusal', holder: 'Tarsk Freight', notHolder: 'Ida Marsh' },
    ],
  },
  {
    name: 'a party under a prefix ("non-", "anti-") modifies a noun and holds nothing',
    cue: [
      { text: 'Now the second non-Conservative force on the council, Labour is willing to govern with the Liberal Democrats.', words: 'willing to govern with', type: 'engagement', holder: 'Labour', notHolder: 'Conservative' },
      { text: 'After the vote, the anti-Velmor bloc said the Greens were ready to talk to Velmor.', words: 'ready to talk', type: 'engagement', notHolder: 'Velmor' },
    ],
  },
];

function spanOf(text: string, words: string): [number, number] {
  const s = text.indexOf(words);
  if (s < 0) throw new Error(`"${words}" not in "${text}"`);
  return [s, s + words.length];
}

const hits = (c: Case) => {
  const [s, e] = spanOf(c.text, c.words);
  return analyze(c.text).cues.filter((x) => x.start < e && x.end > s && x.type === c.type);
};

describe('RLAB labour, business and local-politics families', () => {
  for (const f of families) {
    describe(f.name, () => {
      for (const c of f.cue) {
        it(`${c.type}${c.holder ? ` held by ${c.holder}` : ''}: ${c.text}`, () => {
          const h = hits(c);
          expect(h.length).toBeGreaterThan(0);
          const names = h.map((x) => (x.holderName ?? '').toLowerCase());
          if (c.holder) expect(names.some((n) => n.includes(c.holder!.toLowerCase()))).toBe(true);
          if (c.notHolder) expect(names.some((n) => n === c.notHolder!.toLowerCase())).toBe(false);
        });
      }
      for (const c of f.none ?? []) it(`no ${c.type}: ${c.text}`, () => expect(hits(c)).toEqual([]));
    });
  }
});
