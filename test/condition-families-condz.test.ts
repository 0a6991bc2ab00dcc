/**
 * Condition holders and precision in real news (helper CONDZ): the constructions that lost a condition, its holder,
 * or made a false one in the tuning half of an outside set of real news sentences holding the words conditions ride
 * on (if, unless, until, once, as long as, only when, in return for, must first, precondition, deadline), about half
 * of them with no condition (kept outside the repository), and in the condition holders of the earlier sets' tuning
 * halves, counted by construction, not by sentence. Every sentence here is our own, with invented parties. Kinds:
 *
 *   cz-when-quote         a fronted "When / Once <the other side's act>," before a quoted commitment of the speaker
 *                         ('When the sanctions are lifted, "we will …," the minister said'): the speaker's term
 *   cz-refuse-if          "won't support / will not vote for <a bill> if <a term is in it>": a conditional refusal;
 *                         the if-clause is the refusing party's term
 *   cz-trouble-if         "there would be trouble / consequences if <party> <acts>": a warning whose consequence
 *                         waits on the other side, held by the one who warns
 *   cz-reconsider-fronted "If <party> <acts>, <we / the government> can reconsider": a fronted if before a review of
 *                         a position
 *   cz-demand-modifier    "a rebel / union / opposition demand that <X> <act>": the modifier is the demander, not the
 *                         party the demand falls on
 *   cz-warn-must          "I am warning <X and Y> that they must <act>," <speaker> said: the speaker sets it
 *   cz-told-party         the same with parties the actor stage finds (added after the first run): "<X> told / warned
 *                         <Y (and Z)> that it / they must …" — Y must act, X sets the term
 *   cz-only-if-offer      "<party> has offered <…>, but only if <the other side> <acts>": the offer's maker sets it
 *   cz-had-to-be-met      "the conditions, which <party> stated had to be met by a date": the party sets it
 *   neg-hurdles           "still had to overcome hurdles": a difficulty, no term set
 *   neg-precond-judged    "<X> is unacceptable as a precondition for talks": a term rejected, not set
 *   neg-depend-party      "the terms of a settlement depend on <party>": left to a party, no term set
 *   neg-call-set-terms    "called on <party> to set sensible conditions for a dialogue": a call to set terms
 *   neg-if-analysis       "if our analysis / the data allows (for it)": a forecaster's if, no party's term
 *   neg-procedure         a legislature's or a court's timetable: "if the assembly cannot pass the bill by …, the
 *                         government will shut down", "that gives lawmakers three weeks to pass the budget", a court
 *                         "giving them 14 days to"
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run rates are in the
 * floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { CueType, FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<CueType>;
type NegativeCase = Negative<CueType> & { type: CueType };

const CASES: FamilyCase[] = [
  // cz-when-quote
  { c: 'cz-when-quote', text: 'When the sanctions are lifted, "we will reverse all our measures at once," Norland\'s foreign minister Ida Olt said.', at: 'When the sanctions are lifted', type: 'condition', holder: ['Ida Olt', 'Norland'], known: 'nocue' },
  { c: 'cz-when-quote', text: 'Once Vesk frees the sailors, "we will reopen the border the same day," Norland\'s president said.', at: 'Once Vesk frees the sailors', type: 'condition', holder: ['Norland'] },
  { c: 'cz-when-quote', text: 'As soon as the army leaves the valley, "we will sit down with the government," Aron Tesk told reporters.', at: 'As soon as the army leaves the valley', type: 'condition', holder: ['Aron Tesk'] },
  // cz-refuse-if
  { c: 'cz-refuse-if', text: 'Velmor Party deputies warn they won\'t support the spending plan this spring if cuts to the farm subsidy are included.', at: 'if cuts to the farm subsidy are included', type: 'condition', holder: ['Velmor Party'] },
  { c: 'cz-refuse-if', text: 'Several Velmor Party deputies say they will not vote for the finance bill if a diesel levy is included.', at: 'if a diesel levy is included', type: 'condition', holder: ['Velmor Party'] },
  { c: 'cz-refuse-if', text: 'The Halden Workers\' Union said it would not back the agreement if the night shifts were kept.', at: 'if the night shifts were kept', type: 'condition', holder: ["Halden Workers' Union"] },
  // cz-trouble-if
  { c: 'cz-trouble-if', text: 'Ida Olt told the assembly there would be "trouble" if the cabinet tried to go back on its promise to shield farm subsidies.', at: 'if the cabinet tried to go back', type: 'condition', holder: ['Ida Olt'] },
  { c: 'cz-trouble-if', text: 'Norland said on Friday there would be consequences if Vesk did not free the sailors.', at: 'if Vesk did not free the sailors', type: 'condition', holder: ['Norland'] },
  { c: 'cz-trouble-if', text: 'Aron Tesk warned that there will be serious consequences if the army enters the valley.', at: 'if the army enters the valley', type: 'condition', holder: ['Aron Tesk'] },
  // cz-reconsider-fronted
  { c: 'cz-reconsider-fronted', text: '"If the insurgents agree to give up their weapons and join the negotiations, the cabinet can reconsider," Ida Olt said.', at: 'If the insurgents agree to give up their weapons', type: 'condition', holder: ['Ida Olt'], known: 'nocue' },
  { c: 'cz-reconsider-fronted', text: 'If Vesk withdraws its ships, Norland will reconsider its position, the ministry said.', at: 'If Vesk withdraws its ships', type: 'condition', holder: ['Norland'] },
  // cz-demand-modifier
  { c: 'cz-demand-modifier', text: 'The negotiations have broken down over a rebel demand that Governor Aron Tesk resign.', at: 'demand that', type: 'condition', holder: ['rebels', 'rebel'], known: 'holder' },
  { c: 'cz-demand-modifier', text: 'Zelen rejected earlier Norland demands that Vesk first surrender its fleet.', at: 'demands that', type: 'condition', holder: ['Norland'] },
  { c: 'cz-demand-modifier', text: 'The dispute turned on a union demand that the Harbex board reinstate the drivers.', at: 'demand that', type: 'condition', holder: ['union'], known: 'holder' },
  // cz-warn-must
  { c: 'cz-warn-must', text: '"I am warning Vesk and Brelvania that they must end the blockade, otherwise we will act," Norland\'s president Ida Olt said.', at: 'must end', type: 'condition', holder: ['Ida Olt', 'Norland'], known: 'holder' },
  { c: 'cz-warn-must', text: 'Aron Tesk told Norland and Vesk that they must withdraw their troops before any talks.', at: 'must withdraw', type: 'condition', holder: ['Aron Tesk'], known: 'holder' },
  // cz-told-party (added after the first run, with parties the actor stage finds; on main 5b84be6 found 1/3, right 0/3)
  { c: 'cz-told-party', text: 'The Halden Workers\' Union told the Orvane Shipping Company that it must reinstate the drivers before any talks.', at: 'must reinstate', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'cz-told-party', text: 'The Halden Workers\' Union warned the Orvane Shipping Company and the Tarsk Port Authority that they must reinstate the drivers.', at: 'must reinstate', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'cz-told-party', text: '"I am warning the Orvane Shipping Company and the Tarsk Port Authority and saying that they must reinstate the drivers," Halden Workers\' Union leader Ida Olt said.', at: 'must reinstate', type: 'condition', holder: ['Ida Olt', "Halden Workers' Union"] },
  // cz-only-if-offer
  { c: 'cz-only-if-offer', text: 'Harbex Airways has offered to raise its pay offer to the pilots, but only if the union gives something in return.', at: 'only if', type: 'condition', holder: ['Harbex Airways'] },
  { c: 'cz-only-if-offer', text: 'Norland offered to reopen the crossing, but only if Vesk pulls its troops back first.', at: 'only if', type: 'condition', holder: ['Norland'] },
  // cz-had-to-be-met
  { c: 'cz-had-to-be-met', text: 'The cabinet refused the conditions, which the Kesh rebels stated had to be met by the end of May.', at: 'had to be met', type: 'condition', holder: ['Kesh rebels', 'rebels'] },
  { c: 'cz-had-to-be-met', text: 'The board turned down the claims, which the Halden Workers\' Union said must be met before any return to work.', at: 'must be met', type: 'condition', holder: ["Halden Workers' Union"], known: 'nocue' },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-hurdles', text: 'Ida Olt said on Wednesday that Norland and Vesk still had to overcome several large obstacles.', at: 'had to overcome', type: 'condition' },
  { c: 'neg-hurdles', text: 'The two sides will have to overcome deep mistrust, the envoy said.', at: 'have to overcome', type: 'condition' },
  { c: 'neg-hurdles', text: 'Negotiators must still clear several obstacles before a deal, diplomats said.', at: 'must still clear', type: 'condition' },
  { c: 'neg-precond-judged', text: 'A Vesk withdrawal from the islands is unacceptable for Norland as a precondition for negotiations.', at: 'precondition for', type: 'condition' },
  { c: 'neg-precond-judged', text: 'Norland said the release of the prisoners was unacceptable as a precondition for talks.', at: 'precondition for', type: 'condition' },
  { c: 'neg-depend-party', text: 'The Vesk premier said the details of the ceasefire accord depend on Norland.', at: 'depend on', type: 'condition' },
  { c: 'neg-depend-party', text: 'Whether the talks resume now depends on Brelvania, the envoy said.', at: 'depends on', type: 'condition' },
  { c: 'neg-call-set-terms', text: 'Norland called on Vesk to set sensible conditions for a dialogue with Brelvania.', at: 'called on Vesk to set', type: 'condition' },
  { c: 'neg-call-set-terms', text: 'The envoy urged both sides not to set extreme conditions for the negotiations.', at: 'urged both sides not to set', type: 'condition' },
  { c: 'neg-if-analysis', text: '"If the figures permit, we do not exclude a further cut," the bank\'s chief economist said.', at: 'If the figures permit', type: 'condition' },
  { c: 'neg-if-analysis', text: 'The central bank will cut rates again if the data allow it, the governor said.', at: 'if the data allow', type: 'condition' },
  { c: 'neg-procedure', text: 'If the assembly cannot pass the stopgap bill before midnight, the government will shut down.', at: 'If the assembly cannot pass', type: 'condition' },
  { c: 'neg-procedure', text: 'If they fail, the assembly will have to pass another stopgap bill.', at: 'will have to pass', type: 'condition' },
  { c: 'neg-procedure', text: 'That gives lawmakers three weeks to pass the whole budget.', at: 'gives lawmakers three weeks to', type: 'condition' },
  { c: 'neg-procedure', text: 'The court ordered the Velmor Party and the Civic Front into mediation, giving them 14 days to report back.', at: 'giving them 14 days to', type: 'condition' },
];

const judge = (k: FamilyCase) => judgeText(k, normGridName);
const clean = (k: NegativeCase) => noCueOver(k);

challengeSuite('condition holders and precision (CONDZ)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main 5b84be6, before any change), found / right: cz-when-quote 2/3 2/3, cz-refuse-if 2/3 2/3,
 * cz-trouble-if 2/3 2/3, cz-reconsider-fronted 1/2 1/2, cz-demand-modifier 3/3 1/3, cz-warn-must 2/2 0/2, cz-only-if-offer 2/2 2/2,
 * cz-had-to-be-met 0/2 0/2 (all: 10/20 right, found 14/20; the grid commit said 12/16, a miscount); negatives clean (6/15): hurdles 2/3, precond-judged 0/2, depend-party 0/2,
 * call-set-terms 1/2, if-analysis 1/2, procedure 2/4. After the precision notIfs of src/rules/condition.yml: every negative
 * clean (hurdles 3/3, precond-judged 2/2, depend-party 2/2, call-set-terms 2/2, if-analysis 2/2, procedure 4/4). After the
 * recall frames (if-condition's subject with a phrase, condition-frames consequence-if, must-be-done's "had to"):
 * cz-refuse-if 3/3, cz-trouble-if 3/3, cz-had-to-be-met 1/2 (the relative "which the union said must be met" has no
 * holder yet). cz-told-party (added then; on main 5b84be6 found 1/3, right 0/3) 3/3 after the holders' toldParty; the
 * cz-warn-must cases stay wrong: the actor stage does not find an invented name right after "told" or "warning".
 */
const FLOORS: Record<string, [number, number]> = {
  'cz-when-quote': [2 / 3, 2 / 3], 'cz-refuse-if': [3 / 3, 3 / 3], 'cz-trouble-if': [3 / 3, 3 / 3], 'cz-reconsider-fronted': [1 / 2, 1 / 2],
  'cz-demand-modifier': [3 / 3, 1 / 3], 'cz-warn-must': [2 / 2, 0 / 2], 'cz-told-party': [3 / 3, 3 / 3], 'cz-only-if-offer': [2 / 2, 2 / 2], 'cz-had-to-be-met': [1 / 2, 1 / 2],
};
const NEG_FLOORS: Record<string, number> = {
  'neg-hurdles': 1, 'neg-precond-judged': 1, 'neg-depend-party': 1, 'neg-call-set-terms': 1, 'neg-if-analysis': 1, 'neg-procedure': 1,
};

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
