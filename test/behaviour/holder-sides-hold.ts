/**
 * Cases of the two-sides holder grid (helper HOLD, issue #10): every sentence is our own, with invented parties.
 * Kinds:
 *
 *   pron-number   a pronoun "they" after a sentence that names a person and a plural party (or two parties): the
 *                 plural party, not the person; "it" not a person
 *   continuity    the cue's sentence names no party (or only a pronoun): the subject carried over from the sentence
 *                 before, not its object or a possessor
 *   spoken-of     the side that speaks vs the side spoken of: a speaker reporting the other side's refusal ("our offer
 *                 has been rejected", "the union's refusal to …")
 *   role-noun     "the union", "the company", "the government" after a sentence naming two sides: the side of that kind
 *   target        the party urged, required, asked, met or whose offer is rejected is the target, not the holder
 */
import type { FamilyCase } from '../helpers/challenge.js';

export const SIDES_CASES: FamilyCase[] = [
  // pron-number
  { c: 'pron-number', text: 'The Orvane Party and the Velmor Party could not settle the budget, Prime Minister Ana Perrin said on Monday.\n\nCommentators say they will resume their negotiations next week.', at: 'resume their negotiations', type: 'engagement', holder: ['Orvane Party', 'Velmor Party'] },
  { c: 'pron-number', text: 'The Halden Workers\' Union and Harbex Ports met for six hours, mediator Ivo Dran said.\n\nThey agreed to meet again on Friday.', at: 'agreed to meet again', type: 'engagement', holder: ["Halden Workers' Union", 'Harbex Ports'] },
  { c: 'pron-number', text: 'The Orvane Party has been trying to reach a deal with the Velmor Party.\n\nParty leader Ana Perrin wants to govern alone.\n\nBut the two parties are still split over spending cuts. Commentators say they will continue their negotiations.', at: 'continue their negotiations', type: 'engagement', holder: ['Orvane Party', 'Velmor Party'] },
  { c: 'pron-number', text: 'The Halden Dockers\' Union has been in talks with Harbex Ports for a month.\n\nTransport minister Tomas Vell wants a deal by Friday.\n\nBut the two sides are still apart on pay. Reports say they are expected to resume their talks on Monday.', at: 'resume their talks', type: 'engagement', holder: ["Halden Dockers' Union", 'Harbex Ports'] },
  { c: 'pron-number', text: 'Harbex Ports chief executive Lena Brask met the dockers\' leaders on Monday. The dockers said they would not accept the new rota.', at: 'would not accept the new rota', type: 'refusal', holder: ['dockers'] },
  { c: 'pron-number', text: 'Norland\'s envoy, Pavel Ostrin, met Vesk\'s foreign minister in Karsk on Tuesday.\n\nThe two countries said they were ready to hold a second round of talks.', at: 'ready to hold a second round of talks', type: 'engagement', holder: ['Norland', 'Vesk'] },
  { c: 'pron-number', text: 'The Marlow Teachers\' Association wrote to education minister Tomas Vell on Monday.\n\nIt said it would return to talks only if the pay cap was lifted.', at: 'only if the pay cap was lifted', type: 'condition', holder: ["Marlow Teachers' Association"] },
  // continuity
  { c: 'continuity', text: 'Norland rejected Vesk\'s proposal for a ceasefire on Monday.\n\nIt said talks could restart only if the shelling stopped.', at: 'only if the shelling stopped', type: 'condition', holder: ['Norland'] },
  { c: 'continuity', text: 'The Halden Workers\' Union accused Harbex Ports of stalling the talks.\n\nIt said it was ready to meet again on Monday.', at: 'ready to meet again', type: 'engagement', holder: ["Halden Workers' Union"] },
  { c: 'continuity', text: 'Tarsk Mining turned down a second approach from Corvane Holdings on Friday.\n\nThe offer still undervalued the business, and the board would not engage with the bidder, it said.', at: 'would not engage with the bidder', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'continuity', text: 'The Velmor Front walked out of the talks with the army on Sunday.\n\nIts leaders said they would not return until the air strikes ended.', at: 'would not return', type: 'refusal', holder: ['Velmor Front'] },
  { c: 'continuity', text: 'The Orvane Party broke off coalition talks with the Velmor Party on Wednesday.\n\nIt will only resume them if the finance post is on the table, a party spokesman said.', at: 'only resume them if', type: 'condition', holder: ['Orvane Party'] },
  { c: 'continuity', text: 'The Halden Workers\' Union rejected the latest offer on Friday.\n\nIt said talks with Harbex Ports could resume only if the lockout ended.', at: 'only if the lockout ended', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'continuity', text: 'Norland turned down the truce plan on Monday.\n\nIt said Vesk\'s troops must leave the border towns before any talks.', at: 'must leave', type: 'condition', holder: ['Norland'] },
  { c: 'continuity', text: 'Tarsk Mining rejected the bid from Corvane Holdings.\n\nThe company said Corvane\'s offer undervalued it and that it would not engage with the bidder.', at: 'would not engage with the bidder', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'continuity', text: 'The Orvane Party and the Velmor Party ended a third round of coalition talks on Friday.\n\nBut the two parties remain split on taxes. According to reports, they will meet again next week.', at: 'will meet again', type: 'engagement', holder: ['Orvane Party', 'Velmor Party'] },
  { c: 'continuity', text: 'Vesk accused Norland of shelling the border on Sunday.\n\nBoth sides have denied breaking the truce. Reports say they are ready to return to the talks in Karsk.', at: 'ready to return to the talks', type: 'engagement', holder: ['Vesk', 'Norland'], known: 'holder' },
  // spoken-of
  { c: 'spoken-of', text: 'Tarsk Mining rejected Corvane Holdings\' raised offer on Monday.\n\n"We regret that this latest proposal was rejected," Corvane chief executive Ivo Dran said.', at: 'proposal was rejected', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'spoken-of', text: 'The Halden Workers\' Union turned down the pay offer from Marlow Council.\n\n"We regret that our offer was refused," a council spokeswoman said.', at: 'offer was refused', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'spoken-of', text: 'Harbex Ports filed a complaint against the dockers\' union on Thursday. The company said the filing was needed "because of the union\'s repeated refusal to come back to the table."', at: 'refusal to come back to the table', type: 'refusal', holder: ['union', "dockers' union"], known: 'holder' },
  { c: 'spoken-of', text: 'Norland said on Monday that it had asked for new talks. "Vesk\'s refusal to meet us shows it is not serious," the foreign minister said.', at: 'refusal to meet us', type: 'refusal', holder: ['Vesk'] },
  { c: 'spoken-of', text: 'Corvane Holdings said on Monday that the board of Tarsk Mining had met. "Our improved offer has been rejected once more," Corvane chief executive Ivo Dran said.', at: 'has been rejected', type: 'refusal', holder: ['Tarsk Mining'], known: 'holder' },
  { c: 'spoken-of', text: 'Tarsk Mining turned down the raised offer from Corvane Holdings on Monday.\n\n"Our improved offer has been rejected once more," Corvane chief executive Ivo Dran said.', at: 'has been rejected', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'spoken-of', text: 'Marlow Council wrote to the drivers\' union on Friday. The council blamed the strike on the union\'s continued refusal to accept arbitration.', at: 'refusal to accept arbitration', type: 'refusal', holder: ['union', "drivers' union"], known: 'holder' },
  // role-noun
  { c: 'role-noun', text: 'The Halden Workers\' Union rejected the latest pay offer from Harbex Ports.\n\nThe company said it was still willing to meet the union on Monday.', at: 'willing to meet the union', type: 'engagement', holder: ['Harbex Ports'] },
  { c: 'role-noun', text: 'Harbex Ports locked out the members of the Halden Workers\' Union on Friday.\n\nThe union said it would not return to talks while the lockout lasted.', at: 'would not return to talks', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'role-noun', text: 'The Velmor Front seized two towns from the army of Norland last week.\n\nThe government said it would not negotiate with the rebels until they withdrew.', at: 'would not negotiate with the rebels', type: 'refusal', holder: ['Norland'] },
  { c: 'role-noun', text: 'The Velmor Front attacked an army base in northern Norland on Sunday.\n\nThe group said it was ready to talk to the government if the curfew was lifted.', at: 'ready to talk to the government', type: 'engagement', holder: ['Velmor Front'] },
  // target
  { c: 'target', text: 'Norland urged Vesk to return to the negotiating table on Monday.', at: 'urged Vesk to return', type: 'condition', holder: ['Norland'] },
  { c: 'target', text: 'Corvane Holdings\' revised bid again required Tarsk Mining to sell its smelters first.', at: 'required', type: 'condition', holder: ['Corvane Holdings'] },
  { c: 'target', text: 'Tarsk Mining rejected Corvane Holdings\' offer. The revised bid required Tarsk Mining to sell its smelters, which Tarsk Mining called unworkable.', at: 'required', type: 'condition', holder: ['Corvane Holdings'], known: 'holder' },
  { c: 'target', text: 'Vesk\'s offer of a truce was rejected by Norland on Monday.', at: 'rejected', type: 'refusal', holder: ['Norland'] },
  { c: 'target', text: 'Norland said Vesk must withdraw its troops before any talks.', at: 'must withdraw', type: 'condition', holder: ['Norland'] },
  { c: 'target', text: 'Norland Awaits Vesk\'s Nod for Peace Talks in Karsk\n\nNorland is ready to meet Vesk in Karsk, its foreign minister said.', at: 'for Peace Talks', type: 'engagement', holder: ['Norland'] },
  { c: 'target', text: 'The Velmor Front agreed to hold talks with Norland in Karsk next month.', at: 'agreed to hold talks with', type: 'engagement', holder: ['Velmor Front'] },
  { c: 'target', text: 'A Marlow Council spokeswoman did not answer claims that the mayor had been refusing to meet the union.', at: 'refusing to meet the union', type: 'refusal', holder: ['mayor'] },
];
