/**
 * A fourth holder challenge set, on the choice of holder among the parties a sentence names: news-style
 * sentences of our own, with invented parties, each stating the cue it carries and the party whose stance
 * it is. Written before any change to the holders stage (issue #10), in constructions where the right party
 * is named but another named party is easy to take instead: reported speech whose speaker is not the
 * stance's subject, first person in a quote attributed after it, nominalisations ("Norland's rejection of",
 * "the rejection of … by Norland"), passives with and without a by-agent, relative clauses, "X accused Y of
 * refusing", "X urged Y to …", "X welcomed Y's decision to …", the object of the trigger ("met the
 * minister"), coordinated verbs with one subject, a second clause with a pronoun, headlines, appositions,
 * "a spokeswoman for X", the context fallback across sentences, statements by a body of a state, and
 * "both sides" when both are named.
 *
 * First run (before any change to the holders or actors stages): 74/96 right; the holder right on 74/87 cues found
 * (13 other holder, 9 no cue; in 10 of the 13 the expected party was missing from the actors). Two cases were then
 * corrected to the gold files' reading of "X welcomed Y's decision to …" (one cue, the welcomer's engagement), which
 * the tool already gave: 76/96 at the first run under the corrected grid.
 *
 * After this round's changes (HOLD5: a full name read again wherever it stands, "the guild", "the Coalition",
 * "its chairman, X", a relative clause that reports, "both sides" across "and that", dash-set appositives,
 * "blocs"): still 76/96 — those changes came from the eval files' errors, which name parties the gazetteer
 * knows; this grid's failures stay. With real country names in place of the invented ones most of the "other
 * holder" failures below pass: the invented single names go unrecognised where they stand as objects or after
 * "told X that".
 *
 * Still failing (marked `known`):
 *  - other holder (in 10 of 11 the expected party is no actor there): "told parliament that Vesk had ruled out", "the Vesk
 *    foreign minister" (no affiliation), "Norland criticised/praised Vesk for …" (Vesk an object), "the Norland
 *    envoy … the prime minister of Vesk", both headlines with the body's envoy, "the Norlandic foreign ministry",
 *    "the Norland cabinet", "a spokeswoman for Vesk said the government" (the government no country's);
 *  - other holder, the party found: "Norland's invitation to talks has been accepted, officials in Vesk confirmed"
 *    (the invitation's maker holds the acceptance);
 *  - no cue: the three accusations ("accused Y of refusing": the cue stage reads an accusation as no stance),
 *    "an invitation … that Norland accepted", "the readiness of X to", "Vesk's offer of talks", "the plan put
 *    forward by X was accepted by Y", "Norland invited Vesk to talks", "there would be no further talks".
 *
 * A case with `known` is a known failure (the tool finds no cue there, or gives it another holder); every
 * other case must pass. The test reports the counts per construction.
 */
import { challengeSuite, judgeText, type HolderCase, type Outcome } from './helpers/challenge.js';

type Construction =
  | 'reported-speech'
  | 'quote-first'
  | 'nominal'
  | 'passive'
  | 'relative'
  | 'accuse-urge'
  | 'welcome-decision'
  | 'trigger-object'
  | 'coordination'
  | 'pronoun-clause'
  | 'headline'
  | 'apposition'
  | 'spokesperson'
  | 'context'
  | 'state-body'
  | 'both-sides';

export interface ChoiceCase extends HolderCase {
  c: Construction;
  /** a known failure: 'nocue' when no cue of the type is found there, 'holder' when another party holds it */
  known?: 'nocue' | 'holder';
}

export const CASES: ChoiceCase[] = [
  // reported speech: the speaker is not the stance's subject
  { c: 'reported-speech', text: "Vesk's envoy said Norland would not attend the summit.", type: 'refusal', at: 'would not attend', holder: ['Norland'] },
  { c: 'reported-speech', text: 'Norland said it would not attend the summit, a Vesk envoy reported.', type: 'refusal', at: 'would not attend', holder: ['Norland'] },
  { c: 'reported-speech', text: 'Officials in Vesk said Brelvania had agreed to join the talks.', type: 'engagement', at: 'agreed to join', holder: ['Brelvania'] },
  { c: 'reported-speech', text: "The Halden Workers' Union told reporters that Tarnwick Haulage had refused to negotiate.", type: 'refusal', at: 'refused to negotiate', holder: ['Tarnwick Haulage', 'Tarnwick'] },
  { c: 'reported-speech', text: 'Analysts at the Corvan Institute believe Vesk is ready to resume negotiations.', type: 'engagement', at: 'ready to resume', holder: ['Vesk'] },
  { c: 'reported-speech', text: 'Brelvanian state media reported that Norland had rejected the ceasefire proposal.', type: 'refusal', at: 'rejected', holder: ['Norland'] },
  { c: 'reported-speech', text: 'Trade minister Osk Tamlin said Vesk was willing to talk without preconditions.', type: 'engagement', at: 'willing to talk', holder: ['Vesk'] },
  { c: 'reported-speech', text: 'According to the foreign ministry of Vesk, Norland declined an invitation to the conference.', type: 'refusal', at: 'declined', holder: ['Norland'] },
  { c: 'reported-speech', text: "Norland's president told parliament that Vesk had ruled out any further talks.", type: 'refusal', at: 'ruled out', holder: ['Vesk'], known: 'holder' },
  { c: 'reported-speech', text: 'Norland told Vesk that it was not prepared to negotiate.', type: 'refusal', at: 'not prepared to negotiate', holder: ['Norland'] },
  { c: 'reported-speech', text: 'Vesk warned Norland that it would not accept any new conditions.', type: 'refusal', at: 'would not accept', holder: ['Vesk'] },
  { c: 'reported-speech', text: "The Halden Workers' Union informed Tarnwick Haulage that it rejected the pay offer.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union", 'Halden Workers Union'] },

  // first person inside a quote attributed after it
  { c: 'quote-first', text: '"We will not negotiate under threats," the prime minister of Norland said.', type: 'refusal', at: 'will not negotiate', holder: ['Norland', 'prime minister'] },
  { c: 'quote-first', text: '"We are ready to sit down with Vesk at any time," said Brelvania\'s foreign minister, Lina Morr.', type: 'engagement', at: 'ready to sit down', holder: ['Lina Morr', 'Brelvania'] },
  { c: 'quote-first', text: '"Our members will not accept this offer," the Halden Workers\' Union said in a statement.', type: 'refusal', at: 'will not accept', holder: ["Halden Workers' Union", 'Halden Workers Union'] },
  { c: 'quote-first', text: '"We have no intention of returning to the table," a spokesman for the Vesk government told reporters.', type: 'refusal', at: 'no intention of returning', holder: ['Vesk'] },
  { c: 'quote-first', text: '"I am prepared to meet President Adler wherever he wants," Norland\'s leader Tomas Brek said.', type: 'engagement', at: 'prepared to meet', holder: ['Tomas Brek', 'Norland'] },
  { c: 'quote-first', text: '"We reject these demands outright," said Dara Velk, who leads the Norland Farmers\' League.', type: 'refusal', at: 'reject', holder: ['Dara Velk', "Norland Farmers' League", 'Norland Farmers League'] },
  { c: 'quote-first', text: 'Vesk will only return to talks if the blockade ends, its defence minister said. "We will not sit down while our ports are closed," he added.', type: 'refusal', at: 'will not sit down', holder: ['Vesk', 'defence minister'] },
  { c: 'quote-first', text: '"Brelvania has made us no offer, and we will not beg for one," the Vesk foreign minister told parliament.', type: 'refusal', at: 'will not beg', holder: ['Vesk', 'foreign minister'], known: 'holder' },

  // nominalisations
  { c: 'nominal', text: "Norland's rejection of the plan angered Vesk.", type: 'refusal', at: 'rejection', holder: ['Norland'] },
  { c: 'nominal', text: 'The rejection of the plan by Norland surprised diplomats in Vesk.', type: 'refusal', at: 'rejection', holder: ['Norland'] },
  { c: 'nominal', text: 'An invitation from Vesk that Norland accepted has opened the way to talks.', type: 'engagement', at: 'accepted', holder: ['Norland'], known: 'nocue' },
  { c: 'nominal', text: "Norland's refusal to attend the summit drew criticism from Vesk.", type: 'refusal', at: 'refusal to attend', holder: ['Norland'] },
  { c: 'nominal', text: "The readiness of the Halden Workers' Union to resume talks was welcomed by Tarnwick Haulage.", type: 'engagement', at: 'readiness', holder: ["Halden Workers' Union", 'Halden Workers Union'], known: 'nocue' },
  { c: 'nominal', text: "Vesk's offer of talks was rejected by Norland on Tuesday.", type: 'engagement', at: 'offer of talks', holder: ['Vesk'], known: 'nocue' },
  { c: 'nominal', text: "Vesk's offer of talks was rejected by Norland on Tuesday.", type: 'refusal', at: 'rejected', holder: ['Norland'] },
  { c: 'nominal', text: "Brelvania's willingness to negotiate with Vesk has surprised its neighbours.", type: 'engagement', at: 'willingness to negotiate', holder: ['Brelvania'] },

  // passives with and without a by-agent
  { c: 'passive', text: "The offer was turned down by the Halden Workers' Union.", type: 'refusal', at: 'turned down', holder: ["Halden Workers' Union", 'Halden Workers Union'] },
  { c: 'passive', text: "Vesk's proposal for a ceasefire was rejected by Norland.", type: 'refusal', at: 'rejected', holder: ['Norland'] },
  { c: 'passive', text: 'Talks with Vesk were ruled out by the Norland cabinet on Monday.', type: 'refusal', at: 'ruled out', holder: ['Norland', 'Norland cabinet'] },
  { c: 'passive', text: "The union's demands were rejected by Tarnwick Haulage, which said it could not afford a raise.", type: 'refusal', at: 'rejected', holder: ['Tarnwick Haulage', 'Tarnwick'] },
  { c: 'passive', text: 'The ceasefire plan put forward by Brelvania was accepted by Vesk.', type: 'engagement', at: 'accepted', holder: ['Vesk'], known: 'nocue' },
  { c: 'passive', text: "Norland's invitation to talks has been accepted, officials in Vesk confirmed.", type: 'engagement', at: 'accepted', holder: ['Vesk'], known: 'holder' },
  { c: 'passive', text: 'A new round of talks with Vesk was rejected by Norland.', type: 'refusal', at: 'rejected', holder: ['Norland'] },

  // relative clauses
  { c: 'relative', text: "The Halden Workers' Union, which rejected the offer last week, will hold a vote on Monday.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union", 'Halden Workers Union'] },
  { c: 'relative', text: 'Vesk, which has refused to join the talks, accused Norland of bad faith.', type: 'refusal', at: 'refused to join', holder: ['Vesk'] },
  { c: 'relative', text: 'The plan, which Norland rejected on Tuesday, would have opened the border with Vesk.', type: 'refusal', at: 'rejected', holder: ['Norland'] },
  { c: 'relative', text: 'Tomas Brek, the Norland leader whose government refused to sign the accord, left the summit early.', type: 'refusal', at: 'refused to sign', holder: ['Norland', 'Tomas Brek'] },
  { c: 'relative', text: 'Vesk criticised Norland, which has declined to negotiate since March.', type: 'refusal', at: 'declined to negotiate', holder: ['Norland'] },
  { c: 'relative', text: "Tarnwick Haulage, whose drivers rejected the deal, said it would not improve its offer.", type: 'refusal', at: 'would not improve', holder: ['Tarnwick Haulage', 'Tarnwick'] },

  // "X accused Y of refusing", "X urged Y to …", "X praised Y for …"
  { c: 'accuse-urge', text: 'Vesk accused Norland of refusing to negotiate.', type: 'refusal', at: 'refusing to negotiate', holder: ['Norland'], known: 'nocue' },
  { c: 'accuse-urge', text: 'Vesk blamed Norland for refusing to attend the talks.', type: 'refusal', at: 'refusing to attend', holder: ['Norland'], known: 'nocue' },
  { c: 'accuse-urge', text: "The Halden Workers' Union accused Tarnwick Haulage of rejecting every proposal.", type: 'refusal', at: 'rejecting', holder: ['Tarnwick Haulage', 'Tarnwick'], known: 'nocue' },
  { c: 'accuse-urge', text: 'Norland criticised Vesk for walking out of the talks.', type: 'refusal', at: 'walking out', holder: ['Vesk'], known: 'holder' },
  { c: 'accuse-urge', text: 'Brelvania praised Vesk for agreeing to resume talks.', type: 'engagement', at: 'agreeing to resume', holder: ['Vesk'], known: 'holder' },
  { c: 'accuse-urge', text: 'Norland urged Vesk to return to the negotiating table.', type: ['engagement', 'condition'], at: 'urged', holder: ['Norland'] },
  { c: 'accuse-urge', text: 'Brelvania called on Vesk to accept the ceasefire plan.', type: ['engagement', 'condition'], at: 'called on', holder: ['Brelvania'] },

  // "X welcomed Y's decision to …"
  // (one cue over the whole phrase, the welcomer's engagement, as the gold files read "X welcomed the union's decision")
  { c: 'welcome-decision', text: "Norland welcomed Vesk's decision to join the talks.", type: 'engagement', at: 'decision to join', holder: ['Norland'] },
  { c: 'welcome-decision', text: "Vesk condemned Norland's decision to boycott the summit.", type: 'refusal', at: 'boycott', holder: ['Norland'] },
  { c: 'welcome-decision', text: "The union welcomed Tarnwick Haulage's offer to reopen talks.", type: 'engagement', at: 'offer to reopen', holder: ['union'] },
  { c: 'welcome-decision', text: "Brelvania regretted Norland's refusal to meet its envoy.", type: 'refusal', at: 'refusal to meet', holder: ['Norland'] },

  // the object of the trigger is not the holder
  { c: 'trigger-object', text: "Vesk's foreign minister met the Norland president on Monday.", type: 'engagement', at: 'met', holder: ['Vesk', 'foreign minister'] },
  { c: 'trigger-object', text: 'Lina Morr will meet the Vesk trade minister in Aldmere next week.', type: 'engagement', at: 'will meet', holder: ['Lina Morr'] },
  { c: 'trigger-object', text: "The Halden Workers' Union agreed to talks with Tarnwick Haulage.", type: 'engagement', at: 'agreed to talks', holder: ["Halden Workers' Union", 'Halden Workers Union'] },
  { c: 'trigger-object', text: 'Norland invited Vesk to a new round of talks.', type: 'engagement', at: 'invited', holder: ['Norland'], known: 'nocue' },
  { c: 'trigger-object', text: "Brelvania rejected Vesk's proposal for a summit.", type: 'refusal', at: 'rejected', holder: ['Brelvania'] },
  { c: 'trigger-object', text: 'The Norland envoy held talks with the prime minister of Vesk.', type: 'engagement', at: 'held talks', holder: ['Norland', 'Norland envoy'], known: 'holder' },
  { c: 'trigger-object', text: "Vesk turned down Norland's call for talks.", type: 'refusal', at: 'turned down', holder: ['Vesk'] },

  // coordinated verbs with one subject, and coordinated clauses with two
  { c: 'coordination', text: 'Norland rejected the proposal and refused to attend the summit.', type: 'refusal', at: 'refused to attend', holder: ['Norland'] },
  { c: 'coordination', text: "The Halden Workers' Union met Tarnwick Haulage on Monday and agreed to resume talks.", type: 'engagement', at: 'agreed to resume', holder: ["Halden Workers' Union", 'Halden Workers Union'] },
  { c: 'coordination', text: 'Vesk condemned the strikes but said it remained open to negotiations.', type: 'engagement', at: 'open to negotiations', holder: ['Vesk'] },
  { c: 'coordination', text: 'Brelvania welcomed the proposal, but Vesk rejected it.', type: 'refusal', at: 'rejected', holder: ['Vesk'] },
  { c: 'coordination', text: "Norland's foreign minister arrived in Aldmere on Sunday and met her Vesk counterpart.", type: 'engagement', at: 'met', holder: ['Norland', 'foreign minister'] },
  { c: 'coordination', text: "Vesk sent an envoy to Norland's capital and offered to reopen the border talks.", type: 'engagement', at: 'offered to reopen', holder: ['Vesk'] },

  // a second clause or sentence with a pronoun
  { c: 'pronoun-clause', text: 'Vesk criticised the plan, and it said it would not sign any deal.', type: 'refusal', at: 'would not sign', holder: ['Vesk'] },
  { c: 'pronoun-clause', text: 'Norland has closed its embassy in Vesk. It said it would not resume talks until the envoy was released.', type: 'refusal', at: 'would not resume', holder: ['Norland'] },
  { c: 'pronoun-clause', text: "The Halden Workers' Union held a vote on Friday, and its members said they would not accept the offer.", type: 'refusal', at: 'would not accept', holder: ["Halden Workers' Union", 'Halden Workers Union', 'members'] },
  { c: 'pronoun-clause', text: "Tomas Brek met Vesk's president on Monday. He said he was ready to continue the dialogue.", type: 'engagement', at: 'ready to continue', holder: ['Tomas Brek'] },
  { c: 'pronoun-clause', text: 'Lina Morr spoke after Vesk had rejected her offer. She said she would keep seeking talks.', type: 'engagement', at: 'keep seeking talks', holder: ['Lina Morr'] },
  { c: 'pronoun-clause', text: 'Lina Morr spoke after Vesk had rejected her offer. She said she would keep seeking talks.', type: 'refusal', at: 'rejected', holder: ['Vesk'] },

  // headlines
  { c: 'headline', text: "Norland rejects Vesk ceasefire offer\n\nThe government of Norland said on Monday that the terms were unfair.", type: 'refusal', at: 'rejects', holder: ['Norland'] },
  { c: 'headline', text: 'Vesk ready to talk, says Norland envoy\n\nThe envoy spoke to reporters in Aldmere on Tuesday.', type: 'engagement', at: 'ready to talk', holder: ['Vesk'], known: 'holder' },
  { c: 'headline', text: "Halden union turns down Tarnwick pay offer\n\nMembers of the Halden Workers' Union voted on Friday.", type: 'refusal', at: 'turns down', holder: ["Halden Workers' Union", 'Halden Workers Union', 'Halden union'] },
  { c: 'headline', text: 'Brelvania agrees to talks with Vesk\n\nThe first round will open in Aldmere next month.', type: 'engagement', at: 'agrees to talks', holder: ['Brelvania'], known: 'holder' },

  // appositions
  { c: 'apposition', text: "Lina Morr, Norland's foreign minister, said the government would not negotiate with Vesk.", type: 'refusal', at: 'would not negotiate', holder: ['Lina Morr', 'Norland'] },
  { c: 'apposition', text: "Norland's foreign minister, Lina Morr, said Vesk's offer was unacceptable.", type: 'refusal', at: 'unacceptable', holder: ['Lina Morr', 'Norland'] },
  { c: 'apposition', text: 'Dara Velk, a senior negotiator for Vesk, told reporters that Vesk was ready to resume talks.', type: 'engagement', at: 'ready to resume', holder: ['Vesk', 'Dara Velk'] },
  { c: 'apposition', text: "The head of the Halden Workers' Union, Pim Arlo, rejected the company's offer.", type: 'refusal', at: 'rejected', holder: ['Pim Arlo', "Halden Workers' Union", 'Halden Workers Union'] },
  { c: 'apposition', text: 'Osk Tamlin, an adviser to the president of Norland, said Brelvania would not attend the talks.', type: 'refusal', at: 'would not attend', holder: ['Brelvania'] },

  // "a spokeswoman for X said"
  { c: 'spokesperson', text: 'A spokeswoman for Vesk said the government was willing to talk.', type: 'engagement', at: 'willing to talk', holder: ['Vesk'], known: 'holder' },
  { c: 'spokesperson', text: "A spokesman for the Halden Workers' Union said members had rejected the deal.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union", 'Halden Workers Union', 'members'] },
  { c: 'spokesperson', text: "A Norland government spokesman said it was ready to meet Vesk's envoy.", type: 'engagement', at: 'ready to meet', holder: ['Norland'] },
  { c: 'spokesperson', text: 'Ilsa Domm, a spokeswoman for the Vesk foreign ministry, said Norland had refused to respond.', type: 'refusal', at: 'refused to respond', holder: ['Norland'] },

  // the context fallback across sentences
  { c: 'context', text: "Norland's president met the prime minister of Vesk in Aldmere. He said afterwards that a deal was out of the question.", type: 'refusal', at: 'out of the question', holder: ['Norland', 'president'] },
  { c: 'context', text: "Vesk rejected Norland's offer on Monday. Officials said there would be no further talks.", type: 'refusal', at: 'no further talks', holder: ['Vesk'], known: 'nocue' },
  { c: 'context', text: "The Halden Workers' Union met Tarnwick Haulage managers on Friday. Afterwards, its leaders said they would not accept the pay offer.", type: 'refusal', at: 'would not accept', holder: ["Halden Workers' Union", 'Halden Workers Union', 'leaders'] },
  { c: 'context', text: "Brelvania summoned Vesk's ambassador on Monday. The government said it would not tolerate further incursions and ruled out talks.", type: 'refusal', at: 'ruled out talks', holder: ['Brelvania'] },

  // statements by a body of a state
  { c: 'state-body', text: 'The Norlandic foreign ministry said the country would not take part in the talks.', type: 'refusal', at: 'would not take part', holder: ['Norland', 'Norlandic foreign ministry', 'foreign ministry'], known: 'holder' },
  { c: 'state-body', text: "Vesk's defence ministry said it was ready to discuss a ceasefire.", type: 'engagement', at: 'ready to discuss', holder: ['Vesk', "Vesk's defence ministry", 'defence ministry'] },
  { c: 'state-body', text: 'The parliament of Brelvania voted to reject the treaty.', type: 'refusal', at: 'reject', holder: ['Brelvania', 'parliament'] },
  { c: 'state-body', text: 'The Norland cabinet agreed to open talks with the rebels.', type: 'engagement', at: 'agreed to open', holder: ['Norland', 'Norland cabinet'], known: 'holder' },
  { c: 'state-body', text: 'The embassy of Vesk in Aldmere said the government was open to dialogue.', type: 'engagement', at: 'open to dialogue', holder: ['Vesk'] },

  // "both sides", "the two parties" when both are named
  { c: 'both-sides', text: 'Norland and Vesk said they were ready to resume talks. Both sides agreed to meet again in May.', type: 'engagement', at: 'agreed to meet', holder: ['Norland', 'Vesk'] },
  { c: 'both-sides', text: 'After months of fighting, Norland and Vesk have agreed to a ceasefire. The two parties will meet in Aldmere next week.', type: 'engagement', at: 'will meet', holder: ['Norland', 'Vesk'] },
  { c: 'both-sides', text: 'Brelvania and Vesk signed the accord on Monday, and both sides said they would hold further talks.', type: 'engagement', at: 'would hold further talks', holder: ['Brelvania', 'Vesk'] },
];

/** what the tool makes of one case: the holder right, another holder, or no cue of the type there */
export function outcome(k: ChoiceCase): { outcome: Outcome; got: string[]; partyFound?: boolean } {
  return judgeText(k);
}

challengeSuite('holder challenge set: the choice among named parties', CASES, outcome, { showAt: true, minCases: 80 });
