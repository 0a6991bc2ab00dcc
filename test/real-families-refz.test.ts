/**
 * Refusal families of real news without a verb of refusing (helper REFZ): the constructions that lost a refusal in
 * the tuning half of an outside set of real news sentences (diplomacy and conflict, trade, takeovers and shareholder
 * votes, sports bodies, local government; kept outside the repository), counted by construction family and written
 * here again, each family crossed with several predicates and objects of its class. Every sentence is our own, with
 * invented parties; none is copied from news. Kinds:
 *
 *   ref-go-with          a decision or modal not to go (along) with, sign up to or buy into an offer or plan
 *   ref-not-approved     an offer, scheme or deal not approved, backed or supported by a party (negated passive
 *                        of an approval verb with its agent), or failing to win a party's approval or support
 *   ref-no-change        a negative quantifier over a change to an offer or deal ("there will be no improvement to
 *                        the offer", "no renegotiation of the accord", "no better offer")
 *   ref-after-engage     a refusal participle with its agent after the object of another party's engagement verb
 *                        ("backed a treaty rejected by the parliament": the engagement had swallowed it)
 *   ref-condemn-quoted   an opposition verb whose object noun follows quoted or coordinated adjectives ("condemned
 *                        a "cynical and reckless" proposal"), and 'disapprove of'
 *   ref-describe-insult  describing an offer or plan as an insult in idiom ("described the plan as a spit in the face")
 *   ref-no-appetite      lacking, or not having, the appetite, stomach or will to deal ("didn't have the appetite to
 *                        address his proposal", "has no stomach for a deal")
 *   ref-not-considering  not considering (even) talks, contact or an offer, with 'even', 'any' or 'the possibility of'
 *   ref-off-agenda       talks or a meeting with a party not on, or off, the agenda
 *   ref-declare-over     declaring or pronouncing talks or a deal over or dead, with 'as' or quotation marks
 *   ref-passive-far      an offer or plan with a long complement turned down in the passive by its agent
 *   neg-*                the same words where no refusal is meant
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run and current rates
 * are in the floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<'refusal'>;
type NegativeCase = Negative<'refusal'>;

const R = 'refusal' as const;
const CASES: FamilyCase[] = [
  // ref-go-with
  { c: 'ref-go-with', text: 'The Vesk cabinet decided not to go with the Norland proposal.', at: 'decided not to go with the Norland proposal', type: R, holder: ['Vesk cabinet', 'Vesk'], known: 'holder' },
  { c: 'ref-go-with', text: 'The Halden board will not go along with the Corvane plan.', at: 'will not go along with the Corvane plan', type: R, holder: ['Halden board', 'Halden'] },
  { c: 'ref-go-with', text: 'Brelvania refused to go along with the ceasefire deal.', at: 'refused to go along with', type: R, holder: ['Brelvania'] },
  { c: 'ref-go-with', text: 'The Tarsk union would not sign up to the employers\' offer.', at: 'would not sign up to', type: R, holder: ['Tarsk union', 'Tarsk'] },
  { c: 'ref-go-with', text: 'Norland chose not to buy into the Vesk peace plan.', at: 'chose not to buy into the Vesk peace plan', type: R, holder: ['Norland'] },
  // ref-not-approved
  { c: 'ref-not-approved', text: 'The Corvane scheme has not been approved by Meridian shareholders.', at: 'has not been approved by Meridian shareholders', type: R, holder: ['Meridian shareholders', 'shareholders', 'Meridian'] },
  { c: 'ref-not-approved', text: 'The merger was not backed by the Orvane board.', at: 'was not backed by the Orvane board', type: R, holder: ['Orvane board', 'Orvane'] },
  { c: 'ref-not-approved', text: 'The Tarsk offer was not supported by a majority of Halden members.', at: 'was not supported by a majority', type: R, holder: ['Halden members', 'members', 'Halden'] },
  { c: 'ref-not-approved', text: 'The peace plan failed to win the approval of the Vesk assembly.', at: 'failed to win the approval of the Vesk assembly', type: R, holder: ['Vesk assembly', 'Vesk'], known: 'holder' },
  { c: 'ref-not-approved', text: 'The Corvane bid failed to win the support of Meridian shareholders.', at: 'failed to win the support of Meridian shareholders', type: R, holder: ['Meridian shareholders', 'shareholders', 'Meridian'] },
  // ref-no-change
  { c: 'ref-no-change', text: 'The message from Vesk is clear: there will be no improvement to the offer.', at: 'there will be no improvement to the offer', type: R, holder: ['Vesk'], known: 'holder' },
  { c: 'ref-no-change', text: 'Norland said there will be no renegotiation of the accord.', at: 'there will be no renegotiation of the accord', type: R, holder: ['Norland'] },
  { c: 'ref-no-change', text: 'There will be no changes to the agreement, the Vesk minister said.', at: 'There will be no changes to the agreement', type: R, holder: ['Vesk minister', 'Vesk'] },
  { c: 'ref-no-change', text: 'Orvane Freight said there would be no better offer for the drivers.', at: 'there would be no better offer', type: R, holder: ['Orvane Freight'] },
  // ref-after-engage
  { c: 'ref-after-engage', text: 'Voters backed a treaty rejected by the Norland parliament.', at: 'rejected by the Norland parliament', type: R, holder: ['Norland parliament', 'Norland'] },
  { c: 'ref-after-engage', text: 'The premier revived a plan turned down by the Vesk council.', at: 'turned down by the Vesk council', type: R, holder: ['Vesk council', 'Vesk'] },
  { c: 'ref-after-engage', text: 'Norland signed an accord spurned by Brelvania.', at: 'spurned by Brelvania', type: R, holder: ['Brelvania'] },
  // ref-condemn-quoted
  { c: 'ref-condemn-quoted', text: 'The Vesk federation condemned a "cynical and reckless" proposal.', at: 'condemned a "cynical and reckless" proposal', type: R, holder: ['Vesk federation', 'Vesk'] },
  { c: 'ref-condemn-quoted', text: 'The Halden league denounced a shameful and greedy plan.', at: 'denounced a shameful and greedy plan', type: R, holder: ['Halden league', 'Halden'], known: 'holder' },
  { c: 'ref-condemn-quoted', text: 'Norland slammed the "one-sided, unworkable" ceasefire plan.', at: 'slammed the "one-sided, unworkable" ceasefire plan', type: R, holder: ['Norland'], known: 'nocue' },
  { c: 'ref-condemn-quoted', text: 'The Tarsk federation said it disapproved of the merger plan.', at: 'disapproved of the merger plan', type: R, holder: ['Tarsk federation', 'Tarsk'] },
  // ref-describe-insult
  { c: 'ref-describe-insult', text: 'Ona Brask, the league president, described the plan as a "spit in the face" of the fans.', at: 'described the plan as a "spit in the face"', type: R, holder: ['Ona Brask'] },
  { c: 'ref-describe-insult', text: 'The union described the offer as a slap in the face.', at: 'described the offer as a slap in the face', type: R, holder: ['union'] },
  { c: 'ref-describe-insult', text: 'Tarn Velo called the proposal a kick in the teeth.', at: 'called the proposal a kick in the teeth', type: R, holder: ['Tarn Velo'] },
  // ref-no-appetite
  { c: 'ref-no-appetite', text: 'The Halden council didn\'t have the appetite to consider her offer.', at: "didn't have the appetite to consider her offer", type: R, holder: ['Halden council', 'Halden'] },
  { c: 'ref-no-appetite', text: 'The Meridian board has no stomach for a deal with Corvane.', at: 'has no stomach for a deal', type: R, holder: ['Meridian board', 'Meridian'] },
  { c: 'ref-no-appetite', text: 'Norland does not have the will to negotiate with Vesk.', at: 'does not have the will to negotiate', type: R, holder: ['Norland'] },
  { c: 'ref-no-appetite', text: 'The rebels lack the appetite for talks with the junta.', at: 'lack the appetite for talks', type: R, holder: ['rebels'] },
  // ref-not-considering
  { c: 'ref-not-considering', text: '"We are not entertaining even the idea of talks with Vesk," the Norland minister said.', at: 'We are not entertaining even the idea of talks', type: R, holder: ['Norland minister', 'Norland'] },
  { c: 'ref-not-considering', text: 'The Vesk government is not considering any talks with the rebels.', at: 'is not considering any talks', type: R, holder: ['Vesk government', 'Vesk'] },
  { c: 'ref-not-considering', text: 'Brelvania is not even considering the Norland offer.', at: 'is not even considering the Norland offer', type: R, holder: ['Brelvania'] },
  // ref-off-agenda
  { c: 'ref-off-agenda', text: '"Talks with Vesk are not on the agenda," the Norland minister said.', at: 'Talks with Vesk are not on the agenda', type: R, holder: ['Norland minister', 'Norland'] },
  { c: 'ref-off-agenda', text: 'A meeting between the two leaders is not on the agenda, Brelvania said.', at: 'A meeting between the two leaders is not on the agenda', type: R, holder: ['Brelvania'] },
  { c: 'ref-off-agenda', text: 'Negotiations with the rebels are off the agenda, the Vesk premier said.', at: 'Negotiations with the rebels are off the agenda', type: R, holder: ['Vesk premier', 'Vesk'] },
  // ref-declare-over
  { c: 'ref-declare-over', text: 'Norland declared the negotiations as "over" on Sunday.', at: 'declared the negotiations as "over"', type: R, holder: ['Norland'] },
  { c: 'ref-declare-over', text: 'Norland pronounced the deal dead on Friday.', at: 'pronounced the deal dead', type: R, holder: ['Norland'] },
  { c: 'ref-declare-over', text: 'The Vesk minister declared the truce finished.', at: 'declared the truce finished', type: R, holder: ['Vesk minister', 'Vesk'] },
  // ref-passive-far
  { c: 'ref-passive-far', text: 'The governor\'s offer to extend the school year in exchange for a pay rise was shot down by the Halden union.', at: 'was shot down by the Halden union', type: R, holder: ['Halden union', 'Halden'] },
  { c: 'ref-passive-far', text: 'Corvane\'s plan to merge the two ports and cut the workforce was rejected by the Meridian board.', at: 'was rejected by the Meridian board', type: R, holder: ['Meridian board', 'Meridian'] },
  { c: 'ref-passive-far', text: 'The Vesk proposal for a ceasefire along the river was turned down by Norland.', at: 'was turned down by Norland', type: R, holder: ['Norland'] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-declined-named', text: 'An official, who declined to be named, said the plan was ready.', at: 'declined to be named' },
  { c: 'neg-declined-named', text: 'The Vesk diplomat refused to be identified.', at: 'refused to be identified' },
  { c: 'neg-declined-named', text: 'A banker who declined to be quoted said the Corvane bid would rise.', at: 'declined to be quoted' },
  { c: 'neg-not-approved', text: 'The vaccine has not been approved by regulators.', at: 'has not been approved by regulators' },
  { c: 'neg-not-approved', text: 'The budget plan has not yet been approved by the council.', at: 'has not yet been approved by the council' },
  { c: 'neg-no-change', text: 'There will be no changes to the bus timetable.', at: 'no changes to the bus timetable' },
  { c: 'neg-after-engage', text: 'Voters backed a treaty signed by the Norland parliament.', at: 'signed by the Norland parliament' },
  { c: 'neg-condemn-quoted', text: 'The league condemned the "cowardly and brutal" attack.', at: 'condemned the "cowardly and brutal" attack' },
  { c: 'neg-no-appetite', text: 'The children didn\'t have the appetite to finish their dinner.', at: "didn't have the appetite" },
  { c: 'neg-describe-insult', text: 'The coach described the referee\'s decision as a slap in the face.', at: 'described the referee' },
];

const clean = (k: NegativeCase) => noCueOver({ ...k, type: 'refusal' });

challengeSuite('real-news refusal families without a refusing verb (REFZ)', CASES, (k) => judgeText(k, normGridName), { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main c4513bf, before any change), found / right: ref-go-with 4/5 4/5, ref-not-approved 1/5 1/5,
 * ref-no-change 1/4 1/4, ref-after-engage 3/3 3/3, ref-condemn-quoted 0/4 0/4, ref-describe-insult 2/3 2/3,
 * ref-no-appetite 0/4 0/4, ref-not-considering 2/3 2/3, ref-off-agenda 0/3 0/3, ref-declare-over 1/3 1/3,
 * ref-passive-far 2/3 2/3 (all: 16/40 right, found 16/40); negatives clean: neg-declined-named 0/3, the others all.
 * After this round's rules (src/rules/refusal-frames.yml and the extended refusal rules): 35/40 right, found 39/40;
 * negatives all clean. Left: four holders (an invented body the actors stage does not take for a party, 'the
 * message from Vesk' before a colon, the 'of' agent of 'failed to win the approval of') and adjectives split by a
 * comma, which no match spans.
 */
const FLOORS: Record<string, [number, number]> = {
  'ref-go-with': [5 / 5, 4 / 5], 'ref-not-approved': [5 / 5, 4 / 5], 'ref-no-change': [4 / 4, 3 / 4], 'ref-after-engage': [3 / 3, 3 / 3],
  'ref-condemn-quoted': [3 / 4, 2 / 4], 'ref-describe-insult': [3 / 3, 3 / 3], 'ref-no-appetite': [4 / 4, 4 / 4], 'ref-not-considering': [3 / 3, 3 / 3],
  'ref-off-agenda': [3 / 3, 3 / 3], 'ref-declare-over': [3 / 3, 3 / 3], 'ref-passive-far': [3 / 3, 3 / 3],
};
const NEG_FLOORS: Record<string, number> = {
  'neg-declined-named': 1, 'neg-not-approved': 1, 'neg-no-change': 1, 'neg-after-engage': 1, 'neg-condemn-quoted': 1, 'neg-no-appetite': 1,
  'neg-describe-insult': 1,
};

kindFloors(CASES, (k) => judgeText(k, normGridName), FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
