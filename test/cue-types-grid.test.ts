/**
 * Where the cue types meet (helper TYPES): the constructions of news English in which engagement, refusal and
 * condition share words, and the type the spec gives each (stance-cues.md: negation flips, a refusal with "unless" is
 * a refusal AND a condition, hypotheticals count only as conditions). A confusion of types costs a false cue and a
 * miss at once, so each construction has positives (the right type over its words) and, where the tool could read
 * another type there, negatives (that type absent over the same words). Every sentence is our own, with invented
 * parties. Kinds:
 *
 *   offer-if            a conditional offer: "will talk if …", "ready to negotiate provided …" — an engagement and a
 *                       condition
 *   refuse-unless       a refusal with a condition: "will not return unless …", "no talks until …" — both
 *   demand-first        a demand as precondition: "insists X must first …" — a condition, not the demanded act
 *   accept-reject       accepting or rejecting a demand or an offer
 *   drop-precondition   a precondition dropped, denied or not set: "no longer requires X before talks", "has no
 *                       preconditions for talks", "is not making that a condition for talks" — an engagement
 *   welcome-but         welcoming a proposal but insisting on a term — an engagement and a condition
 *   consider            agreeing to consider an offer — an engagement
 *   suspend             suspending, pausing or calling a halt to talks, or declaring them impossible — a refusal
 *   refuse-class        refusing a class of deal: "would reject any deal that …", "will not back any agreement
 *                       which …" — a refusal; the relative clause only says which deals
 *   threat-if           a threat: "will walk out if …" — a condition
 *   ask-offer           asking or calling for an offer or a concession — a condition (a demand), not willingness
 *   inverted-if         an inverted conditional after the main clause: ", should a better offer be made" — the
 *                       condition, and no stance of its own inside it
 *   neg-*               the other type absent over the same words (see each)
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run rates are in the
 * floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { CueType, FamilyCase, NegativeCase as Negative } from './helpers/challenge.js';

type TypeCase = FamilyCase;
type NegativeCase = Negative & { type: CueType };

const CASES: TypeCase[] = [
  { c: 'offer-if', text: 'Norland will talk to Vesk if the shelling stops, the foreign minister said.', at: 'will talk to Vesk', type: 'engagement', holder: ['Norland'] },
  { c: 'offer-if', text: 'Norland will talk to Vesk if the shelling stops, the foreign minister said.', at: 'if the shelling stops', type: 'condition', holder: ['Norland'] },
  { c: 'offer-if', text: 'The Halden Workers\' Union said it was ready to negotiate provided the company withdrew its pay freeze.', at: 'ready to negotiate', type: 'engagement', holder: ['Halden Workers\' Union'] },
  { c: 'offer-if', text: 'The Halden Workers\' Union said it was ready to negotiate provided the company withdrew its pay freeze.', at: 'provided the company withdrew its pay freeze', type: 'condition', holder: ['Halden Workers\' Union'] },
  { c: 'offer-if', text: 'Brelvania is prepared to resume the talks as long as Tarsk keeps its troops behind the river.', at: 'as long as Tarsk keeps its troops behind the river', type: 'condition', holder: ['Brelvania'] },
  { c: 'refuse-unless', text: 'Vesk said it would not return to the negotiations unless the sanctions were lifted.', at: 'would not return to the negotiations', type: 'refusal', holder: ['Vesk'] },
  { c: 'refuse-unless', text: 'Vesk said it would not return to the negotiations unless the sanctions were lifted.', at: 'unless the sanctions were lifted', type: 'condition', holder: ['Vesk'] },
  { c: 'refuse-unless', text: 'The rebels said there would be no talks until the army left the valley.', at: 'no talks', type: 'refusal', holder: ['rebels'] },
  { c: 'refuse-unless', text: 'The rebels said there would be no talks until the army left the valley.', at: 'until the army left the valley', type: 'condition', holder: ['rebels'] },
  { c: 'refuse-unless', text: 'Kestria has no intention of meeting the envoy before Norland releases the prisoners.', at: 'before Norland releases the prisoners', type: 'condition', holder: ['Kestria'] },
  { c: 'demand-first', text: 'Norland insists that Vesk must first pull its troops back before any talks.', at: 'insists that Vesk must first pull its troops back', type: 'condition', holder: ['Norland'] },
  { c: 'demand-first', text: 'The union demanded that the board reinstate the dismissed drivers before talks resume.', at: 'demanded that the board reinstate', type: 'condition', holder: ['union'] },
  { c: 'accept-reject', text: 'Orvane Freight accepted the union\'s demand for new talks.', at: 'accepted the union\'s demand for new talks', type: 'engagement', holder: ['Orvane Freight'] },
  { c: 'accept-reject', text: 'The Halden Workers\' Union rejected the company\'s offer of talks on Monday.', at: 'rejected the company\'s offer of talks', type: 'refusal', holder: ['Halden Workers\' Union'] },
  { c: 'drop-precondition', text: 'Norland said it no longer requires Vesk to disarm first, so that the talks can start next week.', at: 'no longer requires Vesk to disarm', type: 'engagement', holder: ['Norland'] },
  { c: 'drop-precondition', text: 'Brelvania said it had no preconditions for resuming talks with Tarsk.', at: 'no preconditions for resuming talks', type: 'engagement', holder: ['Brelvania'] },
  { c: 'drop-precondition', text: 'Kestria said it did not make the return of the islands a condition for dialogue with Norland.', at: 'did not make the return of the islands a condition for dialogue', type: 'engagement', holder: ['Kestria'] },
  { c: 'drop-precondition', text: 'Vesk dropped its demand that Norland withdraw before negotiations.', at: 'dropped its demand', type: 'engagement', holder: ['Vesk'] },
  { c: 'welcome-but', text: 'Brelvania welcomed Tarsk\'s proposal for direct talks but insisted that a ceasefire must come first.', at: 'welcomed Tarsk\'s proposal for direct talks', type: 'engagement', holder: ['Brelvania'] },
  { c: 'welcome-but', text: 'Brelvania welcomed Tarsk\'s proposal for direct talks but insisted that a ceasefire must come first.', at: 'insisted that a ceasefire must come first', type: 'condition', holder: ['Brelvania'] },
  { c: 'consider', text: 'The Orvane board agreed to consider the revised offer from Harbex.', at: 'agreed to consider the revised offer', type: 'engagement', holder: ['Orvane'] },
  { c: 'suspend', text: 'Norland suspended its talks with Vesk after the border clash.', at: 'suspended its talks with Vesk', type: 'refusal', holder: ['Norland'] },
  { c: 'suspend', text: 'Vesk announced a two-week pause in the talks with Norland.', at: 'a two-week pause in the talks', type: 'refusal', holder: ['Vesk', 'Vesk\'s negotiators'] },
  { c: 'suspend', text: 'The Kestrian council declared the impossibility of holding talks with the junta.', at: 'the impossibility of holding talks with the junta', type: 'refusal', holder: ['Kestrian council'], known: 'holder' },
  // added after the first run (from HOLDX's tuning half): a noun of unwillingness before the engaging it bears on
  { c: 'suspend', text: 'The Tarsk envoy restated Tarsk\'s reluctance on negotiating with Brelvania.', at: 'reluctance on negotiating with Brelvania', type: 'refusal', holder: ['Tarsk'], known: 'holder' },
  { c: 'refuse-class', text: 'Brelvania would reject any deal that leaves Tarsk troops on its soil, the minister said.', at: 'would reject any deal', type: 'refusal', holder: ['Brelvania'] },
  { c: 'refuse-class', text: 'The Centre Party said it will not back any agreement that cuts the fishing quota.', at: 'will not back any agreement', type: 'refusal', holder: ['Centre Party'] },
  { c: 'threat-if', text: 'The Halden Workers\' Union will walk out on Friday if the company does not raise its offer.', at: 'if the company does not raise its offer', type: 'condition', holder: ['Halden Workers\' Union'] },
  { c: 'threat-if', text: 'Norland threatened to recall its ambassador if Vesk did not free the sailors.', at: 'if Vesk did not free the sailors', type: 'condition', holder: ['Norland'] },
  { c: 'ask-offer', text: 'The doctors\' union wrote to the ministry asking for an improved wage offer.', at: 'asking for an improved wage offer', type: 'condition', holder: ['doctors\' union', 'union'] },
  { c: 'ask-offer', text: 'The Halden Workers\' Union called for a better offer from Orvane Freight.', at: 'called for a better offer', type: 'condition', holder: ['Halden Workers\' Union'] },
  { c: 'inverted-if', text: 'The union is willing to resume talks, should a new offer be presented to its members.', at: 'should a new offer be presented to its members', type: 'condition', holder: ['union'], known: 'nocue' },
  { c: 'inverted-if', text: 'Vesk would return to the table, were Norland to lift the blockade.', at: 'were Norland to lift the blockade', type: 'condition', holder: ['Vesk'] },
];

const NEGATIVES: NegativeCase[] = [
  // a dropped or denied precondition is no condition, and its talks are not refused
  { c: 'neg-drop-cond', text: 'Norland said it no longer requires Vesk to disarm first, so that the talks can start next week.', at: 'requires', type: 'condition' },
  { c: 'neg-drop-cond', text: 'Kestria said it did not make the return of the islands a condition for dialogue with Norland.', at: 'condition for', type: 'condition' },
  { c: 'neg-drop-cond', text: 'Brelvania said it had no preconditions for resuming talks with Tarsk.', at: 'resuming talks with', type: 'refusal' },
  // refusing a class of deal: the relative clause names the deals refused, no term of its own
  { c: 'neg-class-cond', text: 'Brelvania would reject any deal that leaves Tarsk troops on its soil, the minister said.', at: 'any deal that leaves', type: 'condition' },
  { c: 'neg-class-cond', text: 'The Centre Party said it will not back any agreement that cuts the fishing quota.', at: 'any agreement that cuts', type: 'condition' },
  // suspended or impossible talks are no engagement
  { c: 'neg-suspend-eng', text: 'Vesk announced a two-week pause in the talks with Norland.', at: 'talks with', type: 'engagement' },
  { c: 'neg-suspend-eng', text: 'The Kestrian council declared the impossibility of holding talks with the junta.', at: 'holding talks with', type: 'engagement' },
  { c: 'neg-suspend-eng', text: 'The Tarsk envoy restated Tarsk\'s reluctance on negotiating with Brelvania.', at: 'negotiating with', type: 'engagement' },
  // judging a demand or an offer ("considers X unacceptable") is no willingness to consider it
  { c: 'neg-judge-eng', text: 'The Vesk cabinet considers the guild\'s demand for early elections unlawful.', at: 'considers the guild\'s demand', type: 'engagement' },
  { c: 'neg-judge-eng', text: 'Norland considers the conditions Vesk set for the talks unacceptable.', at: 'considers the conditions', type: 'engagement' },
  // asking for an offer is a demand, not an offer of one's own
  { c: 'neg-ask-eng', text: 'The doctors\' union wrote to the ministry asking for an improved wage offer.', at: 'asking for an improved wage offer', type: 'engagement' },
  // inside an inverted conditional: no stance of its own
  { c: 'neg-inverted-eng', text: 'The union is willing to resume talks, should a new offer be presented to its members.', at: 'offer be presented', type: 'engagement' },
  // talks that go on, or the agreement they seek, are no condition on them
  { c: 'neg-talks-go-on', text: 'The crews resumed their shifts while the negotiations continue with the port authority.', at: 'while the negotiations continue', type: 'condition' },
  { c: 'neg-talks-go-on', text: 'The union offered to meet the board every day until an agreement is reached.', at: 'until an agreement is reached', type: 'condition' },
  // a conditional offer is no refusal, a refusal with a condition no engagement
  { c: 'neg-offer-ref', text: 'Norland will talk to Vesk if the shelling stops, the foreign minister said.', at: 'will talk to Vesk', type: 'refusal' },
  { c: 'neg-offer-ref', text: 'Vesk said it would not return to the negotiations unless the sanctions were lifted.', at: 'would not return to the negotiations', type: 'engagement' },
  // a demand's content is not the demander's engagement
  { c: 'neg-demand-eng', text: 'Norland insists that Vesk must first pull its troops back before any talks.', at: 'pull its troops back', type: 'engagement' },
];

const judge = (k: TypeCase) => judgeText(k, normGridName);
const clean = (k: NegativeCase) => noCueOver(k);

challengeSuite('where cue types meet (TYPES)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main c4513bf, before any change), found / right: offer-if 5/5 5/5, refuse-unless 5/5 5/5, demand-first
 * 2/2 2/2, accept-reject 2/2 2/2, drop-precondition 1/4 1/4, welcome-but 2/2 2/2, consider 1/1 1/1, suspend 1/3 1/3,
 * refuse-class 2/2 2/2, threat-if 2/2 2/2, ask-offer 2/2 2/2, inverted-if 1/2 1/2 (all: 26/32 right); negatives clean:
 * drop-cond 0/3, class-cond 1/2, suspend-eng 0/2, judge-eng 1/2, ask-eng 0/1, inverted-eng 0/1, talks-go-on 2/2,
 * offer-ref 2/2, demand-eng 1/1 (7/16). After the cue-stage fixes of this round (branch TYPES): 30/32 right (found 31/32),
 * negatives 15/16 clean; a noun of unwillingness case and its negative added after the first run (from a real set's
 * tuning half; no cue and not clean on main): the refusal now found (its holder not yet), the negative clean. Left: the passive inside a mid-sentence inverted "should" clause is no condition yet (the
 * condition rule leaves "should <noun> be …" alone), the council's holder, and an engagement rule that reads "wrote to
 * the ministry asking for" a pay offer as a proposal.
 */
const FLOORS: Record<string, [number, number]> = {
  'offer-if': [5 / 5, 5 / 5], 'refuse-unless': [5 / 5, 5 / 5], 'demand-first': [2 / 2, 2 / 2], 'accept-reject': [2 / 2, 2 / 2],
  'drop-precondition': [4 / 4, 4 / 4], 'welcome-but': [2 / 2, 2 / 2], consider: [1 / 1, 1 / 1], suspend: [4 / 4, 2 / 4],
  'refuse-class': [2 / 2, 2 / 2], 'threat-if': [2 / 2, 2 / 2], 'ask-offer': [2 / 2, 2 / 2], 'inverted-if': [1 / 2, 1 / 2],
};
const NEG_FLOORS: Record<string, number> = {
  'neg-drop-cond': 3 / 3, 'neg-class-cond': 2 / 2, 'neg-suspend-eng': 2 / 2, 'neg-judge-eng': 2 / 2, 'neg-ask-eng': 0 / 1,
  'neg-inverted-eng': 1 / 1, 'neg-talks-go-on': 2 / 2, 'neg-offer-ref': 2 / 2, 'neg-demand-eng': 1 / 1,
};

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
