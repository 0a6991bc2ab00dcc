/**
 * The fourth engagement grid (issue #9, engagement on news nobody tuned on): the construction families
 * that lost an engagement cue with nothing predicted on half A of a set of real news sentences kept
 * outside the repository (diplomacy, labour, business and coalition politics), each written again as
 * templates of English with invented parties, plus negatives where the same words carry no stance.
 *   offer: an offer named as made, raised or brought in by a party ("the new offer was made by X",
 *     "X raised its bid for Y", "a fresh offer from X", "X offered to buy Y")
 *   phone: talking by telephone ("X spoke by phone with Y", "discussed the dispute by telephone")
 *   agreement: an agreement come to or an agenda agreed ("came to an agreement on", "agreed a timetable",
 *     "agreed terms to buy Y")
 *   talks object: talks confirmed, called or convened; seeking to take over a company; discussing working together
 *   delegate: a delegate sent to talks or a party represented in them
 *   go-between: a party placed as a mediator ("positioned itself as a mediator between")
 *   taking place: meetings or talks said to take place between two parties
 *   relations: wishing or working for better relations with a party
 *   conversation: looking forward to a conversation or exchange with a party
 *
 * A second batch ("… 2"), written after the first fixes from probes of the same registers: offers come back with
 * or lined up, a takeover explored, talks kicked off, held by video or due back at the table, a coalition partner
 * courted, plans to merge announced. (Parties close to a deal or narrowing their differences, and visits paid to a
 * state, were in the batch at its first run and were taken out before any fix held: the gold of the tuned files
 * and of the real-news sets marks neither — an observer's remark that the sides were near a deal in dev, a
 * minister's visit in RECD — and rules for them only added false cues there.)
 *
 * A third batch (family effort, frame "effort 2"), from the engagement misses of the real-article tuning half
 * (ARTS A), written again: an offer to be made in an agentless passive, working for or on a deal or coalition
 * agreement, progress made in the talks, a mediation or peace initiative launched or led by a party, pushing for a
 * negotiated end, returning to diplomacy.
 *
 * A fourth batch (family contact, frame "contact 2"), from the engagement misses of the real-news tuning half RECD A,
 * written again: keeping in contact, communication or touch, discussing how to defuse a row, dialogue as the best
 * way, the need for further dialogue, repairing relations, negotiating a return. (Templates and examples were
 * reworded after the first runs to stay further from the real sentences they were modelled on; same constructions.)
 *
 * Template syntax as grid 3 ({A} the holder, {B} the other party, [ … ] the span, h: 'AB' a joint act).
 * Sentences are invented; nothing comes from news.
 */
import type { Case } from './cases.js';
import { fill } from './engagement-register3.js';

export const FAMILIES4 = ['offer', 'phone', 'agreement', 'talks object', 'delegate', 'go-between', 'taking place', 'relations', 'conversation', 'courting', 'effort', 'contact'] as const;
export type Family4 = (typeof FAMILIES4)[number];

interface Tpl {
  t: string;
  h?: 'A' | 'B' | 'AB';
}

const PARTIES: [string, string][] = [
  ['Norland', 'Vesk'],
  ['the Halden Workers\' Union', 'Calder Mining'],
  ['Orvane Capital', 'Kesra Foods'],
  ['the Progress Party', 'the Farmers\' League'],
];

const POS: Partial<Record<Family4, Tpl[]>> = {
  offer: [
    { t: 'A better offer [was put forward by] {A} on Thursday.' },
    { t: 'A new proposal [was tabled by] {A} after the strike.' },
    { t: '{A} [raised its offer] for {B} to 40 dollars a share.' },
    { t: '{A} [sweetened its bid] for {B} on Monday.' },
    { t: '{A} [increased its offer] to {B} after a week of talks.' },
    { t: '{B} is weighing [a fresh offer from {A}].' },
    { t: '{A} [offered to buy] {B} for three billion dollars.' },
    { t: '{A} [brought a new offer] to the table on Friday.' },
  ],
  phone: [
    { t: '{A} [spoke by phone with] {B} on Monday.' },
    { t: '{A} and {B} [spoke on the phone] about the border on Monday.', h: 'AB' },
    { t: '{A} [discussed the dispute by telephone] with {B}.' },
    { t: '{A} [had a phone call with] {B} late on Tuesday.' },
    { t: '{A} and {B} [talked by telephone] for an hour.', h: 'AB' },
  ],
  agreement: [
    { t: '{A} and {B} [came to an agreement on] water rights.', h: 'AB' },
    { t: '{A} [came to an agreement with] {B} on the timetable.' },
    { t: '{A} and {B} [have agreed a timetable] for the next round.', h: 'AB' },
    { t: '{A} has [agreed terms to acquire] {B}.' },
    { t: '{A} and {B} [agreed on a termination fee] of forty million crowns.', h: 'AB' },
  ],
  'talks object': [
    { t: '{A} [confirmed talks with] {B} in a statement on Monday.' },
    { t: '{A} [called cross-party talks] on the budget.' },
    { t: '{A} [convened talks] with {B} on Friday.' },
    { t: '{A} said it [was seeking to acquire] {B}.' },
    { t: '{A} and {B} [discussed working together] on the port.', h: 'AB' },
  ],
  delegate: [
    { t: '{A} [will send a delegation to the talks] with {B}.' },
    { t: '{A} [will send an envoy to the peace talks] in Oslo.' },
    { t: '{A} [is represented at the negotiations] by its chief negotiator.' },
    { t: '{A} [sent a negotiator to the talks] with {B} on Monday.' },
  ],
  'go-between': [
    { t: '{A} [has presented itself as a mediator] between {B} and the rebels.' },
    { t: '{A} [cast itself as a broker] between {B} and the rebels.' },
    { t: '{A} [has acted as a go-between] for {B} and the rebels.' },
  ],
  'taking place': [
    { t: 'Meetings [will take place between] {A} and {B} next week.', h: 'AB' },
    { t: 'Talks [are taking place between] {A} and {B} in Geneva.', h: 'AB' },
    { t: 'Negotiations [took place between] {A} and {B} on Tuesday.', h: 'AB' },
  ],
  relations: [
    { t: '{A} said it [wanted a warmer relationship with] {B}.' },
    { t: '{A} said it [will work to improve relations with] {B}.' },
    { t: '{A} [wants closer ties with] {B}.' },
  ],
  conversation: [
    { t: '"We [look forward to a candid conversation] with {B}," {A} said.' },
    { t: '{A} said it [looked forward to a frank exchange] with {B}.' },
  ],
};

const NEG: Partial<Record<Family4, string[]>> = {
  offer: ['The bakery raised its prices on Monday.', 'The shop is weighing a fresh delivery from the mill.', 'The chef offered to cook dinner for the guests.'],
  phone: ['She spoke on the phone about the weather.', 'The hotel reviewed its bookings by telephone.'],
  agreement: ['The hikers came to an agreement on the route to the lake.', 'The children agreed an order for the games.'],
  'talks object': ['The band confirmed the tour dates.', 'The professor called the lecture on Friday.', 'The puppy is seeking to take over the sofa.'],
  delegate: ['The school will send a choir to the festival.', 'The region is represented in the painting by a river.'],
  'go-between': ['The river has positioned itself as a border between the towns.'],
  'taking place': ['Meetings will take place in the town hall every Monday.', 'The festival took place between May and June.'],
  relations: ['The cat would like a better relationship with the dog.'],
  conversation: ['The children look forward to the summer holidays.'],
};

/** the second batch, written after the first fixes */
const POS2: Partial<Record<Family4, Tpl[]>> = {
  offer: [
    { t: '{A} [came back with a revised offer] on Friday.' },
    { t: '{A} [returned with an improved pay package] for the drivers.' },
    { t: '{A} [has lined up a bid for] {B}.' },
    { t: '{A} [is exploring a takeover of] {B}.' },
  ],
  'talks object': [
    { t: '{A} and {B} [kicked off talks] in Geneva on Monday.', h: 'AB' },
    { t: '{A} [held a video conference with] {B} on Monday.' },
    { t: '{A} and {B} [are due back at the table] on Thursday.', h: 'AB' },
  ],
  effort: [
    { t: 'A new offer [will be made] to {B} next week, {A} said.' },
    { t: '{A} said it would [keep working for an agreement] with {B}.' },
    { t: '{A} and {B} [are working on a coalition agreement].', h: 'AB' },
    { t: '{A} said it had [made great progress] [in the talks] with {B}.' },
    { t: 'A mediation effort [backed by] {A} stalled on Monday.' },
    { t: 'A peace initiative [led by] {A} was welcomed by {B}.' },
    { t: '{A} [is pushing for a negotiated end] to the dispute with {B}.' },
    { t: '{A} [returned to diplomacy] after a month of fighting.' },
  ],
  contact: [
    { t: '{A} and {B} [agreed to maintain regular communication] on border matters.', h: 'AB' },
    { t: '{A} and {B} [will keep in close contact].', h: 'AB' },
    { t: '{A} [has been in touch with] {B} since Friday.' },
    { t: '{A} and {B} [remain in contact] through intermediaries.', h: 'AB' },
    { t: '{A} and {B} [discussed how to defuse] the row.', h: 'AB' },
    { t: '{A} said [dialogue was the best way] to settle the row with {B}.' },
    { t: '{A} said there was [need for further dialogue] with {B}.' },
    { t: '{A} said it was committed to [the repair of its relations with] {B}.' },
    { t: '{A} [negotiated a return to work] on Friday.' },
  ],
  courting: [
    { t: '{A} [is courting] {B} [as a coalition partner].' },
    { t: '{A} [wooed] {B} [with an offer of] three ministries.' },
    { t: '{A} and {B} [announced plans to merge] on Monday.', h: 'AB' },
    { t: '{A} [unveiled plans to combine] with {B}.' },
  ],
};

const NEG2: Partial<Record<Family4, string[]>> = {
  offer: ['The shop came back with a new range of shoes.'],
  'talks object': ['The students kicked off the term with a party.', 'The runners are close to the finish line.'],
  courting: ['The band announced plans to tour.', 'The prince is courting a singer.'],
  contact: ['The wire must remain in contact with the plate.', 'The chef discussed how to bake the bread.', 'The hikers said the left path was the right path.', 'The students negotiated the steep path.'],
  effort: ['The chef is working on a new menu.', 'A search led by the police found the dog.', 'The runners made great progress in the heat.'],
};

export function buildCases4(): (Case & { family: Family4 })[] {
  const out: (Case & { family: Family4 })[] = [];
  for (const fam of FAMILIES4) {
    POS[fam]?.forEach((tpl, ti) => {
      for (const [pi, [a, b]] of PARTIES.entries()) {
        const f = fill(tpl.t, a, b);
        const h = tpl.h ?? 'A';
        const holders = [...(h.includes('A') ? f.a : []), ...(h.includes('B') ? f.b : [])];
        out.push({
          id: `${fam}/${ti}/${pi}`, family: fam, predClass: fam, frame: fam, party: a, text: f.text,
          type: 'engagement', span: [f.marks[0]![0], f.marks[f.marks.length - 1]![1]], holders,
        });
      }
    });
    NEG[fam]?.forEach((t, ti) => {
      out.push({ id: `${fam}/neg${ti}`, family: fam, predClass: `negative: ${fam}`, frame: fam, party: '', text: fill(t, '', '').text, none: 'engagement' });
    });
    POS2[fam]?.forEach((tpl, ti) => {
      for (const [pi, [a, b]] of PARTIES.entries()) {
        const f = fill(tpl.t, a, b);
        const h = tpl.h ?? 'A';
        const holders = [...(h.includes('A') ? f.a : []), ...(h.includes('B') ? f.b : [])];
        out.push({
          id: `${fam} 2/${ti}/${pi}`, family: fam, predClass: fam, frame: `${fam} 2`, party: a, text: f.text,
          type: 'engagement', span: [f.marks[0]![0], f.marks[f.marks.length - 1]![1]], holders,
        });
      }
    });
    NEG2[fam]?.forEach((t, ti) => {
      out.push({ id: `${fam} 2/neg${ti}`, family: fam, predClass: `negative: ${fam}`, frame: `${fam} 2`, party: '', text: fill(t, '', '').text, none: 'engagement' });
    });
  }
  return out;
}
