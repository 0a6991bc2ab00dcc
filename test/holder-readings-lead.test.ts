/**
 * Holder readings found by the lead on real pages read by hand (2026-12-08; the pages' addresses are kept outside the
 * repository), each crossed with other registers. Every sentence is our own, with invented parties. Kinds:
 *
 *   closed-for-to   a party that acts only inside a "for X to …" infinitive closed before the stance ("the demand for X
 *                   to quit was out of the question", "calls for X to leave office as a precondition for any talks", "the
 *                   request for X to cut its budget was a non-starter"): X, or a party in its predicate, does not hold
 *                   the stance after it; the clause's subject or the speaker does
 *   guard           the readings this must not break: the infinitive is the stance ("it is time for X and Y to hold
 *                   talks"), a party of the main clause after the infinitive closed
 *
 * First run (base e586dd5): closed-for-to 6/6 found, 2/6 right; guard 3/3 right.
 */
import { challengeSuite, judgeText, kindFloors } from './helpers/challenge.js';
import type { FamilyCase } from './helpers/challenge.js';

const CASES: FamilyCase[] = [
  { c: 'closed-for-to', text: 'Norland said the demand for Vesk to pull back its troops was unacceptable.', at: 'unacceptable', type: 'refusal', holder: ['Norland'] },
  { c: 'closed-for-to', text: 'The Velmor Party rejected calls for Mayor Ada Voss to leave office as a precondition for any talks.', at: 'precondition for', type: 'condition', holder: ['Velmor Party'] },
  { c: 'closed-for-to', text: 'Tarvo Holdings said a plan for Corvane Bank to take two board seats was out of the question.', at: 'out of the question', type: 'refusal', holder: ['Tarvo Holdings'] },
  { c: 'closed-for-to', text: 'Premier Lena Moor said the request for the Dorune council to cut its budget was a non-starter.', at: 'a non-starter', type: 'refusal', holder: ['Lena Moor'] },
  { c: 'closed-for-to', text: 'The Harlan Group said any proposal for Pim Arlo to chair the board was out of the question.', at: 'out of the question', type: 'refusal', holder: ['Harlan Group'] },
  { c: 'closed-for-to', text: 'Brelvania said the call for Norland to withdraw its envoys was unacceptable.', at: 'unacceptable', type: 'refusal', holder: ['Brelvania'] },
  { c: 'guard', text: 'It is time for Germany and France to hold talks, the envoy said.', at: 'hold talks', type: 'engagement', holder: ['Germany'] },
  { c: 'guard', text: 'The call for Chile to withdraw came as Peru refused talks.', at: 'refused', type: 'refusal', holder: ['Peru'] },
  { c: 'guard', text: 'The envoy said the moment had come for Chile and Peru to resume talks.', at: 'resume talks', type: 'engagement', holder: ['Chile'] },
];

const judge = (k: FamilyCase) => judgeText(k);

challengeSuite('holder readings from pages read by hand (lead)', CASES, judge, { pad: 16 });

const FLOORS: Record<string, [number, number]> = { 'closed-for-to': [6 / 6, 6 / 6], guard: [3 / 3, 3 / 3] };

kindFloors(CASES, judge, FLOORS);
