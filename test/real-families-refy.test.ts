/**
 * Refusal families of real news (helper REFY): the constructions that lost a refusal or its holder in the tuning
 * half of an outside set of real news sentences (labour, domestic politics, institutions, business; kept outside
 * the repository), counted by construction family and written here again, each family crossed with several
 * predicates of its class. Every sentence is our own, with invented parties; none is copied from news. Kinds:
 *
 *   ref-no-hearing      an institution that will not hold, schedule or allow a hearing or a vote on a party's
 *                       nominee, bill or motion ("pledged not to hold a hearing", "would hold no hearings",
 *                       "No hearing, no vote")
 *   ref-not-attend      a party that will not attend, sit in or take part in a session, sitting or meeting of a
 *                       body ("will not attend the assembly session", "decided not to attend the sitting")
 *   ref-not-yield       idioms of not yielding: "won't budge", "will not bend the knee", "is not on board",
 *                       "will not back down", "are not going back"
 *   ref-impossible      meeting or changing what the other side wants declared impossible ("it is not possible to
 *                       change the contract", "it was impossible to meet the demand")
 *   ref-passive-request a request, invitation or demand turned down in the passive ("the request was denied",
 *                       "the invitation was not entertained", "the demand was turned down by X")
 *   ref-recommend-not   a board recommending that holders not tender, reject or take no action on an offer
 *   ref-deny-object     deny with an offer, bid, request or invitation as its object ("the board denied the bid")
 *   ref-vote-against    voting, with a tally, against approving, accepting or ratifying ("voted 9 to 4 against
 *                       approving the offer")
 *   ref-not-sell        a club or owner that will not sell or part with a player or asset wanted by a bidder
 *   hold-that-clause    the refusal in a reported that-clause whose subject is a body named by a common noun
 *                       ("Orm says the employer walked away", "Tal said the company had stonewalled the workers")
 *   neg-*               the same words where no refusal is meant
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run and current
 * rates are in the floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver } from './helpers/challenge.js';
import type { FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<'refusal'>;
type NegativeCase = Negative<'refusal'>;

const R = 'refusal' as const;
const CASES: FamilyCase[] = [
  // ref-no-hearing
  { c: 'ref-no-hearing', text: 'The Norland Senate committee pledged not to hold a hearing on the president\'s nominee.', at: 'pledged not to hold a hearing', type: R, holder: ['Norland Senate committee', 'Norland'], known: 'nocue' },
  { c: 'ref-no-hearing', text: 'Tarn Velo, the majority leader, said the chamber would hold no hearings on the nominee.', at: 'would hold no hearings', type: R, holder: ['Tarn Velo'] },
  { c: 'ref-no-hearing', text: 'The Halden Assembly will not schedule a vote on the Vesk treaty.', at: 'will not schedule a vote', type: R, holder: ['Halden Assembly'] },
  { c: 'ref-no-hearing', text: 'The Civic Alliance vowed not to allow a vote on the governor\'s budget.', at: 'vowed not to allow a vote', type: R, holder: ['Civic Alliance'] },
  { c: 'ref-no-hearing', text: '"No hearing, no vote," Senator Ilsa Brandt told reporters.', at: 'No hearing, no vote', type: R, holder: ['Ilsa Brandt'], known: 'nocue' },
  // ref-not-attend
  { c: 'ref-not-attend', text: 'The Civic Alliance said it will not attend the assembly session until the speaker apologises.', at: 'will not attend the assembly session', type: R, holder: ['Civic Alliance'] },
  { c: 'ref-not-attend', text: 'Pell Amar has decided not to attend the council sitting.', at: 'decided not to attend the council sitting', type: R, holder: ['Pell Amar'] },
  { c: 'ref-not-attend', text: 'The Greens will not take their seats in the Halden parliament.', at: 'will not take their seats', type: R, holder: ['Greens'] },
  { c: 'ref-not-attend', text: 'The Vesk delegation will skip the budget session.', at: 'will skip the budget session', type: R, holder: ['Vesk'], known: 'nocue' },
  // ref-not-yield
  { c: 'ref-not-yield', text: 'The Halden Workers\' Union says its members won\'t budge.', at: "won't budge", type: R, holder: ["Halden Workers' Union"] },
  { c: 'ref-not-yield', text: 'Orla Venn said the drivers will not bend the knee to Orvane Freight.', at: 'will not bend the knee', type: R, holder: ['drivers', 'Orla Venn'] },
  { c: 'ref-not-yield', text: 'Brelvania is not on board with the climate accord.', at: 'is not on board', type: R, holder: ['Brelvania'] },
  { c: 'ref-not-yield', text: 'The Tarsk dockers will not back down on pensions.', at: 'will not back down', type: R, holder: ['Tarsk dockers', 'dockers'] },
  { c: 'ref-not-yield', text: '"We are not going back to work for this company," the Calmont miners said.', at: 'We are not going back to work', type: R, holder: ['Calmont miners', 'miners'] },
  // ref-impossible
  { c: 'ref-impossible', text: 'Health minister Dara Quell said it is not possible to change the contract now.', at: 'it is not possible to change the contract', type: R, holder: ['Dara Quell'] },
  { c: 'ref-impossible', text: 'Dara Quell said it was impossible to meet the union\'s demand.', at: 'it was impossible to meet', type: R, holder: ['Dara Quell'] },
  { c: 'ref-impossible', text: '"It will not be possible for us to accommodate their demand," Sera Holm of the Vesk Party said.', at: 'It will not be possible for us to accommodate their demand', type: R, holder: ['Sera Holm', 'Vesk Party'] },
  { c: 'ref-impossible', text: 'The Norland treasury said there is no way it can accept the Vesk terms.', at: 'there is no way it can accept', type: R, holder: ['Norland'], known: 'holder' },
  // ref-passive-request
  { c: 'ref-passive-request', text: 'The Vesk premier asked to meet the Norland president, but the request was denied by Norland.', at: 'the request was denied', type: R, holder: ['Norland'] },
  { c: 'ref-passive-request', text: 'The union sought a meeting with the Halden board. The request was not entertained by the board.', at: 'The request was not entertained', type: R, holder: ['Halden board', 'board'], known: 'holder' },
  { c: 'ref-passive-request', text: 'The Civic Alliance\'s demand for a debate was turned down by the speaker.', at: 'was turned down by the speaker', type: R, holder: ['speaker'], known: 'holder' },
  { c: 'ref-passive-request', text: 'An invitation to the summit was declined by Brelvania.', at: 'was declined by Brelvania', type: R, holder: ['Brelvania'] },
  // ref-recommend-not
  { c: 'ref-recommend-not', text: 'The Meridian board recommends that shareholders not tender their shares into the Corvane offer.', at: 'recommends that shareholders not tender their shares', type: R, holder: ['Meridian board', 'Meridian'] },
  { c: 'ref-recommend-not', text: 'The Meridian board urged shareholders to reject the Corvane offer.', at: 'urged shareholders to reject', type: R, holder: ['Meridian board', 'Meridian'] },
  { c: 'ref-recommend-not', text: 'Tollan Mining advised its shareholders to take no action on the Harbex bid.', at: 'advised its shareholders to take no action', type: R, holder: ['Tollan Mining'] },
  { c: 'ref-recommend-not', text: 'The Halden Workers\' Union recommended that members vote against the offer.', at: 'recommended that members vote against the offer', type: R, holder: ["Halden Workers' Union"] },
  // ref-deny-object
  { c: 'ref-deny-object', text: 'The Meridian board has denied a bid put together by the founding family.', at: 'has denied a bid', type: R, holder: ['Meridian board', 'Meridian'] },
  { c: 'ref-deny-object', text: 'The Norland president denied the union\'s request for a meeting.', at: "denied the union's request for a meeting", type: R, holder: ['Norland'], known: 'holder' },
  { c: 'ref-deny-object', text: 'Calmont denied the Vesk offer of talks.', at: 'denied the Vesk offer of talks', type: R, holder: ['Calmont'] },
  // ref-vote-against
  { c: 'ref-vote-against', text: 'The pilots\' association said its board voted 9 to 4 against approving the carrier\'s final offer.', at: 'voted 9 to 4 against approving', type: R, holder: ['board', "pilots' association"] },
  { c: 'ref-vote-against', text: 'The Halden council voted 7-2 against accepting the deal.', at: 'voted 7-2 against accepting the deal', type: R, holder: ['Halden council'], known: 'nocue' },
  { c: 'ref-vote-against', text: 'The nurses voted overwhelmingly against ratifying the contract.', at: 'voted overwhelmingly against ratifying the contract', type: R, holder: ['nurses'] },
  // ref-not-sell
  { c: 'ref-not-sell', text: 'Halden Rovers said they will not sell their captain to Vesk United.', at: 'will not sell their captain', type: R, holder: ['Halden Rovers'] },
  { c: 'ref-not-sell', text: 'Grant Tolle, the Rovers manager, said the club won\'t sell.', at: "the club won't sell", type: R, holder: ['club', 'Rovers', 'Grant Tolle'], known: 'nocue' },
  { c: 'ref-not-sell', text: 'The Orsk club has refused to part with its top scorer despite a third bid.', at: 'refused to part with its top scorer', type: R, holder: ['Orsk club', 'Orsk'] },
  // hold-that-clause
  { c: 'hold-that-clause', text: 'Union president Orla Venn says the employer walked away from the table.', at: 'walked away from the table', type: R, holder: ['employer'], known: 'holder' },
  { c: 'hold-that-clause', text: 'Tam Orvel, of the Halden Workers\' Union, said the company had stonewalled the workers.', at: 'stonewalled', type: R, holder: ['company'] },
  { c: 'hold-that-clause', text: 'Corvane Capital said on Friday that Meridian Foods has declined to engage on its offer.', at: 'declined to engage', type: R, holder: ['Meridian Foods'] },
  { c: 'hold-that-clause', text: 'Pell Amar said the movement\'s general assembly voted and rejected the offer.', at: 'rejected the offer', type: R, holder: ['general assembly', 'movement'], known: 'holder' },
  // (added with their fixes; first run on main 505eae0 noted in the floors' comment)
  // ref-after-demand
  { c: 'ref-after-demand', text: 'Tejo Marr demanded a debate on the incident and said that the opposition will not attend the session until it is held.', at: 'will not attend', type: R, holder: ['opposition'] },
  { c: 'ref-after-demand', text: 'The union demanded a pay review and said that the drivers would not return to talks.', at: 'would not return to talks', type: R, holder: ['drivers'] },
  // ref-operator-nonparty
  { c: 'ref-operator-nonparty', text: 'Senator Ilsa Brandt is likely to refuse a formal meeting with the nominee.', at: 'refuse a formal meeting with', type: R, holder: ['Ilsa Brandt'] },
  { c: 'ref-operator-nonparty', text: 'The Halden board rejected talks with the new chairman of Orvane.', at: 'rejected talks with', type: R, holder: ['Halden board', 'Halden'] },
  { c: 'ref-operator-nonparty', text: 'Pell Amar declined a meeting with the hunger strikers.', at: 'declined a meeting with', type: R, holder: ['Pell Amar'] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-no-hearing', text: 'No hearing was held on Friday because the judge was ill.', at: 'No hearing was held' },
  { c: 'neg-no-hearing', text: 'The committee will hold hearings on the nominee next week.', at: 'will hold hearings' },
  { c: 'neg-not-attend', text: 'Two ministers will not attend the session because of illness.', at: 'will not attend the session' },
  { c: 'neg-not-yield', text: 'The lorry would not budge from the mud.', at: 'would not budge' },
  { c: 'neg-not-yield', text: 'The rain is not going back to the north before Sunday.', at: 'not going back' },
  { c: 'neg-impossible', text: 'It is impossible to predict the outcome of the vote.', at: 'impossible to predict' },
  { c: 'neg-passive-request', text: 'The allegations were denied by the minister.', at: 'were denied by the minister' },
  { c: 'neg-deny-object', text: 'The minister denied the report about a secret meeting.', at: 'denied the report' },
  { c: 'neg-not-sell', text: 'The shop will not sell alcohol after ten.', at: 'will not sell alcohol' },
];

const clean = (k: NegativeCase) => noCueOver({ ...k, type: 'refusal' });

challengeSuite('real-news refusal families (REFY)', CASES, (k) => judgeText(k), { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main 505eae0, before any change), found / right: ref-no-hearing 1/5 1/5, ref-not-attend 3/4 3/4,
 * ref-not-yield 3/5 3/5, ref-impossible 2/4 1/4, ref-passive-request 3/4 1/4, ref-recommend-not 3/4 3/4,
 * ref-deny-object 1/3 0/3, ref-vote-against 0/3 0/3, ref-not-sell 2/3 2/3, hold-that-clause 4/4 2/4 (all: 16/39
 * right, cue found 22/39); negatives clean: neg-not-attend 0/1, neg-not-yield 1/2, the others all. After the
 * refusal rules of this round (branch REFY): 28/39 right, found 37/39; negatives unchanged. Added with their fixes
 * (first run on main 505eae0): ref-after-demand 0/2 (a demand's text ran on over "and said that …"), ref-operator-nonparty
 * 1/3 ("refused a meeting with the nominee": the needsTarget test dropped the chain with its refusing operator).
 */
const FLOORS: Record<string, [number, number]> = {
  'ref-no-hearing': [4 / 5, 3 / 5], 'ref-not-attend': [4 / 4, 3 / 4], 'ref-not-yield': [5 / 5, 5 / 5], 'ref-impossible': [4 / 4, 3 / 4],
  'ref-passive-request': [4 / 4, 2 / 4], 'ref-recommend-not': [4 / 4, 4 / 4], 'ref-deny-object': [3 / 3, 2 / 3], 'ref-vote-against': [3 / 3, 2 / 3],
  'ref-not-sell': [2 / 3, 2 / 3], 'hold-that-clause': [4 / 4, 2 / 4], 'ref-after-demand': [2 / 2, 2 / 2], 'ref-operator-nonparty': [3 / 3, 3 / 3],
};
const NEG_FLOORS: Record<string, number> = {
  'neg-no-hearing': 1, 'neg-not-attend': 0, 'neg-not-yield': 1 / 2, 'neg-impossible': 1, 'neg-passive-request': 1, 'neg-deny-object': 1, 'neg-not-sell': 1,
};

kindFloors(CASES, (k) => judgeText(k), FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
