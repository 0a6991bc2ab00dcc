/**
 * Condition families of real news (helper CONDX): the constructions that lost a condition, made a false one or
 * gave one the wrong holder in the tuning half of an outside set of real news sentences that hold the words
 * conditions ride on (if, unless, until, only when, as long as, must, demand, in exchange for, before, once …),
 * taken as they came, so that about half carry no condition (kept outside the repository). Counted by
 * construction family, not by sentence. Every sentence here is our own, with invented parties. Kinds:
 *
 *   cond-until-demands    a protest or strike kept up "until <party> meets / grants / agrees to <our> demands",
 *                         "until our demands are met"
 *   cond-action-if-not    industrial or other action taken or sought "if an offer is not made", "if it cannot reach
 *                         agreement with <party>"
 *   cond-only-when        talks or discussion that may happen "only when / only once <party> does X"
 *   cond-first-should     "first <party> should / must act by …", "but first <party> must …"
 *   cond-insist-span      "insisted that <party> should / must X before talks": the cue covers the demand itself
 *   cond-will-have-to     "<party> will have to <act>" after a verb of saying or clarifying
 *   cond-if-deal-must     "if the two sides are to reach a deal, <thing> should / must be lifted"
 *   hold-said-after       a requirement on one party's measures, said by another party after it ("Vesk's tariffs
 *                         must go if there is to be a deal, the Norland ministry said"): the speaker holds it
 *   neg-demand-object     "demands" as the object of a refusal, a response or a mention ("rejected the union's
 *                         demands", "would not give in to Vesk's demands", "its response to Vesk's demands")
 *   neg-forecast-unless   an "unless" in a forecast or hedge of no party's making ("the walkout may go on for
 *                         months unless …", "the bank is set to cut rates unless the data …")
 *   neg-depend-timing     timings or dates that "depend on" things ("the timing depends on technical questions")
 *   neg-noun-senses       a noun where a condition verb was read (added after the first run, from the real-article set
 *                         ARTS half A): "has close ties to", a wish for war ("wants war")
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run rates are in the
 * floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { CueType, FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<CueType>;
type NegativeCase = Negative<CueType> & { type: CueType };

const CASES: FamilyCase[] = [
  // cond-until-demands
  { c: 'cond-until-demands', text: 'Halden Workers\' Union leader Pella Morn said the stoppage would continue until Orvane Freight granted their demands.', at: 'until Orvane Freight granted their demands', type: 'condition', holder: ['Pella Morn', "Halden Workers' Union"] },
  { c: 'cond-until-demands', text: '"Our pickets will stay at the gates until our demands are met," said Tam Orvel, a union organiser.', at: 'until our demands are met', type: 'condition', holder: ['Tam Orvel'] },
  { c: 'cond-until-demands', text: 'The dockers said the walkout was only the first of many actions until the port authority meets their demands.', at: 'until the port authority meets their demands', type: 'condition', holder: ['dockers'] },
  { c: 'cond-until-demands', text: 'The farmers vowed to keep blocking the roads until the ministry agrees to their demands.', at: 'until the ministry agrees to their demands', type: 'condition', holder: ['farmers'] },
  // cond-action-if-not
  { c: 'cond-action-if-not', text: 'Members authorised the Halden Workers\' Union to call a strike if a fair offer is not made within ten days.', at: 'if a fair offer is not made within ten days', type: 'condition', holder: ["Halden Workers' Union", 'Members'] },
  { c: 'cond-action-if-not', text: 'The pilots\' union said it would seek a strike ballot next month if it cannot reach agreement with Corlen Air on pensions.', at: 'if it cannot reach agreement with Corlen Air on pensions', type: 'condition', holder: ["pilots' union", 'union'] },
  { c: 'cond-action-if-not', text: 'Vesk said it would recall its ambassador if Norland could not guarantee the safety of its diplomats.', at: 'if Norland could not guarantee the safety of its diplomats', type: 'condition', holder: ['Vesk'] },
  // cond-only-when
  { c: 'cond-only-when', text: 'Border issues should be discussed only when Norland lifts the blockade, the Vesk envoy said.', at: 'only when Norland lifts the blockade', type: 'condition', holder: ['Vesk envoy', 'Vesk'], known: 'holder' },
  { c: 'cond-only-when', text: 'Talks can start only once the rebels hand over their heavy weapons, Brelvania said.', at: 'only once the rebels hand over their heavy weapons', type: 'condition', holder: ['Brelvania'] },
  { c: 'cond-only-when', text: 'The union said pay could be negotiated only when the company withdrew the layoff notices.', at: 'only when the company withdrew the layoff notices', type: 'condition', holder: ['union'] },
  // cond-first-should
  { c: 'cond-first-should', text: 'The Vesk president said his country was ready to talk. "But first Norland should act by lifting the blockade."', at: 'first Norland should act by lifting the blockade', type: 'condition', holder: ['Vesk president', 'Vesk'] },
  { c: 'cond-first-should', text: 'Brelvania is open to a summit, its foreign minister said, but first Vesk must free the fishermen.', at: 'first Vesk must free the fishermen', type: 'condition', holder: ['Brelvania', 'foreign minister'] },
  { c: 'cond-first-should', text: 'The union wants a deal. First, though, the company has to drop the outsourcing plan, Pella Morn said.', at: 'the company has to drop the outsourcing plan', type: 'condition', holder: ['Pella Morn'] },
  // cond-insist-span
  { c: 'cond-insist-span', text: 'Vesk insisted that Norland must lift the blockade before talks can resume.', at: 'Norland must lift the blockade before talks can resume', type: 'condition', holder: ['Vesk'] },
  { c: 'cond-insist-span', text: 'Brelvania insisted that the rebels should disarm before any negotiations.', at: 'the rebels should disarm before any negotiations', type: 'condition', holder: ['Brelvania'] },
  { c: 'cond-insist-span', text: 'The Halden Workers\' Union insists that Orvane Freight must reinstate the sacked drivers.', at: 'Orvane Freight must reinstate the sacked drivers', type: 'condition', holder: ["Halden Workers' Union"] },
  // cond-will-have-to
  { c: 'cond-will-have-to', text: 'Opposition leader Ida Olt has made clear that the premier will have to resign.', at: 'the premier will have to resign', type: 'condition', holder: ['Ida Olt'] },
  { c: 'cond-will-have-to', text: 'Vesk has clarified that Norland will have to pull its troops back first.', at: 'Norland will have to pull its troops back', type: 'condition', holder: ['Vesk'] },
  { c: 'cond-will-have-to', text: 'The union said the company will have to restore the bonus before any deal.', at: 'the company will have to restore the bonus', type: 'condition', holder: ['union'] },
  // cond-if-deal-must
  { c: 'cond-if-deal-must', text: '"If the two sides were to reach a deal, the Vesk duties should all be lifted," said Tolan Marr, a Norland trade spokesman.', at: 'the Vesk duties should all be lifted', type: 'condition', holder: ['Tolan Marr'] },
  { c: 'cond-if-deal-must', text: 'If there is to be an agreement, the sanctions must be removed in full, the Brelvanian ministry said.', at: 'the sanctions must be removed in full', type: 'condition', holder: ['Brelvanian ministry', 'Brelvania'] },
  { c: 'cond-if-deal-must', text: 'For a settlement to happen, the layoffs must be reversed, the union said.', at: 'the layoffs must be reversed', type: 'condition', holder: ['union'] },
  // hold-said-after
  { c: 'hold-said-after', text: 'Existing Vesk tariffs will have to be removed if there is to be a trade deal between the two countries, Norland\'s commerce ministry said on Thursday.', at: 'will have to be removed if there is to be a trade deal', type: 'condition', holder: ['Norland'], known: 'holder' },
  { c: 'hold-said-after', text: 'Brelvanian troops must leave the border zone before any talks, the Vesk foreign ministry said.', at: 'must leave the border zone before any talks', type: 'condition', holder: ['Vesk', 'Vesk foreign ministry'] },
  { c: 'hold-said-after', text: 'Norland\'s sanctions have to go before there can be a summit, Vesk\'s president said.', at: 'have to go before there can be a summit', type: 'condition', holder: ['Vesk'] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-demand-object', text: 'Norland said it would not give in to Vesk\'s "absurd demands".', at: 'demands', type: 'condition' },
  { c: 'neg-demand-object', text: 'The minister, who rejects the opposition demands, has not set an election date.', at: 'demands', type: 'condition' },
  { c: 'neg-demand-object', text: 'However, Norland\'s response to Vesk\'s demands has been cool, leading to a stalemate.', at: 'demands', type: 'condition' },
  { c: 'neg-demand-object', text: 'The union called the company\'s demands for longer shifts unacceptable.', at: 'demands', type: 'condition' },
  { c: 'neg-forecast-unless', text: 'Orvane Freight turned down the mediators, and the stoppage may go on for weeks unless the union backs down.', at: 'unless', type: 'condition' },
  { c: 'neg-forecast-unless', text: 'An economist said the central bank is ready to start cutting rates in May, unless there are bad inflation figures in March.', at: 'unless', type: 'condition' },
  { c: 'neg-depend-timing', text: '"As for the timing, it depends on several technical questions that need to be settled with our partners."', at: 'depends on', type: 'condition' },
  { c: 'neg-depend-timing', text: 'The date of the vote will depend on the weather and on the printing of the ballots.', at: 'depend on', type: 'condition' },
  // added after the first run, from the real-article set ARTS half A (first run on main 505eae0: clean 0/2)
  { c: 'neg-noun-senses', text: 'The mediation was welcomed by the Orsk army, which has close ties to the Vesk militia.', at: 'ties to', type: 'condition' },
  { c: 'neg-noun-senses', text: '"I do not believe the Vesk president wants war," the Norland minister said.', at: 'wants war', type: 'condition' },
];

const judge = (k: FamilyCase) => judgeText(k, normGridName);
const clean = (k: NegativeCase) => noCueOver(k);

challengeSuite('real-news condition families (CONDX)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main 505eae0, before any change), found / right: cond-until-demands 2/4 2/4, cond-action-if-not 2/3 2/3,
 * cond-only-when 1/3 1/3, cond-first-should 3/3 3/3, cond-insist-span 0/3 0/3, cond-will-have-to 3/3 3/3,
 * cond-if-deal-must 2/3 2/3, hold-said-after 3/3 2/3 (all: 15/25 right, found 19/25); negatives clean:
 * demand-object 1/4, forecast-unless 0/2, depend-timing 1/2. After this round (branch CONDX): 23/25 right, found 25/25;
 * negatives clean 8/8. The two left: an invented name as a modifier ("the Vesk envoy", "Norland's commerce
 * ministry") is not read as a party, so the speaker's party is missing from the actors.
 */
const FLOORS: Record<string, [number, number]> = {
  'cond-until-demands': [4 / 4, 4 / 4], 'cond-action-if-not': [3 / 3, 3 / 3], 'cond-only-when': [3 / 3, 2 / 3], 'cond-first-should': [3 / 3, 3 / 3],
  'cond-insist-span': [3 / 3, 3 / 3], 'cond-will-have-to': [3 / 3, 3 / 3], 'cond-if-deal-must': [3 / 3, 3 / 3], 'hold-said-after': [3 / 3, 2 / 3],
};
const NEG_FLOORS: Record<string, number> = { 'neg-demand-object': 1, 'neg-forecast-unless': 1, 'neg-depend-timing': 1, 'neg-noun-senses': 1 };

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
