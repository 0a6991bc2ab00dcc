/**
 * Condition families of real news in new registers (helper CONDY): hostage and ceasefire terms, the Red Sea attacks,
 * bailout and EU-funds conditions, sanctions relief, trade deals, takeover threats, coalition and accession demands,
 * labour offers with strings. The constructions that lost a condition or made a false one in the tuning half of an
 * outside set of real news sentences holding the words conditions ride on, about half of them with no condition
 * (kept outside the repository), counted by construction family, not by sentence. Every sentence here is our own,
 * with invented parties. Kinds:
 *
 *   cond-threat-if       a threat — "threatened to <act> if …", "threatened further escalation if …", "his threat
 *                        to quit the coalition if …", "warned that it would <act> if …" — whose consequence waits on
 *                        the other side: the if-clause is the threatener's term
 *   cond-if-fails        a consequence in the main clause ("may take other steps", "proposed freezing the grants")
 *                        then "if <party> does not / did not / fails to <act>": the act is demanded
 *   cond-until-persist   a hostile act kept up "until <party> <acts>" after a verb of stopping or persisting
 *                        ("will not stop until", "persist in … until", "proposed freezing … until", "keep … frozen
 *                        until")
 *   cond-stop-when       "<our action> will stop / end / be lifted when <party> stops / lifts …"
 *   cond-except          a refusal held "except in / except as part of / except if" a deal or step
 *   cond-reconsider-if   a position reviewed "if <party> …" ("would be reviewed if the siege is lifted")
 *   cond-must-be-part    "the demands must be part of the agreement", "its terms must be written into the accord"
 *   hold-thing-pp        a requirement said of a thing named with a phrase of its own ("stated that discussions on the
 *                        second phase should begin once …"): the speaker holds it (added after the first commits)
 *   neg-approval         an approval a body or the law gives — "subject to the approval of the board", "contingent
 *                        on approval from", "needs to agree unanimously", "must be approved by regulators"
 *   neg-demand-mention   "demands" only named: presented to, revealed, called unrealistic
 *   neg-condition-noun   "no financing condition", "the conditions set by the lender" under review
 *   neg-time-needed      "more time is needed for talks"
 *   neg-if-no-party      an if-clause of no party's term: "if convicted", weather, a team's results
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run rates are in the
 * floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { CueType, FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<CueType>;
type NegativeCase = Negative<CueType> & { type: CueType };

const CASES: FamilyCase[] = [
  // cond-threat-if
  { c: 'cond-threat-if', text: 'Orvane threatened to put its bid directly to Harbex investors if the Harbex board did not agree to talks by Friday.', at: 'if the Harbex board did not agree to talks by Friday', type: 'condition', holder: ['Orvane'] },
  { c: 'cond-threat-if', text: 'Militia leader Aron Tesk threatened further escalation if the shelling of the valley continues.', at: 'if the shelling of the valley continues', type: 'condition', holder: ['Aron Tesk'] },
  { c: 'cond-threat-if', text: 'Pella Morn repeated her threat to quit the coalition if the Velmor Party did not back the housing bill.', at: 'if the Velmor Party did not back the housing bill', type: 'condition', holder: ['Pella Morn'] },
  { c: 'cond-threat-if', text: 'Norland warned that it would expel the Vesk diplomats if Vesk did not release the sailors.', at: 'if Vesk did not release the sailors', type: 'condition', holder: ['Norland'] },
  // cond-if-fails
  { c: 'cond-if-fails', text: 'Norland may take other steps if Vesk does not honour the terms of the accord.', at: 'if Vesk does not honour the terms of the accord', type: 'condition', holder: ['Norland'] },
  { c: 'cond-if-fails', text: 'The Halden Commission proposed freezing the grants if Brelvania failed to reform its courts.', at: 'if Brelvania failed to reform its courts', type: 'condition', holder: ['Halden Commission'] },
  { c: 'cond-if-fails', text: 'Corlen Air could cancel the order if Tarsk Aero fails to deliver the jets on time.', at: 'if Tarsk Aero fails to deliver the jets on time', type: 'condition', holder: ['Corlen Air'] },
  { c: 'cond-if-fails', text: 'Orvane said it would put its bid directly to investors if the two boards had not agreed on terms by Friday.', at: 'if the two boards had not agreed on terms by Friday', type: 'condition', holder: ['Orvane'] },
  { c: 'cond-if-fails', text: 'Norland will act if Vesk has not withdrawn its ships by the end of the week.', at: 'if Vesk has not withdrawn its ships', type: 'condition', holder: ['Norland'] },
  // cond-until-persist
  { c: 'cond-until-persist', text: 'Aron Tesk said the raids would not stop until the army leaves the valley.', at: 'until the army leaves the valley', type: 'condition', holder: ['Aron Tesk'] },
  { c: 'cond-until-persist', text: 'The Kesh front said it would carry on with its attacks on the convoys until Norland lifts the siege.', at: 'until Norland lifts the siege', type: 'condition', holder: ['Kesh front'], known: 'holder' },
  { c: 'cond-until-persist', text: 'The Halden Commission proposed freezing the grants until Brelvania reforms its courts.', at: 'until Brelvania reforms its courts', type: 'condition', holder: ['Halden Commission'] },
  { c: 'cond-until-persist', text: 'Norland will keep the funds frozen until Vesk implements the agreed reforms.', at: 'until Vesk implements the agreed reforms', type: 'condition', holder: ['Norland'] },
  // cond-stop-when
  { c: 'cond-stop-when', text: 'Aron Tesk said the attacks would stop when Norland ceases its operations in the valley.', at: 'when Norland ceases its operations in the valley', type: 'condition', holder: ['Aron Tesk'] },
  { c: 'cond-stop-when', text: 'Norland said the sanctions would end once Vesk frees the sailors.', at: 'once Vesk frees the sailors', type: 'condition', holder: ['Norland'] },
  { c: 'cond-stop-when', text: 'Vesk said its boycott would be lifted when the league reinstates its team.', at: 'when the league reinstates its team', type: 'condition', holder: ['Vesk'] },
  // cond-except
  { c: 'cond-except', text: 'Aron Tesk said the front would not release the hostages except in a prisoner exchange.', at: 'except in a prisoner exchange', type: 'condition', holder: ['Aron Tesk'] },
  { c: 'cond-except', text: 'Vesk will not lift the blockade except as part of a wider settlement, its minister said.', at: 'except as part of a wider settlement', type: 'condition', holder: ['Vesk'] },
  { c: 'cond-except', text: 'The Halden Workers\' Union will not sign the deal except if the bonus is restored.', at: 'except if the bonus is restored', type: 'condition', holder: ["Halden Workers' Union"] },
  // cond-reconsider-if
  { c: 'cond-reconsider-if', text: 'The Kesh front said its stance would be reviewed if the siege is lifted and food gets through.', at: 'if the siege is lifted', type: 'condition', holder: ['Kesh front'], known: 'holder' },
  { c: 'cond-reconsider-if', text: 'Orvane Freight said it would reconsider its position if the union dropped the overtime ban.', at: 'if the union dropped the overtime ban', type: 'condition', holder: ['Orvane Freight'] },
  // cond-must-be-part
  { c: 'cond-must-be-part', text: 'Pella Morn refused, arguing that the pension terms must be part of the final pact.', at: 'the pension terms must be part of the final pact', type: 'condition', holder: ['Pella Morn'] },
  { c: 'cond-must-be-part', text: 'Vesk said its terms must be written into the final accord.', at: 'its terms must be written into the final accord', type: 'condition', holder: ['Vesk'] },
  // hold-thing-pp
  { c: 'hold-thing-pp', text: 'Aron Tesk stated that talks on the next stage should begin once the captives are freed.', at: 'should begin', type: 'condition', holder: ['Aron Tesk'] },
  { c: 'hold-thing-pp', text: 'Norland said that talks about the border must resume before any aid is sent.', at: 'must resume', type: 'condition', holder: ['Norland'] },
  { c: 'hold-thing-pp', text: 'The Halden Workers\' Union said the reform of the pension scheme should wait until the audit is published.', at: 'should wait until', type: 'condition', holder: ["Halden Workers' Union"] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-approval', text: 'The agreement is subject to the approval of the Orsk Fund\'s executive board.', at: 'subject to', type: 'condition' },
  { c: 'neg-approval', text: 'The rescue loan is contingent on approval from the lender\'s board in June.', at: 'contingent on', type: 'condition' },
  { c: 'neg-approval', text: 'For talks to begin, the bloc needs to agree unanimously that Vesk has met the criteria.', at: 'needs to agree unanimously', type: 'condition' },
  { c: 'neg-approval', text: 'The merger must be approved by regulators in Norland and Vesk.', at: 'must be approved', type: 'condition' },
  { c: 'neg-demand-mention', text: 'Two party leaders advised Ida Olt to present her demands to parliament.', at: 'demands', type: 'condition' },
  { c: 'neg-demand-mention', text: 'The Velmor Party is not revealing what its coalition demands would be.', at: 'demands', type: 'condition' },
  { c: 'neg-demand-mention', text: 'The ministry says the new terms of the Kesh front are based on unrealistic demands.', at: 'demands', type: 'condition' },
  { c: 'neg-condition-noun', text: 'Orvane said its bid came with no financing condition.', at: 'condition', type: 'condition' },
  { c: 'neg-condition-noun', text: 'The last tranche is pending a review of the conditions set by the lender.', at: 'conditions', type: 'condition' },
  { c: 'neg-time-needed', text: 'The envoys said more time was needed for talks on a lasting peace.', at: 'needed for talks', type: 'condition' },
  { c: 'neg-if-no-party', text: 'If convicted, Ida Olt could face four years in prison.', at: 'If convicted', type: 'condition' },
  { c: 'neg-if-no-party', text: 'The harvest will fail if it does not rain by May.', at: 'if it does not rain', type: 'condition' },
  { c: 'neg-if-no-party', text: 'The Halden side may lose the title if it does not win on Sunday.', at: 'if it does not win', type: 'condition' },
  { c: 'neg-if-no-party', text: 'Prices could rise sharply if the cold weather does not ease, traders said.', at: 'if the cold weather does not ease', type: 'condition' },
];

const judge = (k: FamilyCase) => judgeText(k, normGridName);
const clean = (k: NegativeCase) => noCueOver(k);

challengeSuite('real-news condition families (CONDY)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main c4513bf, before any change), found / right: cond-threat-if 2/4 2/4, cond-if-fails 0/3 0/3,
 * cond-until-persist 0/4 0/4, cond-stop-when 2/3 2/3, cond-except 1/3 1/3, cond-reconsider-if 1/2 1/2, cond-must-be-part 0/2 0/2
 * (all: 6/21 right, found 6/21); negatives clean: approval 1/4, demand-mention 0/3, condition-noun 0/2, time-needed 0/1,
 * if-no-party 4/4. After the frames of src/rules/condition-frames.yml: 19/21 right, found 21/21 (the two left: "the Kesh
 * front", an invented name as a modifier of a common noun, is not read as a party, so the holder is missing). Negatives
 * after the precision notIfs of src/rules/condition.yml: approval 4/4, demand-mention 3/3, condition-noun 1/2 ("the conditions
 * set by the lender" under review stays a condition), time-needed 1/1, if-no-party 4/4. hold-thing-pp, added then, first run
 * found 3/3, right 1/3; after the holders fix (thingSubjectAfterSpeaker reads a phrase inside the thing) 3/3. Two
 * cond-if-fails cases in the perfect ("if Vesk has not withdrawn …", "had not agreed") added then: first run 0/2, now 2/2.
 */
const FLOORS: Record<string, [number, number]> = {
  'cond-threat-if': [4 / 4, 4 / 4], 'cond-if-fails': [5 / 5, 5 / 5], 'cond-until-persist': [4 / 4, 3 / 4], 'cond-stop-when': [3 / 3, 3 / 3],
  'cond-except': [3 / 3, 3 / 3], 'cond-reconsider-if': [2 / 2, 1 / 2], 'cond-must-be-part': [2 / 2, 2 / 2], 'hold-thing-pp': [3 / 3, 3 / 3],
};
const NEG_FLOORS: Record<string, number> = { 'neg-approval': 1, 'neg-demand-mention': 1, 'neg-condition-noun': 1 / 2, 'neg-time-needed': 1, 'neg-if-no-party': 1 };

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
