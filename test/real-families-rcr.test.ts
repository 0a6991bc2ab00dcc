/**
 * Refusal and condition families of real news (helper RCR, issue #9 recall): the constructions that lost a refusal
 * or a condition in the tuning half of an outside set of real news (diplomacy, conflict, politics, labour, business;
 * kept outside the repository, gold judged blind before the tool was run), written here again with invented parties
 * and crossed with other domains. Every sentence is our own; none is copied from news. Kinds:
 *
 *   cond-own-clause   a condition whose demand used to run on over a clause of the holder's own ("named a ceasefire a
 *                     precondition for talks as it rejected the plan", "… and refused the envoy's plan"): the
 *                     refusal in that clause then took the condition away as mere emphasis; both stay
 *   cond-for-any      the term said before a purpose clause on any deal or talks ("the night rate must rise for any pay deal to be
 *                     agreed", "need a ceasefire for any talks to begin"); "any" marks the requirement
 *   cond-end-only     a side's strike, boycott or blockade that will end only with, or when, the other side's step
 *                     ("our walkout will only end with our pensions restored", "the strike will end when the company
 *                     restores the bonus")
 *   ref-give-up-deal  a side giving up its plan, bid, attempt or pursuit of a deal, merger or talks ("abandoned plans
 *                     for a merger with its rival", "scrapped its plans for a takeover of …")
 *   cond-fronted-long a fronted when-, once- or as-soon-as-clause with a long subject that is to be signed, approved
 *                     or released before the main clause's stance ("When the draft accord on the border crossings is
 *                     signed, the rebels will return to the talks"); its holder is the main clause's
 *   ref-talks-first   talks that will not take place, resume or begin, said with the talks as the first words of
 *                     the sentence and the speaker after ("Talks would not resume, the union said"): the cue had no
 *                     subject before it to be required and was dropped
 *   neg-*             the same words where no such cue is meant
 *
 * `known` marks a case that does not pass yet. First-run and current rates are in the floors' comment below.
 */
import { expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver } from './helpers/challenge.js';
import type { FamilyCase, NegativeCase } from './helpers/challenge.js';

const R = 'refusal' as const;
const C = 'condition' as const;
const CASES: FamilyCase[] = [
  // cond-own-clause
  { c: 'cond-own-clause', text: 'The Halden guild named a pay rise as a precondition for talks as it rejected the board\'s offer.', at: 'precondition for', type: C, holder: ['Halden guild', 'Halden'] },
  { c: 'cond-own-clause', text: 'The Halden guild named a pay rise as a precondition for talks as it rejected the board\'s offer.', at: 'rejected', type: R, holder: ['Halden guild', 'Halden'] },
  { c: 'cond-own-clause', text: 'The Karsk rebels called a ceasefire a condition for dialogue and refused the envoy\'s plan.', at: 'condition for', type: C, holder: ['Karsk rebels'] },
  { c: 'cond-own-clause', text: 'Norland set a deadline for the payment while it dismissed the Vesk appeal.', at: 'set a deadline', type: C, holder: ['Norland'] },
  { c: 'cond-own-clause', text: 'The Orvane council demanded a recount as it rejected the result of the ballot.', at: 'demanded', type: C, holder: ['Orvane council', 'Orvane'] },
  // cond-for-any
  { c: 'cond-for-any', text: 'The Tarsk dockers say the night-shift rate must rise for any pay deal to be agreed.', at: 'for any pay deal to be agreed', type: C, holder: ['Tarsk dockers', 'dockers'] },
  { c: 'cond-for-any', text: 'The Karsk rebels need a ceasefire in the hills for any talks to begin.', at: 'for any talks to begin', type: C, holder: ['Karsk rebels'] },
  { c: 'cond-for-any', text: 'Brelvania wants its fishing rights restored for any accord to be signed.', at: 'for any accord to be signed', type: C, holder: ['Brelvania'] },
  { c: 'cond-for-any', text: 'The Velmor board insists on a break fee for any merger to go ahead.', at: 'for any merger to go ahead', type: C, holder: ['Velmor board', 'Velmor'] },
  // cond-end-only
  { c: 'cond-end-only', text: 'The Tarsk dockers said their walkout will only end with their pensions restored.', at: 'will only end with', type: C, holder: ['Tarsk dockers', 'dockers'] },
  { c: 'cond-end-only', text: 'Vesk said the blockade would be lifted only with a signed guarantee from Norland.', at: 'would be lifted only with', type: C, holder: ['Vesk'] },
  { c: 'cond-end-only', text: 'The supporters\' trust said the boycott will only end with the owner\'s resignation.', at: 'will only end with', type: C, holder: ['supporters\' trust'], known: 'holder' },
  { c: 'cond-end-only', text: 'The Orm drivers said the strike will end when the company restores the bonus.', at: 'will end when', type: C, holder: ['Orm drivers', 'drivers'] },
  // ref-give-up-deal
  { c: 'ref-give-up-deal', text: 'Orvane Freight abandoned plans for a merger with its Halden rival.', at: 'abandoned plans for a merger', type: R, holder: ['Orvane Freight'] },
  { c: 'ref-give-up-deal', text: 'The Karsk rebels have dropped their bid for a truce with the army.', at: 'dropped their bid for a truce', type: R, holder: ['Karsk rebels'] },
  { c: 'ref-give-up-deal', text: 'The Civic Alliance gave up its attempt at a coalition agreement with the Greens.', at: 'gave up its attempt', type: R, holder: ['Civic Alliance'] },
  { c: 'ref-give-up-deal', text: 'Velmor Bank has scrapped its plans for a takeover of the Tarsk insurer.', at: 'scrapped its plans', type: R, holder: ['Velmor Bank'] },
  // cond-fronted-long
  { c: 'cond-fronted-long', text: 'When the draft accord on the border crossings is signed, the Karsk rebels will return to the talks.', at: 'When the draft accord', type: C, holder: ['Karsk rebels'] },
  { c: 'cond-fronted-long', text: 'Once the pension deal for the older drivers is approved, the Orm union will call off the strike.', at: 'Once the pension deal', type: C, holder: ['Orm union', 'Orm'] },
  { c: 'cond-fronted-long', text: 'As soon as the list of prisoners held by Vesk is released, Norland will resume the dialogue.', at: 'is released', type: C, holder: ['Norland'] },
  { c: 'cond-fronted-long', text: 'When the new contract for the night-shift nurses is ratified, the Halden nurses will end their walkout.', at: 'is ratified', type: C, holder: ['Halden nurses'], known: 'holder' },
  // ref-talks-first
  { c: 'ref-talks-first', text: 'Talks will not take place before the troops leave, Vesk said.', at: 'Talks will not take place', type: R, holder: ['Vesk'] },
  { c: 'ref-talks-first', text: 'Talks would not resume, the Orm union said.', at: 'Talks would not resume', type: R, holder: ['Orm union', 'Orm'] },
  { c: 'ref-talks-first', text: 'Negotiations will not start until the shelling stops, the Halden ministry said.', at: 'Negotiations will not start', type: R, holder: ['Halden ministry', 'Halden'] },
  { c: 'ref-talks-first', text: 'Discussions cannot begin while the blockade stands, Norland\'s envoy said.', at: 'Discussions cannot begin', type: R, holder: ['Norland'] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-fronted-long', text: 'When the deal was signed in 2015, the rebels returned to the talks.', at: 'When the deal was signed', type: C },
  { c: 'neg-fronted-long', text: 'When the report on the harbour accident is finalized, the agency will publish it.', at: 'is finalized', type: C },
  { c: 'neg-give-up-deal', text: 'The police abandoned their pursuit of the suspect.', at: 'abandoned their pursuit', type: R },
  { c: 'neg-give-up-deal', text: 'The firm abandoned plans for a new factory in Halden.', at: 'abandoned plans', type: R },
  { c: 'neg-end-only', text: 'The strike will end with a rally in the square on Friday.', at: 'will end with a rally', type: C },
  { c: 'neg-end-only', text: 'The organisers said the protest would end with a march to the town hall.', at: 'would end with a march', type: C },
  { c: 'neg-for-any', text: 'It took two years for the deal to be signed.', at: 'for the deal to be signed', type: C },
  { c: 'neg-for-any', text: 'Analysts see little chance for any trade deal to be reached this year.', at: 'for any trade deal to be reached', type: C },
  { c: 'neg-for-any', text: 'Shareholders showed little appetite for any merger to be approved.', at: 'for any merger to be approved', type: C },
  { c: 'neg-for-any', text: 'It is too late for any accord to be signed before the election.', at: 'for any accord to be signed', type: C },
];

const clean = (k: NegativeCase) => noCueOver({ ...k, type: k.type ?? 'condition' });

challengeSuite('real-news refusal and condition families (RCR)', CASES, (k) => judgeText(k), { showAt: true });

it('ends a demand where a clause of the holder\'s own begins (cond-own-clause)', () => {
  const doc = analyze('The Halden guild named a pay rise as a precondition for talks as it rejected the board\'s offer.');
  const cond = doc.cues.find((c) => c.type === 'condition');
  expect(cond?.condition?.text).toBe('talks');
});

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main e586dd5, before any change), found / right: cond-own-clause 2/5 2/5, cond-for-any 0/4 0/4 (main 9ed18f8), cond-end-only 0/4 0/4 (main 9ed18f8), ref-give-up-deal 1/4 1/4 (main 9ed18f8), cond-fronted-long 1/4 1/4 (main 9ed18f8), ref-talks-first 0/4 0/4 (main 9ed18f8).
 */
const FLOORS: Record<string, [number, number]> = {
  'cond-own-clause': [5 / 5, 5 / 5], 'cond-for-any': [4 / 4, 4 / 4], 'cond-end-only': [4 / 4, 3 / 4], 'ref-give-up-deal': [4 / 4, 4 / 4], 'cond-fronted-long': [4 / 4, 3 / 4], 'ref-talks-first': [4 / 4, 4 / 4],
};
const NEG_FLOORS: Record<string, number> = { 'neg-for-any': 1, 'neg-end-only': 1, 'neg-give-up-deal': 1, 'neg-fronted-long': 1 };

kindFloors(CASES, (k) => judgeText(k), FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
