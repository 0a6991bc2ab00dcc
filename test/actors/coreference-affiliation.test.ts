/**
 * Coreference and affiliation grid (issue #10): short multi-sentence texts of our own, with invented parties,
 * each stating the cue it carries and the party whose stance it is. Three mechanisms behind a wrong holder
 * whose span is right: a description ("the union", "the company", "the board") not linked to the named party
 * it refers to; a person whose organisation or country (the holder the gold files want) is not found from a
 * title, a role or an apposition; and a sentence naming no party, whose holder taken from the context must be
 * the last party that held a stance or spoke, not the last name mentioned as an object or a place.
 *
 * First run (before any change to the actors stage): 63/87 right; the holder right on 63/81 cues found (18 other
 * holder, 6 no cue; in 10 of the 18 the expected party was missing from the actors). After this round's changes to
 * the actors stage (descriptions a comma-set appositive or a noun before the name gives, "the company" as the
 * sentence's subject rather than a verb's object, a body from a new capitalised word before a title or in
 * parentheses after a person's name, "the employers" as the one employers' body): 73/87 right, 73/81 of the cues
 * found. The 14 left (marked `known`): a name the tool does not read as a party ("of Strelva", "Members of Harnet",
 * "Norland Foreign Minister", an invented country's possessive kept in a union's name), "the union" said by a
 * person of a body whose kind nothing states (Strelva), and six cues not found.
 *
 * A case with `known` is a known failure (no cue there, or another holder); every other case must pass.
 */
import { challengeSuite, judgeText, type HolderCase } from '../helpers/challenge.js';

type Kind = 'desc-after-name' | 'desc-kind' | 'two-parties' | 'apposition' | 'affiliation' | 'party-label' | 'context';

interface CorefCase extends HolderCase {
  c: Kind;
  known?: 'nocue' | 'holder';
}

const CASES: CorefCase[] = [
  // a description after the name it refers to
  { c: 'desc-after-name', text: "Norland's Halden Workers' Union called a strike at the port on Monday. The union said it would not accept the new rosters.", type: 'refusal', at: 'would not accept', holder: ["Halden Workers' Union"], known: 'holder' },
  { c: 'desc-after-name', text: 'Orvane Foods cut the night shift at its Tarvik plant. The company rejected calls to restore it.', type: 'refusal', at: 'rejected', holder: ['Orvane Foods'] },
  { c: 'desc-after-name', text: 'The Teesmark Employers\' Federation met on Tuesday. The employers refused to raise their offer.', type: 'refusal', at: 'refused to raise', holder: ["Teesmark Employers' Federation"] },
  { c: 'desc-after-name', text: "Strelva, the country's largest union, balloted its members last week. The union said it was ready to talk.", type: 'engagement', at: 'ready to talk', holder: ['Strelva'] },
  { c: 'desc-after-name', text: 'Talks stalled after the union Strelva walked out of the meeting. The union would not return unless the cuts were dropped.', type: ['refusal', 'condition'], at: 'would not return', holder: ['Strelva'], known: 'nocue' },
  { c: 'desc-after-name', text: 'Brannock Steel announced 300 job cuts in March. On Thursday the firm said it would not reverse the decision.', type: 'refusal', at: 'would not reverse', holder: ['Brannock Steel'] },
  { c: 'desc-after-name', text: 'The Vesk Nurses Organisation staged a walkout at three hospitals. The union said it would meet health officials next week.', type: 'engagement', at: 'would meet', holder: ['Vesk Nurses Organisation'] },
  { c: 'desc-after-name', text: 'Kelmar Logistics lost the contract in January. The company has refused to pay the drivers their final wages.', type: 'refusal', at: 'refused to pay', holder: ['Kelmar Logistics'] },
  { c: 'desc-after-name', text: 'The Ardent Teachers Association rejected the plan on Monday. The association said it would only return to talks if class sizes were capped.', type: 'condition', at: 'only return to talks if', holder: ['Ardent Teachers Association'] },
  { c: 'desc-after-name', text: 'Pellow Dairies supplies milk to most of the region. The company said it was willing to meet the farmers.', type: 'engagement', at: 'willing to meet', holder: ['Pellow Dairies'] },
  { c: 'desc-after-name', text: "Dockers at Sarn Harbour are represented by the Sarn Dockers' Union. The union has refused to call off the strike.", type: 'refusal', at: 'refused to call off', holder: ["Sarn Dockers' Union"] },
  { c: 'desc-after-name', text: 'Marlock Energy raised its tariffs twice this year. The company declined to comment on the regulator\'s findings.', type: 'refusal', at: 'declined to comment', holder: ['Marlock Energy'], known: 'nocue' },

  // a name whose kind is known only from an apposition or a later description
  { c: 'apposition', text: 'Tollan, a haulage firm based in Vesk, lost its licence in May. The firm said it would appeal and was open to talks with the ministry.', type: 'engagement', at: 'open to talks', holder: ['Tollan'] },
  { c: 'apposition', text: 'Quarrow, which runs the ferries to the islands, cut two routes. The operator refused to restore them.', type: 'refusal', at: 'refused to restore', holder: ['Quarrow'] },
  { c: 'apposition', text: 'Members of Harnet voted to strike. The union said it would not negotiate while the lockout lasted.', type: 'refusal', at: 'would not negotiate', holder: ['Harnet'], known: 'holder' },
  { c: 'apposition', text: 'Corvel, the state-owned carrier, cancelled forty flights. The carrier said it was ready to talk to the pilots.', type: 'engagement', at: 'ready to talk', holder: ['Corvel'] },
  { c: 'apposition', text: 'Drumlin, the biggest supermarket chain in Brelvania, faces a boycott. The retailer has refused to drop the price rises.', type: 'refusal', at: 'refused to drop', holder: ['Drumlin'] },
  { c: 'apposition', text: 'Halvard Mutual, the insurer of most farms in the valley, turned down hundreds of claims. The insurer said it would not reopen them.', type: 'refusal', at: 'would not reopen', holder: ['Halvard Mutual'] },
  { c: 'apposition', text: 'Brightline, a supplier of school meals, lost its contract with the council. The supplier said it would challenge the decision but was open to a settlement.', type: 'engagement', at: 'open to a settlement', holder: ['Brightline'] },
  { c: 'apposition', text: 'Vantor TV, the public broadcaster, dropped the debate from its schedule. The broadcaster refused to reinstate it.', type: 'refusal', at: 'refused to reinstate', holder: ['Vantor TV'] },

  // kinds of description
  { c: 'desc-kind', text: 'The Calder Group bought two mines last year. The group said it would not sell them.', type: 'refusal', at: 'would not sell', holder: ['Calder Group'] },
  { c: 'desc-kind', text: 'The Northern Trade Bloc met in Sarn on Friday. The bloc refused to lift the tariffs on Vesk.', type: 'refusal', at: 'refused to lift', holder: ['Northern Trade Bloc'] },
  { c: 'desc-kind', text: 'The Green Harbour Alliance won six seats. The alliance said it was willing to join a coalition government.', type: 'engagement', at: 'willing to join', holder: ['Green Harbour Alliance'] },
  { c: 'desc-kind', text: 'The Renewal Coalition holds a slim majority in the assembly. The coalition has refused to back the budget.', type: 'refusal', at: 'refused to back', holder: ['Renewal Coalition'] },
  { c: 'desc-kind', text: 'The Tarvik Port Board met on Monday. The board rejected the dockers\' demands.', type: 'refusal', at: 'rejected', holder: ['Tarvik Port Board'] },
  { c: 'desc-kind', text: 'The Vesk Energy Regulatory Commission opened an inquiry into the price rises. The regulator said it would not approve further increases.', type: 'refusal', at: 'would not approve', holder: ['Vesk Energy Regulatory Commission'] },
  { c: 'desc-kind', text: 'Brelvania\'s Ministry of Labour published the figures on Monday. The ministry said it was ready to mediate between the two sides.', type: 'engagement', at: 'ready to mediate', holder: ['Ministry of Labour'] },
  { c: 'desc-kind', text: 'The Norland Farmers Federation called for a blockade. The federation said it would not lift it until the subsidy was restored.', type: ['refusal', 'condition'], at: 'would not lift it until', holder: ['Norland Farmers Federation'] },
  { c: 'desc-kind', text: 'The Tessan Hauliers Association wrote to the minister on Tuesday. The association said it was prepared to negotiate.', type: 'engagement', at: 'prepared to negotiate', holder: ['Tessan Hauliers Association'] },
  { c: 'desc-kind', text: 'Sarn City Council voted to close the library. The council has refused to reconsider.', type: 'refusal', at: 'refused to reconsider', holder: ['Sarn City Council'] },
  { c: 'desc-kind', text: 'Halden Rovers were fined for the crowd trouble. The club said it would not appeal the fine.', type: 'refusal', at: 'would not appeal', holder: ['Halden Rovers'] },
  { c: 'desc-kind', text: 'The Tessan Premier League suspended the match. The league refused to reschedule it before May.', type: 'refusal', at: 'refused to reschedule', holder: ['Tessan Premier League'] },
  { c: 'desc-kind', text: 'Corvel Airways grounded its fleet after the strike. The carrier said it was willing to resume talks with the pilots.', type: 'engagement', at: 'willing to resume', holder: ['Corvel Airways'] },
  { c: 'desc-kind', text: 'Drumlin Stores raised the price of bread again. The retailer has declined to explain the rise.', type: 'refusal', at: 'declined to explain', holder: ['Drumlin Stores'] },
  { c: 'desc-kind', text: 'Workers at Pellow Foods walked out on Monday. Management said it would not meet the strikers.', type: 'refusal', at: 'would not meet', holder: ['Pellow Foods', 'management'] },
  { c: 'desc-kind', text: 'The Halden Workers\' Union and Brisco Rail met for six hours. The union said it would not sign the deal.', type: 'refusal', at: 'would not sign', holder: ["Halden Workers' Union"] },
  { c: 'desc-kind', text: 'The Halden Workers\' Union and Brisco Rail met for six hours. The company said it would not improve its offer.', type: 'refusal', at: 'would not improve', holder: ['Brisco Rail'] },
  { c: 'desc-kind', text: 'The Vesk Broadcasting Corporation cut its regional news. The broadcaster said it was open to talks with the journalists.', type: 'engagement', at: 'open to talks', holder: ['Vesk Broadcasting Corporation'] },
  { c: 'desc-kind', text: 'Halvard Insurance denied the flood claims. The insurer refused to pay out before an inspection.', type: 'refusal', at: 'refused to pay out', holder: ['Halvard Insurance'] },

  // two parties: "the company" is the last named subject, not an object
  { c: 'two-parties', text: 'Calder Mining received a takeover offer from Orvane Holdings. The company said it would reject the bid.', type: 'refusal', at: 'would reject', holder: ['Calder Mining'] },
  { c: 'two-parties', text: 'Brisco Rail signed a deal with Tollan Freight in April. The company has since refused to pay the second instalment.', type: 'refusal', at: 'refused to pay', holder: ['Brisco Rail'] },
  { c: 'two-parties', text: 'Marlock Energy sued Kelmar Logistics over the unpaid bills. The firm said it would not settle out of court.', type: 'refusal', at: 'would not settle', holder: ['Marlock Energy'] },
  { c: 'two-parties', text: 'The Sarn Dockers\' Union wrote to Tarvik Ports on Monday. The union said it was ready to suspend the strike if the company reopened talks.', type: 'condition', at: 'ready to suspend the strike if', holder: ["Sarn Dockers' Union"] },
  { c: 'two-parties', text: 'Orvane Foods supplies Drumlin Stores with bread. The company refused to cut its prices.', type: 'refusal', at: 'refused to cut', holder: ['Orvane Foods'] },
  { c: 'two-parties', text: 'The Halden Workers\' Union met officials of the Ardent Teachers Association. The union refused to join the strike.', type: 'refusal', at: 'refused to join', holder: ["Halden Workers' Union"], known: 'nocue' },

  // a person's organisation or country from titles and roles, then the surname or a pronoun
  { c: 'affiliation', text: 'Strelva regional officer Kerry Dobson spoke outside the depot. Dobson said the members would not accept the offer.', type: 'refusal', at: 'would not accept', holder: ['Strelva', 'members'] },
  { c: 'affiliation', text: 'Kerry Dobson, who leads the union\'s negotiating team at Strelva, met the managers on Monday. She said she would not sign anything that cut pay.', type: 'refusal', at: 'would not sign', holder: ['Strelva'], known: 'holder' },
  { c: 'affiliation', text: 'Talks resumed on Monday. Dobson, Strelva\'s lead negotiator, said the union would not sign.', type: 'refusal', at: 'would not sign', holder: ['Strelva'], known: 'holder' },
  { c: 'affiliation', text: 'Kerry Dobson of Strelva attended the meeting. Dobson said she was ready to talk.', type: 'engagement', at: 'ready to talk', holder: ['Strelva'], known: 'holder' },
  { c: 'affiliation', text: "Strelva's Kerry Dobson led the march. Dobson said she would not back down.", type: 'refusal', at: 'would not back down', holder: ['Strelva'] },
  { c: 'affiliation', text: 'Kerry Dobson (Strelva) addressed the rally. Dobson said the union was willing to meet the employers.', type: 'engagement', at: 'willing to meet', holder: ['Strelva'], known: 'holder' },
  { c: 'affiliation', text: 'A Strelva spokeswoman, Kerry Dobson, spoke to reporters. Dobson said the union would not call off the strike.', type: 'refusal', at: 'would not call off', holder: ['Strelva'], known: 'holder' },
  { c: 'affiliation', text: 'The Sarn Dockers\' Union held a rally on Friday. Kerry Dobson, speaking for the union, said it would not accept the offer.', type: 'refusal', at: 'would not accept', holder: ["Sarn Dockers' Union"] },
  { c: 'affiliation', text: "The Sarn Dockers' Union met on Friday. The union's general secretary, Kerry Dobson, said it refused to accept compulsory redundancies.", type: 'refusal', at: 'refused to accept', holder: ["Sarn Dockers' Union"] },
  { c: 'affiliation', text: 'Orvane Foods chief executive Marten Hale visited the plant. Hale said he would not reopen the pay deal.', type: 'refusal', at: 'would not reopen', holder: ['Orvane Foods'] },
  { c: 'affiliation', text: 'Marten Hale, chief executive of Orvane Foods, spoke on Tuesday. He said the company was open to a new offer.', type: 'engagement', at: 'open to a new offer', holder: ['Orvane Foods'] },
  { c: 'affiliation', text: 'Brelvania\'s foreign minister, Ilse Varga, arrived in Sarn. Varga said her country would not recognise the vote.', type: 'refusal', at: 'would not recognise', holder: ['Brelvania'] },
  { c: 'affiliation', text: 'Norland Foreign Minister Ilse Varga met her counterpart on Monday. Varga refused to discuss the border.', type: 'refusal', at: 'refused to discuss', holder: ['Norland'], known: 'holder' },
  { c: 'affiliation', text: 'Ilse Varga, the Norland trade minister, opened the summit. She said Norland was ready to lower its tariffs.', type: 'engagement', at: 'ready to lower', holder: ['Norland'] },
  { c: 'affiliation', text: 'Brisco Rail spokesman Tomas Reeve spoke after the meeting. Reeve said the company would not improve its offer.', type: 'refusal', at: 'would not improve', holder: ['Brisco Rail'] },
  { c: 'affiliation', text: 'Tomas Reeve, a spokesman for Brisco Rail, was asked about the strike. Reeve said the operator was willing to resume talks.', type: 'engagement', at: 'willing to resume', holder: ['Brisco Rail'] },
  { c: 'affiliation', text: "Calder Mining's chairman, Olaf Brenn, spoke at the meeting. Brenn said he would reject any offer below the share price.", type: 'refusal', at: 'would reject', holder: ['Calder Mining'] },
  { c: 'affiliation', text: 'Olaf Brenn, who chairs Calder Mining, met the bidders. Brenn refused to name a price.', type: 'refusal', at: 'refused to name', holder: ['Calder Mining'], known: 'nocue' },
  { c: 'affiliation', text: "Strelva's general secretary Kerry Dobson spoke to the rally. \"We will not sign,\" she said.", type: 'refusal', at: 'will not sign', holder: ['Strelva'] },
  { c: 'affiliation', text: 'Kerry Dobson, a senior official at Strelva, met the employers. "We are ready to talk," Dobson said.', type: 'engagement', at: 'ready to talk', holder: ['Strelva'] },

  // party labels
  { c: 'party-label', text: 'Ms Dobson (Labour) spoke in the debate. Dobson said she would vote against the bill.', type: 'refusal', at: 'would vote against', holder: ['Labour'] },
  { c: 'party-label', text: 'Senator Tarek Olm (Renewal) opened the debate. Olm said he would block the bill unless it was amended.', type: 'condition', at: 'unless', holder: ['Renewal'] },
  { c: 'party-label', text: 'Hanne Pirk, a Green Harbour Alliance lawmaker, tabled the motion. Pirk said the alliance would not support the budget.', type: 'refusal', at: 'would not support', holder: ['Green Harbour Alliance'] },
  { c: 'party-label', text: 'Tarek Olm of the Renewal Party spoke on Monday. He said he was willing to work with the government.', type: 'engagement', at: 'willing to work with', holder: ['Renewal Party'] },

  // the context: a sentence naming no party takes the last party that held a stance or spoke
  { c: 'context', text: 'Brisco Rail refused to raise its offer on the talks with the Halden Workers\' Union in Sarn. It would not budge.', type: 'refusal', at: 'would not budge', holder: ['Brisco Rail'] },
  { c: 'context', text: 'The Sarn Dockers\' Union issued a statement about the dispute at Tarvik Ports. "We will not sign," the statement said.', type: 'refusal', at: 'will not sign', holder: ["Sarn Dockers' Union"] },
  { c: 'context', text: 'The Halden Workers\' Union said on Monday that it had written to Brisco Rail. No talks would take place before March.', type: 'refusal', at: 'No talks would take place', holder: ["Halden Workers' Union"] },
  { c: 'context', text: 'Orvane Foods said it had rejected the offer from Calder Mining. It would not reconsider.', type: 'refusal', at: 'would not reconsider', holder: ['Orvane Foods'] },
  { c: 'context', text: 'Norland said it would not attend the summit in Vesk. It would not send an observer either.', type: 'refusal', at: 'would not send', holder: ['Norland'] },
  { c: 'context', text: 'The Ardent Teachers Association told the Ministry of Education it would strike. "We are ready to talk at any time," the letter said.', type: 'engagement', at: 'ready to talk', holder: ['Ardent Teachers Association'] },
  { c: 'context', text: 'Kelmar Logistics said it had written to the drivers in Tarvik. There would be no new offer.', type: 'refusal', at: 'no new offer', holder: ['Kelmar Logistics'] },
  { c: 'context', text: 'Marlock Energy rejected the findings of the Vesk Energy Regulatory Commission. "We will not pay the fine," the statement added.', type: 'refusal', at: 'will not pay', holder: ['Marlock Energy'] },
  { c: 'context', text: 'Speaking in Sarn, the Brelvanian prime minister said talks with Norland had failed. "We will not negotiate under threat."', type: 'refusal', at: 'will not negotiate', holder: ['Brelvania', 'Brelvanian prime minister', 'prime minister'] },
  { c: 'context', text: 'The Tessan Hauliers Association has written to Corvel Airways and to the port of Sarn. It said it was prepared to lift the blockade.', type: 'engagement', at: 'prepared to lift', holder: ['Tessan Hauliers Association'] },
  { c: 'context', text: 'Strelva said it had met Orvane Foods managers at the Tarvik plant. It refused to give details.', type: 'refusal', at: 'refused to give', holder: ['Strelva'], known: 'nocue' },
  { c: 'context', text: 'Calder Mining rejected the bid from Orvane Holdings on Friday. It said it would not reopen talks until the offer was doubled.', type: ['refusal', 'condition'], at: 'would not reopen talks until', holder: ['Calder Mining'] },
  { c: 'context', text: 'Vesk has refused to withdraw its troops from the border with Norland. It will not negotiate while the sanctions remain.', type: ['refusal', 'condition'], at: 'will not negotiate while', holder: ['Vesk'] },
  { c: 'context', text: 'The Norland Farmers Federation blocked the roads to the Pellow Dairies plant. "We will stay until the prices rise," a statement said.', type: 'condition', at: 'until', holder: ['Norland Farmers Federation'], known: 'nocue' },
  { c: 'context', text: 'The union Strelva wrote to Brisco Rail about the cuts at Tarvik station. The letter said the union would not accept them.', type: 'refusal', at: 'would not accept', holder: ['Strelva'] },
  { c: 'context', text: 'Sarn City Council met representatives of Drumlin Stores on Tuesday. It said afterwards that it would not renew the lease.', type: 'refusal', at: 'would not renew', holder: ['Sarn City Council'] },
  { c: 'context', text: 'Brelvania accused Norland of breaking the truce. It refused to attend the talks in Vesk.', type: 'refusal', at: 'refused to attend', holder: ['Brelvania'] },
  { c: 'context', text: 'The Green Harbour Alliance criticised the Renewal Coalition over the budget. It said it was ready to vote for a new budget if the cuts were dropped.', type: 'condition', at: 'if the cuts were dropped', holder: ['Green Harbour Alliance'] },
];

challengeSuite('coreference and affiliation grid (issue #10)', CASES, (k) => judgeText(k), { showAt: true, minCases: 80 });
