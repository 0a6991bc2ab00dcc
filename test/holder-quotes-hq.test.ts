/**
 * The holder of a stance whose party comes from outside its own clause (helper HQ, issue #10): the speaker of a
 * quotation and whose voice that speaker is, a quotation framed only by "he added", a speech quoted over several
 * paragraphs, a description continuing the subject of the sentence before, and a paragraph that names no one after
 * a paragraph that ended on a stance. Every sentence here is our own, with invented parties. Kinds:
 *
 *   voice-title   "a spokesman for X" named before, then "the spokesman said, "We …"": X's stance (no person of
 *                 that title is named, so the title stands for the body it is the voice of)
 *   he-added      "…," the spokesman said. ¶ He added, "We …": the quotation goes on with the last speaker named
 *   speech-paras  a speech quoted over several paragraphs, each opening with a quotation mark and none attributed
 *                 but the first: the first paragraph's speaker
 *   desc-subject  "The Velmor Front rejected the army's account. ¶ The group said …": the description continues the
 *                 named subject of the sentence before (after its article), not the possessor of its object; but
 *                 "the company" after "The X Workers called a strike at Y" is still Y, the one of that trade
 *   label-turn    a transcript turn ("PERRIN: The complaint stays.") naming no party after a question that did: the
 *                 labelled speaker, not the party the question named
 *   prev-para     a paragraph naming no party ("The walkout, begun at dawn, …") right after a paragraph that
 *                 ended on a stance: that stance's holder, not the document's most named party
 *
 * `known` marks a case that still fails. The first run (hq's base, main 012df41) is recorded below the cases.
 */
import { challengeSuite, judgeText, kindFloors } from './helpers/challenge.js';
import type { FamilyCase } from './helpers/challenge.js';

const CASES: FamilyCase[] = [
  // voice-title
  { c: 'voice-title', text: 'Talks between Norland and Vesk resumed on Monday, a spokesman for Norland\'s foreign ministry said.\n\nThe spokesman said, "Vesk has not sent its answer yet. If they show goodwill, we are prepared to continue the talks."', at: 'prepared to continue the talks', type: 'engagement', holder: ['Norland'] },
  { c: 'voice-title', text: 'Talks between Norland and Vesk resumed on Monday, a spokesman for Norland\'s foreign ministry said.\n\nThe spokesman said, "We stand ready to resume talks with Vesk if the shelling stops."', at: 'ready to resume talks with Vesk', type: 'engagement', holder: ['Norland'] },
  { c: 'voice-title', text: 'The Halden Workers\' Union will strike on Friday, a spokeswoman for the union said.\n\nThe spokeswoman said: "Harbex Ports has not replied to our letter. Any return to the table will depend on the goodwill of the other side."', at: 'depend on', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'voice-title', text: 'A Corvane Holdings spokesperson confirmed the approach on Friday.\n\n"Tarsk Mining has had the letter for a week. The outcome will depend on the answer of its board," the spokesperson said.', at: 'depend on', type: 'condition', holder: ['Corvane Holdings'] },
  { c: 'voice-title', text: 'The Orvane Party will vote against the budget, the party\'s spokesman told reporters.\n\nThe spokesman said: "The Velmor Party has ignored us for months. We are still ready to meet its leaders."', at: 'ready to meet its leaders', type: 'engagement', holder: ['Orvane Party'] },
  { c: 'voice-title', text: 'The Marlow Council spokeswoman said the offer was final.\n\nLater the spokeswoman said, "We will sit down with the drivers\' union on Monday."', at: 'will sit down with', type: 'engagement', holder: ['Marlow Council'] },
  { c: 'voice-title', text: 'A spokesman for Harbex Ports said the offer stood.\n\nThe spokesman for the Halden Workers\' Union said, "We will not meet them until the lockout ends."', at: 'will not meet them', type: 'refusal', holder: ["Halden Workers' Union"] },
  // he-added
  { c: 'he-added', text: '"Nothing has changed," the spokesman for Brelvania\'s interior ministry said on Monday.\n\nHe added, "Our message is simple: we urge Karsk to come back to the negotiating table."', at: 'urge Karsk', type: 'condition', holder: ['Brelvania'] },
  { c: 'he-added', text: 'The talks with Vesk were useful, the spokeswoman for Norland\'s trade ministry said.\n\nShe added: "Vesk knows our terms. The next round will depend on its answer."', at: 'depend on', type: 'condition', holder: ['Norland'] },
  { c: 'he-added', text: '"We have heard nothing from the Harbex board," the spokesman for the Halden Workers\' Union said.\n\nHe added that the union was ready to meet Harbex Ports on Monday. "Harbex Ports has our number. We remain willing to talk."', at: 'remain willing to talk', type: 'engagement', holder: ["Halden Workers' Union"] },
  { c: 'he-added', text: '"The offer from Corvane undervalues us," the spokeswoman for Tarsk Mining said.\n\nShe added, "Corvane has asked for a meeting, and we will not agree to one."', at: 'will not agree', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'he-added', text: '"The offer is still on the table," a Harbex Ports spokeswoman said.\n\nShe added: "We are willing to meet the union on Monday."', at: 'willing to meet the union', type: 'engagement', holder: ['Harbex Ports'] },
  { c: 'he-added', text: '"We have made our position clear to Tarsk Mining," Lena Brask said.\n\nShe added: "We will not return to talks while the lockout goes on."', at: 'will not return to talks', type: 'refusal', holder: ['Lena Brask'] },
  // speech-paras
  { c: 'speech-paras', text: 'Ana Perrin spoke in parliament on Tuesday. Making a statement, Ms Perrin said: "On Friday I told the envoy that I would meet him once Vesk pulled back its troops.\n\n"I am disappointed that Vesk has refused my offer.\n\n"But if its envoy comes to Karsk with serious proposals, I am willing to sit down with him."', at: 'willing to sit down with him', type: 'engagement', holder: ['Ana Perrin'] },
  { c: 'speech-paras', text: 'The chair of the Halden Workers\' Union, Lena Brask, wrote to members on Friday: "We have met Harbex Ports four times this month.\n\n"The company has not moved on pay.\n\n"We remain willing to meet Harbex Ports at any time."', at: 'remain willing to meet', type: 'engagement', holder: ['Lena Brask', "Halden Workers' Union"] },
  { c: 'speech-paras', text: 'Tarsk Mining chief executive Ivo Dran told shareholders: "Corvane Holdings has made three offers for this company.\n\n"Each one has undervalued our business.\n\n"We will not engage with Corvane Holdings on these terms."', at: 'will not engage with', type: 'refusal', holder: ['Ivo Dran', 'Tarsk Mining'] },
  // desc-subject
  { c: 'desc-subject', text: 'The Velmor Front rejected the army\'s account of the talks in Karsk.\n\nThe group said its delegation was ready to resume the talks on Monday.', at: 'ready to resume the talks', type: 'engagement', holder: ['Velmor Front'] },
  { c: 'desc-subject', text: 'The Orvane Party disputed the government\'s figures on Tuesday.\n\nThe party said it would not join any coalition talks.', at: 'would not join any coalition talks', type: 'refusal', holder: ['Orvane Party'] },
  { c: 'desc-subject', text: 'The Halden Workers\' Union criticised the company\'s new rota.\n\nThe union said it would meet Harbex Ports only if the rota was withdrawn.', at: 'only if the rota was withdrawn', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'desc-subject', text: 'The Corvane Group questioned the regulator\'s ruling on Friday.\n\nThe group said it remained open to talks with Tarsk Mining.', at: 'open to talks', type: 'engagement', holder: ['Corvane Group'] },
  { c: 'desc-subject', text: 'The Halden Dock Workers called a strike at Orvane Freight.\n\nThe company said it was willing to meet the strikers on Monday.', at: 'willing to meet', type: 'engagement', holder: ['Orvane Freight'] },
  // prev-para
  { c: 'prev-para', text: 'Hundreds of dockers at Harbex Ports rejected the pay offer and voted to strike.\n\nThe walkout, begun at dawn, is the first at the port since 1998.\n\n"We are disappointed," said Ivo Dran, a spokesman for Harbex Ports. "We will keep the port open."\n\nDran said managers would run the cranes, Dran said.', at: 'walkout', type: 'refusal', holder: ['dockers'] },
  { c: 'prev-para', text: 'The Velmor Front walked out of the talks with Norland on Monday.\n\nThe boycott, the second this year, was condemned in Karsk.\n\n"This is a shame," said Ana Perrin, Norland\'s foreign minister. "Norland is still here." Perrin said Norland would wait. Perrin added that Norland was patient.', at: 'boycott', type: 'refusal', holder: ['Velmor Front'] },
  { c: 'prev-para', text: 'Nurses at three hospitals run by Marlow Health voted to strike over pay.\n\nThe walkout, which starts on Monday, is the first in the region since 2011.\n\nMarlow Health said it was disappointed. Marlow Health said its offer was fair, and Marlow Health said it hoped to avoid disruption.', at: 'walkout', type: 'refusal', holder: ['Nurses'] },
  // label-turn
  { c: 'label-turn', text: 'Transcript of the briefing by foreign ministry spokeswoman Ana Perrin\n\nQUESTION: Vesk says a truce could go ahead only if Norland withdraws its complaint at the court.\n\nPERRIN: The complaint stays. We will see the court case through.', at: 'The complaint stays', type: 'refusal', holder: ['Ana Perrin', 'Perrin'] },
  { c: 'label-turn', text: 'Harbex Ports press call with chief executive Ivo Dran\n\nQUESTION: The dockers\' union says it will call off the strike only if Harbex Ports drops its complaint against the union.\n\nDRAN: The complaint stays. Our lawyers will see it through.', at: 'The complaint stays', type: 'refusal', holder: ['Ivo Dran', 'Dran', 'Harbex Ports'] },
];

const judge = (k: FamilyCase) => judgeText(k);

challengeSuite('holder from outside the clause: quotations and continuation (HQ)', CASES, judge, { pad: 20 });

/**
 * First run (main 012df41, before any change of this round), found / right: voice-title 7/7 2/7, he-added 5/6 3/6,
 * speech-paras 3/3 1/3, desc-subject 4/4 3/4, prev-para 3/3 0/3, label-turn 2/2 2/2 (all: 11/25 right, found
 * 24/25; the fifth desc-subject case, added later, passed there too). Floors at the present rates.
 */
const FLOORS: Record<string, [number, number]> = {
  'voice-title': [7 / 7, 7 / 7], 'he-added': [6 / 6, 6 / 6], 'speech-paras': [3 / 3, 3 / 3], 'desc-subject': [5 / 5, 5 / 5], 'prev-para': [3 / 3, 3 / 3], 'label-turn': [2 / 2, 2 / 2],
};

kindFloors(CASES, judge, FLOORS);
