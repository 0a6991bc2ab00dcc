/**
 * Refusal frames of English that unseen news uses and the rules long missed (issue #9, recall on unseen news):
 * a grid of invented sentences crossing the refusal predicate classes (block, veto, accept, recognise, heed,
 * escalate, oppose, call an offer names, not in the interests) with the frames news puts them in — a
 * legislative object (a vote on a bill, a motion, a resolution), a bare or pronoun object, a negated passive
 * with its agent, a negated future passive, a negated or defied call, an evaluative copula on the offer,
 * escalation of industrial action, coordinated verbs, a refusal noun owned by a party after a cause
 * ("over its refusal to …") — and negatives where the same words mean something else. Each positive sentence
 * must yield a refusal cue; each negative no refusal at all. Invented parties only; written before the rules.
 *
 * Frames left as gaps (not asserted): a causative ("forced Norland to call off the talks" — the rule of the
 * cue stage drops imposed acts), "laid the takeover to rest", rhetorical questions ("why would our members
 * accept …?"), supplies stopped as pressure ("threatened to stop deliveries"), a veto of a name with a parenthesised
 * acronym ("vetoed the Karsk Council (KC) resolution": no rule reads across the brackets).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const refused: [string, string][] = [
  ['blocking a vote, a motion or a resolution', 'Senator Vell blocked a vote on the housing bill.'],
  ['blocking a vote, a motion or a resolution', "A Kesh senator blocks vote on rival's relief bill"],
  ['blocking a vote, a motion or a resolution', 'The Halden caucus stalled the vote on the pension bill.'],
  ['blocking a vote, a motion or a resolution', 'The Liberals blocked the motion in the upper house.'],
  ['blocking a vote, a motion or a resolution', 'Vesk vetoed a resolution condemning the blockade.'],
  ['blocking a vote, a motion or a resolution', 'Brelvania has vetoed three resolutions on the conflict.'],
  ['vetoing with a bare or pronoun object', 'The governor of Karsk vetoed it within hours.'],
  ['vetoing with a bare or pronoun object', 'Norland threatened to veto any text that names its army.'],
  ['vetoing with a bare or pronoun object', 'Norland vetoed the Karsk Security Council resolution on the islands.'],
  ['a negated passive with its agent', 'However, that plan was not accepted by the Vesk delegation.'],
  ['a negated passive with its agent', 'The proposal has never been accepted by the rebels.'],
  ['a negated passive with its agent', 'The council offered a review, which was not accepted by the strikers.'],
  ['a negated future passive of recognition', 'Norland and Vesk said the new borders will not be recognised.'],
  ['a negated future passive of recognition', 'The referendum result will never be recognized, the ministry said.'],
  ['a call not heeded', 'The Norland cabinet did not heed calls to postpone the ballot.'],
  ['a call not heeded', 'The junta has refused to heed appeals for a ceasefire.'],
  ['a call not heeded', 'Vesk failed to heed the mediators’ call for talks.'],
  ['the offer called names, with modifiers', 'This latest revised offer is a complete disgrace.'],
  ['the offer called names, with modifiers', 'The latest pay offer is a slap in the face, the union said.'],
  ['the offer called names, with modifiers', 'Their final proposal was a disgrace.'],
  ['escalating industrial action', 'The Halden union says it now has no option but to escalate its industrial action.'],
  ['escalating industrial action', 'Halden members have now voted to increase their work bans.'],
  ["escalating industrial action", "The Halden Workers' Union will step up its strike next week."],
  ['escalating industrial action', 'Nurses voted to intensify their industrial action.'],
  ['opposing a deal, also with a coordinated verb', 'Stuart Vell, who openly opposed and criticised the deal, kept his seat.'],
  ['opposing a deal, also with a coordinated verb', 'The Kesh fund opposed the takeover.'],
  ['opposing a deal, also with a coordinated verb', 'Two pension funds opposed the merger with Kallister.'],
  ['not in the interests of named owners or of the public', 'The Kelmar board said the bid is not in the interests of Kelmar and its shareholders.'],
  ['not in the interests of named owners or of the public', 'The Vesk Greens argued that the pact is not in the public interest.'],
  ['not in the interests of named owners or of the public', 'The minister said the merger was not in the national interest.'],
  ['a refusal noun owned by a party after a cause', 'Norland halted talks with Vesk over its refusal to withdraw troops.'],
  ['a refusal noun owned by a party after a cause', 'The rebels broke off the talks because of the army’s refusal to pull back.'],
  ['a hold on a nomination or a bill', 'The senator placed a hold on the nomination.'],
  ['a hold on a nomination or a bill', 'Senator Vell put a hold on the Vesk aid bill.'],
  ['withdrawing support', 'The Halden Liberals withdrew their support for the government.'],
  ['withdrawing support', 'Two crossbench senators pulled their backing for the pension bill.'],
  ['objecting to a proposal or a vote', 'Vell objected to a vote on the measure.'],
  ['objecting to a proposal or a vote', 'The Kesh Party objected to the proposal.'],
  ['a lockout', 'Kelmar locked out its workers on Monday.'],
  ['a lockout', 'The port authority locked out 300 dockers.'],
  ['the offer too low', 'The board said the offer was too low.'],
  ['the offer too low', 'The union said the proposal was far too small.'],
  ['vowing not to concede', 'The rebels vowed never to surrender.'],
  ['vowing not to concede', 'The Halden Workers’ Union pledged not to back down.'],
  ['vowing not to concede', 'The Vesk cabinet decided not to lift the sanctions.'],
  ['leaving in protest', 'The delegation left the room in protest.'],
  ['leaving in protest', 'The Vesk envoy left the hall in disgust.'],
  ['leaving in protest', 'Three Kesh deputies left in protest.'],
  ['fighting a deal', 'The activist investor vowed to fight the deal.'],
  ['fighting a deal', 'Kelmar will fight the hostile takeover.'],
  ['a takeover or merger refused, in the passive', 'The takeover was blocked by shareholders.'],
  ['a takeover or merger refused, in the passive', 'The proposed merger was rejected by the Kelmar board.'],
  ['shareholders told to take no action', 'The board recommended shareholders take no action in respect of the offer.'],
  ['shareholders told to take no action', 'Kelmar urged its shareholders to take no action.'],
  ['staying off work, extending a strike', 'The Karsk dockers stayed off the job for a third day.'],
  ['staying off work, extending a strike', 'The union voted to extend the strike.'],
  ['letting a deal lapse', 'Vesk let the agreement lapse.'],
  ['letting a deal lapse', 'Norland allowed the truce to expire.'],
  ['breaking with a partner', 'The Greens broke with the government over the budget.'],
  ['breaking with a partner', 'The Kesh Party severed its alliance with the Greens.'],
  ['turning an offer down, the particle after the object', 'Vesk turned the invitation down.'],
  ['turning an offer down, the particle after the object', 'The union turned the latest offer down flat.'],
  ['pulling negotiators from the talks', 'The rebels pulled their delegates from the talks.'],
  ['pulling negotiators from the talks', 'Vesk withdrew its negotiating team from the talks in Karsk.'],
];

const noRefusal = [
  'Protesters blocked the road to the assembly.',
  'Norland holds veto power in the council.',
  'The five permanent members have the right of veto.',
  'The mediators hope for a resolution of the dispute.',
  'Heavy rain stalled the vote count in the north.',
  'The card was not accepted by the machine.',
  'Foreign degrees will not be recognised by the Karsk medical board.',
  'Drivers ignored the warnings about ice.',
  'This revised offer is a generous one.',
  'The new offer is a big improvement.',
  'Police stepped up patrols after the strike.',
  'Fighting escalated in the north.',
  'Vesk stepped up air strikes in the north.',
  'The Kelmar board said the bid is in the interests of Kelmar and its shareholders.',
  'It is not in the public interest to publish the names.',
  'The government did not heed the advice of its doctors on smoking.',
  'Shares in Kelmar declined 3 percent on Monday.',
  'The court rejected the appeal of the two Vesk traders.',
  'The Karsk border guards refused entry to the lorry drivers.',
  'He locked himself out of the car.',
  'The lawyer objected to the question.',
  'The price was too low for the farmers.',
  'The army withdrew its troops from the border.',
  'The judge put a hold on the eviction.',
  'The rebels vowed to surrender.',
  'The minister left the room for lunch.',
  'The fans left the stadium in protest at the ticket prices.',
  'The two firms will fight for the contract.',
  'The new coach broke with tradition and picked three teenagers.',
  'The road was blocked by snow.',
  'His passport was allowed to expire.',
  'The police advised residents to take no action until the firefighters arrive.',
  'She turned the music down after midnight.',
  "The Kesh Party did not participate in last week's boycott of the assembly.",
  'The club pulled its team from the tournament.',
  '"I don\'t accept that the vote was a defeat," the Kelmar chairman said.',
];

describe('refusal frames (invented grid)', () => {
  it.each(refused)('%s: %s', (_frame, text) => {
    expect(analyze(text).cues.some((c) => c.type === 'refusal')).toBe(true);
  });
  it.each(noRefusal.map((t) => [t]))('no refusal: %s', (text) => {
    expect(analyze(text).cues.filter((c) => c.type === 'refusal')).toEqual([]);
  });
});
