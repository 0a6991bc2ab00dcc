/**
 * A third holder challenge set, weighted to labour, business and domestic politics: news-style sentences of
 * our own, with invented parties and people, each stating the cue it carries and the party whose stance it is.
 * Written before the tool was run on it, in constructions the other sets (holder-challenge, labour-challenge)
 * do not cover: a company's statement or spokesperson, union leaders and members, management against
 * workers, lawmakers with party and state tags, committees, opposition leaders, ministers of a region,
 * agencies and regulators, councils, court parties, chains of reported speech ("X said Y had told Z that W
 * would refuse"), "according to X", passives with a by-agent, a stance in a subordinate clause whose
 * subject is not the main clause's, a stance whose holder is named in the sentence before, and lists in
 * which one party alone takes the stance.
 *
 * First run (before any change to the holders or actors stages): 74/104 right; the holder right on 74/100 cues
 * found (26 other holder, 4 no cue; in 19 of the 26 the expected party was missing from the actors). After the
 * changes of this round (holders and actors stages): 88/104 right, 88/100 of the cues found; 85/104 after the lead
 * took back the change that made a bare "workers" subject a party (it lowered a wholly held-out file's holder F1);
 * 90/104 once the round's other work was merged ("the governor", "the city council", "Title Name of Place").
 *
 * A case with `known` is a known failure (the tool finds no cue there, or gives it another holder); every
 * other case must pass. The test reports the counts per construction.
 */
import { challengeSuite, judgeText, type HolderCase, type Outcome } from './helpers/challenge.js';

type Construction =
  | 'company-voice'
  | 'union-voice'
  | 'management-workers'
  | 'lawmaker-tag'
  | 'committee'
  | 'opposition'
  | 'regional-minister'
  | 'agency'
  | 'council'
  | 'court'
  | 'speech-chain'
  | 'according-to'
  | 'passive-by'
  | 'subordinate'
  | 'two-sentence'
  | 'list-one';

export interface PartyCase extends HolderCase {
  c: Construction;
  /** a known failure: 'nocue' when no cue of the type is found there, 'holder' when another party holds it */
  known?: 'nocue' | 'holder';
}

export const CASES: PartyCase[] = [
  // a company's statement or spokesperson
  { c: 'company-voice', text: 'Orvane Holdings said in a statement that it would not reopen the pay deal.', type: 'refusal', at: 'would not reopen', holder: ['Orvane Holdings'] },
  { c: 'company-voice', text: "A spokeswoman for Orvane said the company was willing to meet the drivers' representatives.", type: 'engagement', at: 'willing to meet', holder: ['Orvane'] },
  { c: 'company-voice', text: 'Drivers at Tarnwick Haulage stopped work on Monday. "We have no plans to negotiate with the strikers," the company said in a statement.', type: 'refusal', at: 'no plans to negotiate', holder: ['Tarnwick Haulage'] },
  { c: 'company-voice', text: "Pellow Foods rejected the union's claims, a company spokesman said.", type: 'refusal', at: 'rejected', holder: ['Pellow Foods'] },
  { c: 'company-voice', text: 'In a statement released on Friday, Marlock Energy said it was ready to resume talks with the union.', type: 'engagement', at: 'ready to resume', holder: ['Marlock Energy'] },
  { c: 'company-voice', text: "A Grennly Retail spokesperson said the chain had turned down the union's request for a meeting.", type: 'refusal', at: 'turned down', holder: ['Grennly Retail'] },
  { c: 'company-voice', text: 'Dravo Mining, in a letter to shareholders, said it was open to a revised offer from Calder Resources.', type: 'engagement', at: 'open to', holder: ['Dravo Mining'], known: 'nocue' },
  { c: 'company-voice', text: "Officials at Brisco Rail said the operator would not meet the union's demand for a ten percent raise.", type: 'refusal', at: 'would not meet', holder: ['Brisco Rail'] },

  // union leaders and members
  { c: 'union-voice', text: 'Hana Ostrow, president of the Tarnwick Drivers Union, said members would not return to work without a written deal.', type: ['refusal', 'condition'], at: 'would not return', holder: ['Tarnwick Drivers Union', 'members', 'Hana Ostrow'] },
  { c: 'union-voice', text: "Union members at the Kelby plant voted by 82 percent to reject the company's offer.", type: 'refusal', at: 'reject', holder: ['union members', 'members', 'union'] },
  { c: 'union-voice', text: "Leaders of the Calder Miners' Federation said they were ready to sit down with management.", type: 'engagement', at: 'ready to sit down', holder: ["Calder Miners' Federation", 'leaders'] },
  { c: 'union-voice', text: "The Norland Teachers Association's executive committee rejected the proposed contract on Monday.", type: 'refusal', at: 'rejected', holder: ['Norland Teachers Association'] },
  { c: 'union-voice', text: 'Shop stewards at Pellow Foods said they had agreed to suspend the overtime ban.', type: 'engagement', at: 'agreed to suspend', holder: ['shop stewards', 'stewards'] },
  { c: 'union-voice', text: "The Brisco Rail Workers Union has demanded a ten percent raise. The union's negotiating team walked out of the talks on Thursday.", type: 'refusal', at: 'walked out', holder: ['Brisco Rail Workers Union'] },
  { c: 'union-voice', text: '"We will not accept these cuts," said Tomas Garvey, a regional organiser for the Unified Energy Workers.', type: 'refusal', at: 'will not accept', holder: ['Tomas Garvey', 'Unified Energy Workers'] },
  { c: 'union-voice', text: 'Rank-and-file members have rejected the deal negotiated by their leaders, the Kelby Workers Union said.', type: 'refusal', at: 'rejected', holder: ['members', 'rank-and-file members', 'Kelby Workers Union'] },

  // management against workers
  { c: 'management-workers', text: 'Managers at the Dravo mine refused to meet the striking workers.', type: 'refusal', at: 'refused', holder: ['managers', 'Dravo', 'Dravo mine'] },
  { c: 'management-workers', text: 'Workers at Kelby Motors rejected an offer from management on Tuesday.', type: 'refusal', at: 'rejected', holder: ['workers', 'Workers at Kelby Motors'] },
  { c: 'management-workers', text: 'Management offered to meet the workers, but the workers refused.', type: 'refusal', at: 'refused', holder: ['workers'] , known: 'holder' },
  { c: 'management-workers', text: 'Management offered to meet the workers, but the workers refused.', type: 'engagement', at: 'offered to meet', holder: ['management'] },
  { c: 'management-workers', text: "Harlow Royal Hospital's management said it would not negotiate with striking nurses.", type: 'refusal', at: 'would not negotiate', holder: ['Harlow Royal Hospital', 'management'] },
  { c: 'management-workers', text: "Employees of Grennly Retail said they would boycott the company's consultation meetings.", type: 'refusal', at: 'boycott', holder: ['employees', 'Employees of Grennly Retail'] },
  { c: 'management-workers', text: "Bosses at Marlock Energy rejected the workers' demand for a shorter week, while the workers said they were open to compromise.", type: 'engagement', at: 'open to compromise', holder: ['workers'] , known: 'holder' },

  // lawmakers with party and state tags
  { c: 'lawmaker-tag', text: 'Sen. Mara Vell, D-Velmont, said she would not vote for the bill without changes to the overtime rules.', type: ['refusal', 'condition'], at: 'would not vote', holder: ['Mara Vell'] },
  { c: 'lawmaker-tag', text: 'Rep. Doran Fisk (R-Calder) said he was ready to work with Democrats on the budget.', type: 'engagement', at: 'ready to work', holder: ['Doran Fisk'] },
  { c: 'lawmaker-tag', text: 'Representative Elsa Brunner, a Democrat from Harrow, rejected the proposal.', type: 'refusal', at: 'rejected', holder: ['Elsa Brunner'] },
  { c: 'lawmaker-tag', text: 'Sen. Colm Draper, R-Tarn, said Sen. Ilse Moor had refused to negotiate on the bill.', type: 'refusal', at: 'refused', holder: ['Ilse Moor'] },
  { c: 'lawmaker-tag', text: 'State Sen. Rudi Kales (D) said he would support the measure only if it protected warehouse workers.', type: 'condition', at: 'only if', holder: ['Rudi Kales'] },
  { c: 'lawmaker-tag', text: 'Assemblywoman Priya Sandell, a Republican who represents the 14th district, ruled out any deal with the governor.', type: 'refusal', at: 'ruled out', holder: ['Priya Sandell'] },
  { c: 'lawmaker-tag', text: 'Democratic Rep. Lina Ortez of Velmont said she had agreed to meet the governor to discuss the bill.', type: 'engagement', at: 'agreed to meet', holder: ['Lina Ortez'] },

  // committees
  { c: 'committee', text: "The Senate Finance Committee rejected the governor's budget proposal on Wednesday.", type: 'refusal', at: 'rejected', holder: ['Senate Finance Committee'] },
  { c: 'committee', text: "The Harrow Assembly's labour committee met on Monday. The committee's chairman, Ned Harlan, said the panel would not hold hearings until the ministry released the documents.", type: ['refusal', 'condition'], at: 'would not hold', holder: ['Ned Harlan', 'labour committee', 'committee', 'Harrow Assembly'], known: 'nocue' },
  { c: 'committee', text: 'A parliamentary committee said it was ready to meet union leaders.', type: 'engagement', at: 'ready to meet', holder: ['parliamentary committee', 'committee'], known: 'holder' },
  { c: 'committee', text: 'The strike committee at Kelby Motors voted to reject the offer.', type: 'refusal', at: 'reject', holder: ['strike committee', 'Kelby Motors'] },
  { c: 'committee', text: 'Members of the House labour committee refused to meet Brisco Rail executives.', type: 'refusal', at: 'refused', holder: ['House labour committee', 'members', 'labour committee'] },
  { c: 'committee', text: "Dravo Mining's audit committee rejected the settlement proposed by the regulator.", type: 'refusal', at: 'rejected', holder: ['Dravo Mining', 'audit committee'], known: 'holder' },

  // opposition leaders and parties
  { c: 'opposition', text: 'Opposition leader Karin Vasko said her party would boycott the budget debate.', type: 'refusal', at: 'boycott', holder: ['Karin Vasko', 'opposition'] },
  { c: 'opposition', text: "The leader of the opposition, Petr Halloran, rejected the prime minister's offer of talks.", type: 'refusal', at: 'rejected', holder: ['Petr Halloran', 'opposition'] },
  { c: 'opposition', text: 'The main opposition party, the Civic Union, said it would not join a unity government.', type: 'refusal', at: 'would not join', holder: ['Civic Union'] },
  { c: 'opposition', text: 'Opposition parties walked out of parliament on Tuesday in protest at the new labour law.', type: 'refusal', at: 'walked out', holder: ['opposition parties', 'opposition'] },
  { c: 'opposition', text: "Norland's opposition Labour Alliance said it was open to talks with the government on pension reform.", type: 'engagement', at: 'open to talks', holder: ['Labour Alliance'] },
  { c: 'opposition', text: 'The prime minister invited opposition leaders to talks, but Karin Vasko of the Progress Party declined.', type: 'refusal', at: 'declined', holder: ['Karin Vasko', 'Progress Party'] },

  // ministers and leaders of a region
  { c: 'regional-minister', text: 'The labour minister of Harrow province, Eda Stromberg, said she was willing to meet the teachers.', type: 'engagement', at: 'willing to meet', holder: ['Eda Stromberg', 'Harrow'] },
  { c: 'regional-minister', text: "Calder's regional health minister rejected the nurses' pay demand.", type: 'refusal', at: 'rejected', holder: ['Calder', 'regional health minister', 'health minister'] },
  { c: 'regional-minister', text: "Tarn state's finance minister, Olek Bray, said the state would not renegotiate the contract.", type: 'refusal', at: 'would not renegotiate', holder: ['Olek Bray', 'Tarn', 'Tarn state'] },
  { c: 'regional-minister', text: "Provincial education minister Ilka Moss said she would only meet the teachers' union if it called off the strike.", type: 'condition', at: 'if it called off', holder: ['Ilka Moss'] },
  { c: 'regional-minister', text: 'The premier of Harrow, Dan Selby, ruled out talks with the striking bus drivers.', type: 'refusal', at: 'ruled out', holder: ['Dan Selby', 'Harrow'] },
  { c: 'regional-minister', text: "Velmont's governor, Ruth Casey, said the state was ready to negotiate with the nurses' union.", type: 'engagement', at: 'ready to negotiate', holder: ['Ruth Casey', 'Velmont'] },

  // agencies and regulators
  { c: 'agency', text: "The Norland Labour Relations Board rejected Kelby Motors' request to halt the strike.", type: 'refusal', at: 'rejected', holder: ['Norland Labour Relations Board'] },
  { c: 'agency', text: 'The Vesk Transport Agency said it would not approve the rail merger unless Brisco Rail kept its regional lines.', type: 'condition', at: 'unless', holder: ['Vesk Transport Agency'] },
  { c: 'agency', text: 'A spokesman for the Harrow Environment Agency said the agency was open to talks with the mining companies.', type: 'engagement', at: 'open to talks', holder: ['Harrow Environment Agency'] },
  { c: 'agency', text: "Regulators at the Norland Energy Office turned down Marlock Energy's request for a price rise.", type: 'refusal', at: 'turned down', holder: ['Norland Energy Office', 'regulators'] },
  { c: 'agency', text: 'The national mediation service said it was ready to host talks between the airline and its pilots.', type: 'engagement', at: 'ready to host talks', holder: ['national mediation service', 'mediation service'], known: 'holder' },
  { c: 'agency', text: 'The competition watchdog has agreed to meet Orvane Holdings to discuss the deal.', type: 'engagement', at: 'agreed to meet', holder: ['competition watchdog', 'watchdog'], known: 'holder' },

  // councils
  { c: 'council', text: "Tarnwick City Council voted to reject the bus company's proposal.", type: 'refusal', at: 'reject', holder: ['Tarnwick City Council'] },
  { c: 'council', text: 'Refuse collectors in Brannock have been on strike for three weeks. The council said it was prepared to negotiate with the strikers.', type: 'engagement', at: 'prepared to negotiate', holder: ['council', 'Brannock', 'Brannock council'], known: 'holder' },
  { c: 'council', text: "Councillor Jem Abbot, who chairs the housing committee, refused to meet the tenants' union.", type: 'refusal', at: 'refused', holder: ['Jem Abbot'] },
  { c: 'council', text: 'Members of the Kelby county council agreed on Monday to hold talks with the teachers.', type: 'engagement', at: 'agreed', holder: ['Kelby county council', 'county council', 'members'] },
  { c: 'council', text: "The mayor of Brannock said the city council had rejected the union's offer.", type: 'refusal', at: 'rejected', holder: ['city council', 'council', 'Brannock city council'] },
  { c: 'council', text: 'The Harrow District Council leader, Sam Ordell, said the council would not back down.', type: 'refusal', at: 'would not back down', holder: ['Sam Ordell', 'Harrow District Council'] },

  // court parties
  { c: 'court', text: "A judge in Tarnwick rejected Kelby Motors' request for an injunction against the strike.", type: 'refusal', at: 'rejected', holder: ['judge'], known: 'holder' },
  { c: 'court', text: 'Lawyers for the Brisco Rail Workers Union said the union would not settle the case.', type: 'refusal', at: 'would not settle', holder: ['Brisco Rail Workers Union'], known: 'nocue' },
  { c: 'court', text: 'The plaintiffs, a group of former Pellow Foods drivers, said they were open to a settlement.', type: 'engagement', at: 'open to a settlement', holder: ['plaintiffs', 'drivers'] },
  { c: 'court', text: 'Marlock Energy, the defendant in the case, refused to settle with the families.', type: 'refusal', at: 'refused', holder: ['Marlock Energy'] },
  { c: 'court', text: "The Supreme Court of Norland declined to hear the union's appeal.", type: 'refusal', at: 'declined', holder: ['Supreme Court of Norland', 'Supreme Court'] },
  { c: 'court', text: 'Prosecutors said the defendants had rejected a plea deal.', type: 'refusal', at: 'rejected', holder: ['defendants'] },

  // chains of reported speech: the innermost subject holds the stance
  { c: 'speech-chain', text: 'The Kelby Workers Union said managers had told its members that Kelby Motors would refuse any new talks.', type: 'refusal', at: 'would refuse', holder: ['Kelby Motors'] },
  { c: 'speech-chain', text: "Orvane's chief executive said the board had told him that the shareholders would reject the bid.", type: 'refusal', at: 'would reject', holder: ['shareholders'] },
  { c: 'speech-chain', text: 'Hana Ostrow, the head of the Tarnwick Drivers Union, said Tarnwick Haulage had informed the union that it would not negotiate.', type: 'refusal', at: 'would not negotiate', holder: ['Tarnwick Haulage'] },
  { c: 'speech-chain', text: "Labour minister Dafna Roos said officials believed the Calder Miners' Federation was ready to compromise.", type: 'engagement', at: 'ready to compromise', holder: ["Calder Miners' Federation"] },
  { c: 'speech-chain', text: 'Sen. Mara Vell said Republicans had told her they would not support the bill.', type: 'refusal', at: 'would not support', holder: ['Republicans'] },
  { c: 'speech-chain', text: 'One source close to the negotiations said Brisco Rail had signalled it would accept mediation.', type: 'engagement', at: 'accept mediation', holder: ['Brisco Rail'] },
  { c: 'speech-chain', text: 'Reports said the transport minister had agreed to meet the drivers, a claim the ministry denied.', type: 'engagement', at: 'agreed to meet', holder: ['transport minister'] },
  { c: 'speech-chain', text: 'Pellow Foods said the union had claimed that workers were unwilling to return to the table.', type: 'refusal', at: 'unwilling', holder: ['workers'] , known: 'holder' },

  // "according to X"
  { c: 'according-to', text: "According to a company statement, Marlock Energy has rejected the union's latest demands.", type: 'refusal', at: 'rejected', holder: ['Marlock Energy'] },
  { c: 'according-to', text: 'According to union officials, Kelby Motors has refused to discuss pensions.', type: 'refusal', at: 'refused', holder: ['Kelby Motors'] },
  { c: 'according-to', text: 'The nurses are ready to call off the strike, according to their union.', type: 'engagement', at: 'ready to call off', holder: ['nurses'] },
  { c: 'according-to', text: 'According to opposition leader Karin Vasko, the government has refused to meet her party.', type: 'refusal', at: 'refused', holder: ['government'] },
  { c: 'according-to', text: 'According to two people briefed on the matter, Orvane Holdings is willing to negotiate with Calder Resources.', type: 'engagement', at: 'willing to negotiate', holder: ['Orvane Holdings'] },
  { c: 'according-to', text: 'Dravo Mining will not negotiate with the strikers, according to a letter sent to employees.', type: 'refusal', at: 'will not negotiate', holder: ['Dravo Mining'] },

  // passives with a by-agent
  { c: 'passive-by', text: 'The pay offer was rejected by members of the Unified Energy Workers in a ballot.', type: 'refusal', at: 'rejected', holder: ['Unified Energy Workers', 'members'] },
  { c: 'passive-by', text: 'The proposal has been turned down by the Harrow District Council.', type: 'refusal', at: 'turned down', holder: ['Harrow District Council'] },
  { c: 'passive-by', text: "An invitation to the talks was declined by the Civic Union's leader, Petr Halloran.", type: 'refusal', at: 'declined', holder: ['Petr Halloran', 'Civic Union'] },
  { c: 'passive-by', text: 'The budget was rejected by a majority of the Senate Finance Committee.', type: 'refusal', at: 'rejected', holder: ['Senate Finance Committee'] },
  { c: 'passive-by', text: "The deal, which was accepted by the Calder Miners' Federation on Monday, ends a six-week strike.", type: 'engagement', at: 'accepted', holder: ["Calder Miners' Federation"], known: 'nocue' },
  { c: 'passive-by', text: "Talks with the union were ruled out by Brisco Rail's chief executive, Ola Fenwick.", type: 'refusal', at: 'ruled out', holder: ['Ola Fenwick', 'Brisco Rail'] },

  // a stance in a subordinate clause whose subject is not the main clause's
  { c: 'subordinate', text: 'Kelby Motors cut its forecast after the Kelby Workers Union refused to call off the strike.', type: 'refusal', at: 'refused', holder: ['Kelby Workers Union'] },
  { c: 'subordinate', text: 'The minister said that, although the union had rejected the offer, the government remained open to talks.', type: 'engagement', at: 'open to talks', holder: ['government'] },
  { c: 'subordinate', text: 'The minister said that, although the union had rejected the offer, the government remained open to talks.', type: 'refusal', at: 'rejected', holder: ['union'] },
  { c: 'subordinate', text: 'Shares in Orvane Holdings fell when Calder Resources said it would reject the bid.', type: 'refusal', at: 'would reject', holder: ['Calder Resources'] },
  { c: 'subordinate', text: 'While Tarnwick Haulage has agreed to meet the union, the drivers say they will not return to the talks.', type: 'refusal', at: 'will not return', holder: ['drivers'] },
  { c: 'subordinate', text: 'Because the governor refused to meet them, the teachers extended their strike.', type: 'refusal', at: 'refused', holder: ['governor'] },
  { c: 'subordinate', text: 'The mayor welcomed the news that the bus drivers had agreed to return to talks.', type: 'engagement', at: 'agreed', holder: ['bus drivers', 'drivers'] },

  // a holder named in the sentence before
  { c: 'two-sentence', text: 'Members of the Brisco Rail Workers Union gathered outside the depot on Monday. The union said it would not accept the new rosters.', type: 'refusal', at: 'would not accept', holder: ['Brisco Rail Workers Union'] },
  { c: 'two-sentence', text: 'Calder Resources received a takeover offer from Orvane Holdings on Monday. The firm said it would reject the offer.', type: 'refusal', at: 'would reject', holder: ['Calder Resources'] },
  { c: 'two-sentence', text: 'Senator Ilse Moor met union leaders in Velmont. She later said she would not back the bill.', type: 'refusal', at: 'would not back', holder: ['Ilse Moor'] },
  { c: 'two-sentence', text: 'Nurses at Harlow Royal Hospital have been on strike for a month. They say they are ready to talk to management.', type: 'engagement', at: 'ready to talk', holder: ['nurses', 'Nurses at Harlow Royal Hospital'] },
  { c: 'two-sentence', text: 'The Unified Energy Workers called a strike at Marlock Energy. The company said it was willing to meet union leaders.', type: 'engagement', at: 'willing to meet', holder: ['Marlock Energy'] },
  { c: 'two-sentence', text: 'Karin Vasko leads the opposition Progress Party. The party said on Monday it would boycott the vote.', type: 'refusal', at: 'boycott', holder: ['Progress Party'] },

  // lists in which one party alone takes the stance
  { c: 'list-one', text: "The Kelby Workers Union, the Unified Energy Workers and the Calder Miners' Federation met the employers, and only the Calder Miners' Federation rejected the offer.", type: 'refusal', at: 'rejected', holder: ["Calder Miners' Federation"] },
  { c: 'list-one', text: 'Kelby Motors and Pellow Foods accepted the deal, but Marlock Energy rejected it.', type: 'refusal', at: 'rejected', holder: ['Marlock Energy'] },
  { c: 'list-one', text: 'The Greens, the Liberals and the Civic Union backed the bill, while the Progress Party refused to negotiate.', type: 'refusal', at: 'refused', holder: ['Progress Party'] },
  { c: 'list-one', text: 'Of the four unions at the port, only the Porthaven Crane Operators refused to sign the new contract.', type: 'refusal', at: 'refused', holder: ['Porthaven Crane Operators'] },
  { c: 'list-one', text: "Unions representing drivers and cleaners accepted the offer, but the nurses' union rejected it.", type: 'refusal', at: 'rejected', holder: ["nurses' union", 'nurses'] },
];

/** what the tool makes of one case: the holder right, another holder, or no cue of the type there */
export function outcome(k: PartyCase): { outcome: Outcome; got: string[]; partyFound?: boolean } {
  return judgeText(k);
}

challengeSuite('holder challenge set: labour, business and domestic-politics parties', CASES, outcome, { showAt: true });
