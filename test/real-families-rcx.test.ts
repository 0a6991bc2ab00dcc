/**
 * Refusal and condition families of real news (helper RCX): the constructions that lost a refusal, a condition
 * or its holder in the tuning half of an outside set of real news sentences (diplomacy, labour, business and
 * domestic politics; kept outside the repository), counted by construction family, not by sentence. Every
 * sentence here is our own, with invented parties; none is copied from news. Kinds:
 *
 *   ref-rejected-by      an offer noun with a reduced passive relative: "the proposals already rejected by X"
 *   ref-verdict          a verdict on an offer: "called the plan 'unconscionable'", "said the offer was disrespectful"
 *   ref-no-chance        "there is no chance to join / of joining" the talks, the coalition, the parliament
 *   ref-withdrew-from    withdrew, with a time phrase between, from a ceasefire, truce, pact or agreement
 *   ref-refusal-noun     a possessive and an adjective before "refusal to": "the army's longstanding refusal to …"
 *   ref-not-recommend    "did not recommend (that) members approve / accept / ratify" the deal
 *   ref-hyphen-object    a hyphenated compound in the object: "turned down a take-it-or-leave-it offer"
 *   ref-left-abruptly    negotiators or a delegation that "left abruptly" or "walked off" in the middle of talks
 *   cond-only-pp         talks that "will only take place / go ahead / move forward" under, outside, in line with X
 *   cond-needed-for      "X would be needed / is required for (higher-level) talks, a deal"
 *   cond-threat-if-not   threatening an act against a party "if it does not" do a thing
 *   cond-if-not-fronted  an ultimatum fronted: "If Vesk does not withdraw by Friday, Norland will …"
 *   cond-before-noun     "must / should lay down arms before any negotiations" (a noun after "before")
 *   hold-rel-object      the holder is the subject of an object relative clause: "proposals that the board rejected"
 *   hold-saying          a participial "…, saying <stance>" after a phrase that ends on a party ("following talks with
 *                        X, saying …"): the main clause's subject speaks, not X
 *   hold-bodies          a plural body in lower case holds its own stance: "the hospitals have rejected it"
 *   ref-undervalues, ref-not-what, ref-object-role, ref-long-np (added after the first run, from the real-article
 *                        set ARTS half A): "the revised offer from X continues to undervalue the group", "a pause is
 *                        not what we are after", "objected to X's leadership of the quartet", "pulled X out of the
 *                        landmark 2015 nuclear deal", "quit the six-way coalition talks"
 *   neg-*                the same words where no stance of that type is meant (the type must not appear there)
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run and current
 * rates are in the floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { CueType, FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<CueType>;
type NegativeCase = Negative<CueType> & { type: CueType };

const CASES: FamilyCase[] = [
  // ref-rejected-by
  { c: 'ref-rejected-by', text: 'The Vesk envoy said Norland had insisted on discussing proposals already rejected by the Vesk cabinet.', at: 'proposals already rejected by the Vesk cabinet', type: 'refusal', holder: ['Vesk'], known: 'nocue' },
  { c: 'ref-rejected-by', text: 'The board will meet again to weigh an offer rejected by the Halden Workers\' Union last week.', at: 'an offer rejected by the Halden Workers\' Union', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'ref-rejected-by', text: 'Talks resumed on a peace plan twice rejected by Brelvania.', at: 'a peace plan twice rejected by Brelvania', type: 'refusal', holder: ['Brelvania'] },
  { c: 'ref-rejected-by', text: 'Corvane Foods returned with a bid rejected by the Meridian board in March.', at: 'a bid rejected by the Meridian board', type: 'refusal', holder: ['Meridian'] },
  // ref-verdict
  { c: 'ref-verdict', text: 'Pella Morn, the president of the Halden Workers\' Union, called the company proposal "unconscionable."', at: 'called the company proposal "unconscionable', type: 'refusal', holder: ['Pella Morn', "Halden Workers' Union"] },
  { c: 'ref-verdict', text: 'Union negotiator Tam Orvel says the offer was disrespectful and the bargaining is finished.', at: 'the offer was disrespectful', type: 'refusal', holder: ['Tam Orvel'], known: 'nocue' },
  { c: 'ref-verdict', text: 'The Vesk foreign ministry called the Norland plan derisory.', at: 'called the Norland plan derisory', type: 'refusal', holder: ['Vesk', 'Vesk foreign ministry'] },
  { c: 'ref-verdict', text: 'The Greens said the coalition offer was insulting.', at: 'the coalition offer was insulting', type: 'refusal', holder: ['Greens'] },
  // ref-no-chance
  { c: 'ref-no-chance', text: '"There is no chance to join the government under these terms," the Civic Alliance leader said.', at: 'There is no chance to join the government', type: 'refusal', holder: ['Civic Alliance'] },
  { c: 'ref-no-chance', text: 'Vesk said there was no chance of returning to the talks this year.', at: 'there was no chance of returning to the talks', type: 'refusal', holder: ['Vesk'] },
  { c: 'ref-no-chance', text: 'The Halden Workers\' Union said there is no chance of accepting the offer.', at: 'there is no chance of accepting the offer', type: 'refusal', holder: ["Halden Workers' Union"] },
  // ref-withdrew-from
  { c: 'ref-withdrew-from', text: 'The Brelvanian government formally withdrew last spring from a decade-old, Vesk-brokered truce.', at: 'withdrew last spring from a decade-old, Vesk-brokered truce', type: 'refusal', holder: ['Brelvania'], known: 'nocue' },
  { c: 'ref-withdrew-from', text: 'Norland withdrew last month from the 2011 border agreement with Vesk.', at: 'withdrew last month from the 2011 border agreement', type: 'refusal', holder: ['Norland'] },
  { c: 'ref-withdrew-from', text: 'The rebels withdrew on Sunday from the truce agreed in Orsk.', at: 'withdrew on Sunday from the truce', type: 'refusal', holder: ['rebels'] },
  // ref-refusal-noun
  { c: 'ref-refusal-noun', text: 'The offer failed because of the Vesk army\'s persistent refusal to sign a two-way truce.', at: 'persistent refusal to sign a two-way truce', type: 'refusal', holder: ['Vesk'] },
  { c: 'ref-refusal-noun', text: 'Norland criticised the board\'s repeated refusal to meet the union.', at: 'repeated refusal to meet the union', type: 'refusal', holder: ['board'], known: 'holder' },
  { c: 'ref-refusal-noun', text: 'Analysts blamed Brelvania\'s stubborn refusal to negotiate.', at: 'stubborn refusal to negotiate', type: 'refusal', holder: ['Brelvania'] },
  // ref-not-recommend
  { c: 'ref-not-recommend', text: 'The nurses\' union did not recommend that members ratify the contract.', at: 'did not recommend that members ratify the contract', type: 'refusal', holder: ['union', "nurses' union"] },
  { c: 'ref-not-recommend', text: 'The Halden Workers\' Union will not recommend that members accept the offer.', at: 'will not recommend that members accept the offer', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'ref-not-recommend', text: 'The Meridian board did not recommend shareholders accept the Corvane bid.', at: 'did not recommend shareholders accept the Corvane bid', type: 'refusal', holder: ['Meridian'] },
  // ref-hyphen-object
  { c: 'ref-hyphen-object', text: 'Union negotiators turned down a take-it-or-leave-it compromise proposal from the port owners.', at: 'turned down a take-it-or-leave-it compromise proposal', type: 'refusal', holder: ['Union negotiators', 'union'] },
  { c: 'ref-hyphen-object', text: 'Vesk rejected a last-minute, all-or-nothing offer from Norland.', at: 'rejected a last-minute, all-or-nothing offer', type: 'refusal', holder: ['Vesk'] },
  { c: 'ref-hyphen-object', text: 'The Meridian board spurned a cash-and-shares bid from Corvane.', at: 'spurned a cash-and-shares bid', type: 'refusal', holder: ['Meridian'] },
  // ref-left-abruptly
  { c: 'ref-left-abruptly', text: 'The Vesk negotiators left abruptly on Monday, Norlandic officials said.', at: 'left abruptly', type: 'refusal', holder: ['Vesk', 'Vesk negotiators'] },
  { c: 'ref-left-abruptly', text: 'The Brelvanian delegation walked off twenty minutes into the session.', at: 'walked off', type: 'refusal', holder: ['Brelvania'], known: 'nocue' },
  { c: 'ref-left-abruptly', text: 'Union negotiators left the room abruptly after the company tabled its plan.', at: 'left the room abruptly', type: 'refusal', holder: ['Union negotiators', 'union'] },
  // cond-only-pp
  { c: 'cond-only-pp', text: 'Norland said talks with the militia would only be held outside Vesk.', at: 'would only be held outside Vesk', type: 'condition', holder: ['Norland'] },
  { c: 'cond-only-pp', text: 'Vesk said its contacts with Norland may proceed only within the framework of the 2020 accord.', at: 'may proceed only within the framework of the 2020 accord', type: 'condition', holder: ['Vesk'] },
  { c: 'cond-only-pp', text: 'The talks can only go ahead under United Nations supervision, Brelvania said.', at: 'can only go ahead under United Nations supervision', type: 'condition', holder: ['Brelvania'] },
  { c: 'cond-only-pp', text: 'The Halden Workers\' Union said bargaining would resume only on the basis of the 2019 agreement.', at: 'would resume only on the basis of the 2019 agreement', type: 'condition', holder: ["Halden Workers' Union"] },
  // cond-needed-for
  { c: 'cond-needed-for', text: 'Vesk refused to apologise for the raid, which Norland had said would be needed for a final settlement.', at: 'would be needed for a final settlement', type: 'condition', holder: ['Norland'] },
  { c: 'cond-needed-for', text: 'Brelvania said a full ceasefire is required for any talks with the rebels.', at: 'is required for any talks', type: 'condition', holder: ['Brelvania'] },
  { c: 'cond-needed-for', text: 'The union said a pension guarantee was necessary for a deal.', at: 'was necessary for a deal', type: 'condition', holder: ['union'] },
  // cond-threat-if-not
  { c: 'cond-threat-if-not', text: 'Norland is threatening new sanctions on Vesk if it does not recall its gunboats.', at: 'if it does not recall its gunboats', type: 'condition', holder: ['Norland'] },
  { c: 'cond-threat-if-not', text: 'The Halden Workers\' Union threatened a strike if the company did not restore the pension plan.', at: 'if the company did not restore the pension plan', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'cond-threat-if-not', text: 'Brelvania warned of sanctions against Vesk if it fails to free the sailors.', at: 'if it fails to free the sailors', type: 'condition', holder: ['Brelvania'] },
  // cond-if-not-fronted
  { c: 'cond-if-not-fronted', text: 'If Vesk does not withdraw by the end of the month, Norland will take matters into its own hands.', at: 'If Vesk does not withdraw by the end of the month', type: 'condition', holder: ['Norland'] },
  { c: 'cond-if-not-fronted', text: 'If the company does not raise its offer by Friday, the Halden Workers\' Union will strike.', at: 'If the company does not raise its offer by Friday', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'cond-if-not-fronted', text: 'If the rebels fail to free the hostages by noon, Brelvania will end the truce.', at: 'If the rebels fail to free the hostages by noon', type: 'condition', holder: ['Brelvania'] },
  // cond-before-noun
  { c: 'cond-before-noun', text: 'The rebels "must give up their weapons before any negotiations," the Brelvanian minister said.', at: 'must give up their weapons before any negotiations', type: 'condition', holder: ['Brelvania', 'Brelvanian minister'] },
  { c: 'cond-before-noun', text: 'Norland said Vesk must withdraw its ships before any talks.', at: 'must withdraw its ships before any talks', type: 'condition', holder: ['Norland'] },
  { c: 'cond-before-noun', text: 'The union said the company has to drop the cuts before further negotiations.', at: 'has to drop the cuts before further negotiations', type: 'condition', holder: ['union'] },
  // hold-rel-object
  { c: 'hold-rel-object', text: '"We have put forward proposals that the board has rejected," the Halden Workers\' Union said.', at: 'the board has rejected', type: 'refusal', holder: ['board'], known: 'holder' },
  { c: 'hold-rel-object', text: 'Vesk tabled a plan that Norland rejected within hours.', at: 'Norland rejected', type: 'refusal', holder: ['Norland'] },
  { c: 'hold-rel-object', text: 'The Greens revived terms that the Liberals had turned down in May.', at: 'the Liberals had turned down', type: 'refusal', holder: ['Liberals'] },
  // hold-saying (added after the first run; its first run on main 9377314: found 2/3, right 0/3)
  { c: 'hold-saying', text: 'However, Pell Varn struck a hard line following talks with Ida Olt, saying the Greens would have to back the budget if they wanted to govern.', at: 'would have to back', type: 'condition', holder: ['Pell Varn'] },
  { c: 'hold-saying', text: 'The Vesk premier walked out of a meeting with the Norland envoy, saying Norland would have to free the sailors first.', at: 'would have to free', type: 'condition', holder: ['Vesk premier', 'Vesk'], known: 'nocue' },
  { c: 'hold-saying', text: 'Tarn Obel ended a meeting with the mill owners, saying the Halden union would have to drop its claim.', at: 'would have to drop', type: 'condition', holder: ['Tarn Obel'] },
  // families added after the first run, from the misses of the real-article set ARTS half A; their first run on main
  // 9377314 (found / right): ref-undervalues 1/2 1/2, ref-not-what 0/2 0/2, ref-object-role 0/2 0/2, ref-long-np 0/2 0/2
  { c: 'ref-undervalues', text: 'Meridian Foods said the revised offer from Corvane continues to undervalue the group.', at: 'continues to undervalue', type: 'refusal', holder: ['Meridian Foods'] },
  { c: 'ref-undervalues', text: 'The Orsk Mining board said the bid substantially undervalues the company.', at: 'substantially undervalues', type: 'refusal', holder: ['Orsk Mining board', 'Orsk Mining'] },
  { c: 'ref-not-what', text: '"A pause alone is not what we are after," the Norland spokesman said.', at: 'is not what we are after', type: 'refusal', holder: ['Norland spokesman', 'Norland'], known: 'holder' },
  { c: 'ref-not-what', text: 'Vesk said a truce on its own is not what it seeks.', at: 'is not what it seeks', type: 'refusal', holder: ['Vesk'] },
  { c: 'ref-object-role', text: "Brelvania had objected to the Orsk president's leadership of the regional quartet.", at: 'objected to', type: 'refusal', holder: ['Brelvania'] },
  { c: 'ref-object-role', text: "The Halden Workers' Union objected to the ministry's role in the talks.", at: 'objected to', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'ref-long-np', text: 'The president pulled Norland out of the landmark 2015 Vesk nuclear deal.', at: 'pulled Norland out of', type: 'refusal', holder: ['president', 'Norland'] },
  { c: 'ref-long-np', text: 'The Green League quit the four-party coalition talks on Monday.', at: 'quit the four-party coalition talks', type: 'refusal', holder: ['Green League'] },
  // hold-bodies
  { c: 'hold-bodies', text: 'Nurses have proposed fixed staffing ratios, but the hospitals have rejected them.', at: 'the hospitals have rejected them', type: 'refusal', holder: ['hospitals'], known: 'holder' },
  { c: 'hold-bodies', text: 'The union offered to keep talking, but the hospitals refused.', at: 'the hospitals refused', type: 'refusal', holder: ['hospitals'], known: 'holder' },
  { c: 'hold-bodies', text: 'The clinics said they would pull the offer unless the nurses called off the walkout.', at: 'unless the nurses called off the walkout', type: 'condition', holder: ['clinics'], known: 'holder' },
  { c: 'hold-bodies', text: 'The airlines have turned down the pilots\' demand for a pay rise.', at: 'have turned down', type: 'refusal', holder: ['airlines'], known: 'holder' },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-demand-relative', text: 'The Greens made a demand that was meant to ease the talks.', at: 'a demand that was', type: 'condition' },
  { c: 'neg-demand-relative', text: 'The clause was a condition that seems to have sunk the plan.', at: 'a condition that seems', type: 'condition' },
  { c: 'neg-call-for-strike', text: 'The unions kept their call for a strike on Tuesday.', at: 'call for a strike', type: 'condition' },
  { c: 'neg-call-for-strike', text: 'The unions refused to delay their three-day call for strike.', at: 'call for strike', type: 'condition' },
  { c: 'neg-rejected-by', text: 'The appeal rejected by the court last week will be heard again.', at: 'rejected by the court', type: 'refusal' },
  { c: 'neg-rejected-by', text: 'Shares rejected by the market fell further.', at: 'rejected by the market', type: 'refusal' },
  { c: 'neg-if-not', text: 'If it does not rain by the end of the month, the harvest will fail.', at: 'If it does not rain', type: 'condition' },
  { c: 'neg-only-pp', text: 'The concert will only be held outside the old town this summer.', at: 'will only be held outside the old town', type: 'condition' },
  { c: 'neg-needed-for', text: 'More nurses would be needed for the new ward.', at: 'would be needed for the new ward', type: 'condition' },
  { c: 'neg-left-abruptly', text: 'The guests left abruptly after the speech.', at: 'left abruptly', type: 'refusal' },
  { c: 'neg-no-chance', text: 'There is no chance of rain on Sunday.', at: 'no chance of rain', type: 'refusal' },
  { c: 'neg-undervalue-reason', text: 'Halden Foods rejected the approach, saying it undervalued the business.', at: 'undervalued', type: 'refusal' },
  { c: 'neg-withdrew-from', text: 'She withdrew last week from the marathon with a knee injury.', at: 'withdrew last week from the marathon', type: 'refusal' },
];

const judge = (k: FamilyCase) => judgeText(k, normGridName);
const clean = (k: NegativeCase) => noCueOver(k);

challengeSuite('real-news refusal/condition families (RCX)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main 9377314, before any change), found / right: ref-rejected-by 3/4 3/4, ref-verdict 2/4 2/4,
 * ref-no-chance 3/3 3/3, ref-withdrew-from 1/3 1/3, ref-refusal-noun 3/3 2/3, ref-not-recommend 0/3 0/3,
 * ref-hyphen-object 2/3 2/3, ref-left-abruptly 0/3 0/3, cond-only-pp 0/4 0/4, cond-needed-for 1/3 1/3,
 * cond-threat-if-not 1/3 1/3, cond-if-not-fronted 0/3 0/3, cond-before-noun 3/3 3/3, hold-rel-object 3/3 2/3,
 * hold-bodies 4/4 0/4 (all: 20/49 right, cue found 27/49); negatives clean: demand-relative 0/2,
 * call-for-strike 0/2, rejected-by 1/2, the others 1/1. After this round (branch RCX): 39/49 right, found 46/49;
 * every kind's floor at its rate now; negatives demand-relative 2/2, call-for-strike 2/2, rejected-by 1/2.
 */
const FLOORS: Record<string, [number, number]> = {
  'ref-rejected-by': [3 / 4, 3 / 4], 'ref-verdict': [3 / 4, 3 / 4], 'ref-no-chance': [3 / 3, 3 / 3], 'ref-withdrew-from': [2 / 3, 2 / 3],
  'ref-refusal-noun': [3 / 3, 2 / 3], 'ref-not-recommend': [3 / 3, 3 / 3], 'ref-hyphen-object': [3 / 3, 3 / 3], 'ref-left-abruptly': [3 / 3, 2 / 3],
  'cond-only-pp': [4 / 4, 4 / 4], 'cond-needed-for': [3 / 3, 3 / 3], 'cond-threat-if-not': [3 / 3, 3 / 3], 'cond-if-not-fronted': [3 / 3, 3 / 3],
  'cond-before-noun': [3 / 3, 3 / 3], 'hold-rel-object': [3 / 3, 2 / 3], 'hold-saying': [2 / 3, 2 / 3], 'hold-bodies': [4 / 4, 0],
  'ref-undervalues': [2 / 2, 2 / 2], 'ref-not-what': [2 / 2, 1 / 2], 'ref-object-role': [2 / 2, 2 / 2], 'ref-long-np': [2 / 2, 2 / 2],
};
const NEG_FLOORS: Record<string, number> = {
  'neg-demand-relative': 1, 'neg-call-for-strike': 1, 'neg-rejected-by': 1 / 2, 'neg-if-not': 1, 'neg-only-pp': 1, 'neg-needed-for': 1,
  'neg-left-abruptly': 1, 'neg-no-chance': 1, 'neg-withdrew-from': 1, 'neg-undervalue-reason': 1,
};

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
