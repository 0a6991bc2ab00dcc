/**
 * Condition frames of English (issue #9, branch COND5): a grid of invented sentences for the frames and
 * narrowings this branch added, written before the rules. Each positive sentence must yield a condition
 * cue; each negative must yield none (other cue types may fire). Invented parties only.
 *
 * Frames: "till" as "until"; a threatened consequence (walk away, resign, go on with the strike) that
 * waits on the other side's act; "If not, we will <pressure>"; a step "required first"; support put on a
 * condition ("would back the budget if …"); "our conditions have been clear"; conditions set by a party;
 * "in exchange of"; "must … if it is to get her support / if talks are to resume".
 * Narrowings: "provided" as a participle; "does not have to … unless" (a rule, not a demand); conditions
 * one creates for a process; a deadline something happens before; "in exchange for" inside the description
 * of a deal; ", depending on the plan they choose"; a deal's own requirement; "should the weather / should
 * it" as a contingency.
 * Later: "insisting Norland relinquish" (insist + a bare verb); blocking a bill or a process until …; moving ahead
 * with a strike if …; voicing conditions; narrowings: "whether X should", "need to decide whether", "expected X
 * to fetch".
 * Left unread: "If not, we will …" with its comma (a span never crosses a comma); "would not return to full
 * compliance until …" (no stance is read in "return to compliance", and the until-clause needs one).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const conditions: [string, string][] = [
  ['till', 'We will not join the government till the land issue is addressed.'],
  ['till', "The Halden Workers' Union will not return to work till the bonus is restored."],
  ['till', 'Vesk said it would not sign the accord till Norland pulls back its ships.'],
  ['threatened consequence', 'Vesk threatened that it would walk away if details of the talks reached the newspapers.'],
  ['threatened consequence', 'The bidder said it would walk away unless the board opened its books.'],
  ['threatened consequence', 'The Norland finance minister said she would resign if her budget was not approved.'],
  ['threatened consequence', 'The nurses will go on with the strike if an accord is not struck by Friday.'],
  ['threatened consequence', "The Halden Workers' Union will go ahead with the walkout unless the board improves its offer."],
  ['threatened consequence', 'The Brelvanian premier threatened to resign unless the coalition backed the reform.'],
  ['if not, we will', 'If not we will impose tariffs, the Norland minister said.'],
  ['if not, we will', '"If not we will impose duties on Norland steel," the Vesk envoy said.'],
  ['if not, we will', 'If not Vesk will recall its ambassador, the ministry said.'],
  ['required first', 'A ceasefire was required first, the Norland minister said.'],
  ['required first', 'The union said a pay rise was needed first.'],
  ['required first', "Vesk said the prisoners' release must come first."],
  ['support on a condition', 'The Brelvanian Greens would likely back the budget if it boosts pensions.'],
  ['support on a condition', 'The Ostrania Party will support the bill if it caps rents.'],
  ['support on a condition', 'Vesk would vote for the resolution unless it names Norland.'],
  ['our conditions', '"Our conditions were set out plainly from day one," the Vesk envoy said.'],
  ['our conditions', 'Their conditions have been known for months, the Norland mediator said.'],
  ['conditions set by a party', 'Talks broke down over conditions set by the Halden union.'],
  ['conditions set by a party', 'Anika Holt said the terms laid down by the Kessa Brigades made a pact impossible.'],
  ['in exchange of', 'Vesk has offered to hand back the captured crews in exchange of a truce.'],
  ['if it is to', 'The Vesk senator said the bill must carry stronger safeguards if it is to get her support.'],
  ['if it is to', 'Norland must withdraw its ships if talks are to resume, the Vesk minister said.'],
  ['if it is to', 'Vesk needs to make concessions if the deal is to survive, the Norland envoy said.'],
  ['until + a verb read as a noun', 'The delegation said it would not sit in the same room as the Kessa Brigades until the KBF vacates civilian homes, as required under the Karsk Declaration.'],
  ['insist + bare verb', "Vesk's stance during the talks, insisting Norland relinquish the valley, marks a hurdle."],
  ['insist + bare verb', 'The union insisted the company reinstate the sacked drivers.'],
  ['blocking until', 'We have enough votes in the Vesk assembly to stop the bill until the premier takes the debt seriously.'],
  ['blocking until', 'Two senators said they would block the bill until the agency releases the report.'],
  ['blocking until', 'The Vesk caucus will hold up the nomination until the ministry answers its questions.'],
  ['moving ahead with a strike', 'The Halden drivers say they will move ahead with their strike next month if the mediators cannot broker a settlement.'],
  ['voicing conditions', 'Anika Holt voiced conditions under which her party might return to the talks.'],
  // the frames already read, kept as controls beside the narrowings
  ['control', 'The union will return to work provided the bonus is restored.'],
  ['control', 'Vesk will sign, provided that Norland lifts the embargo.'],
  ['control', 'The guild has put forward three conditions for a return to the table.'],
  ['control', 'Norland gave the rebels a deadline of Friday to withdraw.'],
  ['control', 'The lenders offered new loans in exchange for reforms.'],
  ['control', 'The rebels offered to free the hostages in exchange for a prisoner release.'],
  ['control', 'Any engagement hinges on the other side lifting tariffs.'],
  ['control', 'Norland said any deal would require Vesk to withdraw its troops.'],
  ['control', 'The embassy will reopen, should Norland allow monitors in.'],
  ['control', 'The militia said it would not hand over its heavy guns until after a final accord is signed.'],
  ['control', 'The rebels will not talk until the army stops attacking their positions.'],
  ['control', 'We will wait for the ballot.'],
];

const noCondition: [string, string][] = [
  ['till', 'The shop stays open till late on Fridays.'],
  ['till', 'The Vesk council will not meet till March.'],
  ['threatened consequence', 'The coach walked away from the club in 2019.'],
  ['threatened consequence', 'The minister resigned in March after the vote.'],
  ['threatened consequence', 'Prices will go on rising if the drought continues.'],
  ['threatened consequence', 'The union said it would walk out if necessary.'],
  ['if not, we will', 'If not, the meeting will move to Friday.'],
  ['if not, we will', 'If not, we will try again tomorrow, the organisers said.'],
  ['required first', 'A visa is required first, the embassy website says.'],
  ['required first', 'Registration is needed first, the organisers said.'],
  ['support on a condition', 'The Brelvanian Greens backed the budget in March.'],
  ['support on a condition', 'Voters would back the mayor if an election were held today, the poll found.'],
  ['our conditions', 'Their living conditions have been poor for years.'],
  ['conditions set by a party', 'The licence conditions set by the regulator were met.'],
  ['in exchange of', 'Two soldiers died in an exchange of fire near Karsk.'],
  ['if it is to', 'The team must improve if it is to win the league.'],
  ['if it is to', 'The bridge needs repairs if it is to stay open.'],
  ['provided as a participle', 'More details will be provided to members if the talks break down.'],
  ['provided as a participle', 'More buses will be provided as the festival grows.'],
  ['not have to … unless', 'Orvane does not have to purchase any stock unless its bid turns unconditional.'],
  ['not have to … unless', 'Tenants do not have to pay the fee unless the lease says so.'],
  ['conditions one creates', 'The Norland government says it has created the right conditions for a lasting truce.'],
  ['conditions one creates', 'The reforms created the conditions for growth in Vesk.'],
  ['a deadline things happen before', 'No ballot can take place before the June 14 deadline for the formal talks.'],
  ['a deadline things happen before', 'Talks resumed in Karsk ahead of the Friday deadline for a deal.'],
  ['exchange inside a deal', 'Norland and Vesk have been working on a peace deal that would see troops pulled back in exchange for security guarantees.'],
  ['exchange inside a deal', 'The accord, which bound Vesk to limits on its fleet in return for relief from sanctions, collapsed in 2018.'],
  ['depending on a choice', 'Members pay towards their health cover, depending on the plan they choose.'],
  ['depending on a choice', 'Fares vary depending on the time of day.'],
  ["a deal's own requirement", 'Halden union members approved an agreement that includes a pay freeze and requires nurses to contribute to their pensions.'],
  ["a deal's own requirement", 'The pact, which requires both firms to keep their plants open, was signed in Karsk.'],
  ['contingency', 'Should the weather prove acceptable, the launch will go ahead at noon.'],
  ['insist + bare verb', 'Vesk insisted Norland was ready.'],
  ['insist + bare verb', 'The minister insisted the plan was fair.'],
  ['blocking until', 'The senator blocked the bill in March.'],
  ['an open question', 'Experts in Karsk are debating whether the Vesk premier should settle for a deal with Norland.'],
  ['an open question', 'The Vesk premier said Norland now needed to choose whether to accept the reforms proposed by the Greens.'],
  ['a forecast', 'People expected Brindle to fetch around 11 dollars a share, but the Vesk board wanted more.'],
  ['a time, not a term', 'The Vesk club is expected to reject every bid for its goalkeeper at least until after the holidays.'],
  ['a time, not a term', 'The Vesk council will not discuss the plan until after the summer break.'],
  ['a time, not a term', 'The two sides should wait at least four or five weeks, the Vesk minister said.'],
  ["one's own goal", 'We will not compromise on any point, and we shall continue until we achieve a full truce, the Norland general said.'],
  ["a plan's or a law's requirement", 'The Vesk minister said the vote would be held in June, as required by the charter.'],
  ['contingency', 'Policymakers must weigh the strength of the krona should it raise rates.'],
];

describe('condition frames (invented grid, COND5)', () => {
  it.each(conditions)('%s: %s', (_frame, text) => {
    expect(analyze(text).cues.map((c) => c.type)).toContain('condition');
  });
  it.each(noCondition)('no condition (%s): %s', (_frame, text) => {
    expect(analyze(text).cues.map((c) => c.type)).not.toContain('condition');
  });
});
