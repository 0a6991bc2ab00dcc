/**
 * Attribution of a stance to a body speaking through people (helper HOLDY): the constructions by which news gives
 * a stance to an organisation, a ministry, a union, a company or a party — through a statement, a spokesperson,
 * officials, sources, an organ of the body, an officer, a release in the first person, or a sentence that
 * continues the body named before — and the ones that lost the holder of a span-matched cue in the tuning half of
 * an outside set of real news paragraphs (labour, business, diplomacy, politics; kept outside the repository).
 * Every sentence here is our own, with invented parties. The holder follows the gold files' practice: a named
 * officer speaking for a body may hold it, or the body (the person's affiliation counts); an unnamed spokesperson,
 * officials, a statement or a release give it to the body; a ministry's to its country or the ministry. Kinds:
 *
 *   statement          "X said in a statement", "In a statement, X said", "the ministry said in a statement that …"
 *   spokes-for         "a spokesperson for X said", "X spokesman Y said", "said Y, a spokeswoman for X"
 *   through-spokes     "X said through a spokesman", "X, through its spokeswoman, said"
 *   officials-at       "officials at X said", "X officials said", "officials of X told reporters"
 *   according-to       "according to X", "according to a statement from X"
 *   sources-close      "sources close to X said X …", "people familiar with X's thinking said it …"
 *   body-organ         "X's board", "the X board", "the union's executive committee": X holds it
 *   officer-title      "the union's general secretary, Y, said", "X chief executive Y said the company …", a party leader,
 *                      a minister and the ministry
 *   first-person       a release or statement in the first person ("We remain open to talks," X said in a statement)
 *   continues          "It said …", "The company added …", "The union said it …" after a paragraph naming the body
 *   country-poss-body  a country's possessive before a body's name or description ("Norland's Tarsk Mining rejected",
 *                      "Norland's largest union"): the body holds it, the country only places it
 *   participle-adjunct a participle clause after the main clause (", demanding that …", ", saying it …"): the main
 *                      clause's subject holds it, not a party named in the clause's object
 *   speaker-body       a bare description ("the union", "the company") in the words of a speaker affiliated with a
 *                      body ("Ada Kell, with the HWU, said … Kell said the union …"): the speaker's body
 *   name-before-noun   a body's name right before a stance noun, with no possessive ("Velmar rejection of the offer")
 *   ministry-country   a ministry named with its country's possessive ("the spokesperson for Norland's Foreign Ministry")
 *
 * `known` marks a case that did not pass on the first run (before any change of this round). Floors per kind are
 * at the first-run rates (below), raised when a change lifts them.
 */
import { challengeSuite, judgeText, kindFloors } from './helpers/challenge.js';
import type { FamilyCase } from './helpers/challenge.js';

type AttrCase = FamilyCase;

const CASES: AttrCase[] = [
  // statement
  { c: 'statement', text: 'Tarsk Mining said in a statement that it would not accept the revised offer from Corvane Holdings.', at: 'would not accept the revised offer', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'statement', text: 'In a statement on Monday, the Halden Workers\' Union said it was ready to resume talks with Marlow Council.', at: 'ready to resume talks', type: 'engagement', holder: ["Halden Workers' Union"] },
  { c: 'statement', text: 'The Norland foreign ministry said in a statement that it rejected any talks with Vesk while the blockade lasted.', at: 'rejected any talks with Vesk', type: 'refusal', holder: ['Norland'], known: 'holder' },
  { c: 'statement', text: 'Corvane Holdings rejected the claim. The company said in a statement that it remained open to talks with the Tarsk board.', at: 'remained open to talks', type: 'engagement', holder: ['Corvane Holdings'] },
  { c: 'statement', text: 'A statement from the Velmar Teachers Union said it would only return to talks if the ministry withdrew the bill.', at: 'would only return to talks if', type: 'condition', holder: ['Velmar Teachers Union'] },
  // spokes-for
  { c: 'spokes-for', text: 'A spokesperson for Harbex Ports said the company would not negotiate while the strike continued.', at: 'would not negotiate', type: 'refusal', holder: ['Harbex Ports'] },
  { c: 'spokes-for', text: 'Harbex Ports spokesman Ivo Dran said the company was willing to meet the union next week.', at: 'willing to meet the union', type: 'engagement', holder: ['Harbex Ports', 'Ivo Dran'] },
  { c: 'spokes-for', text: '"We are ready to sit down with the union at any time," said Lena Brask, a spokeswoman for Marlow Council.', at: 'ready to sit down with the union', type: 'engagement', holder: ['Marlow Council', 'Lena Brask'] },
  { c: 'spokes-for', text: 'A spokeswoman for the Orvane Front said the party would not join any coalition led by the Velmor Party.', at: 'would not join any coalition', type: 'refusal', holder: ['Orvane Front'] },
  { c: 'spokes-for', text: "A spokesman for Norland's foreign ministry said Norland was prepared to hold talks with Vesk.", at: 'prepared to hold talks with Vesk', type: 'engagement', holder: ['Norland'] },
  // through-spokes
  { c: 'through-spokes', text: 'Corvane Holdings said through a spokesman that it had no plans to raise its offer for Tarsk Mining.', at: 'had no plans to raise its offer', type: 'refusal', holder: ['Corvane Holdings'] },
  { c: 'through-spokes', text: 'The Velmar Teachers Union, through its spokeswoman, said it would attend the talks called by the ministry.', at: 'would attend the talks', type: 'engagement', holder: ['Velmar Teachers Union'] },
  { c: 'through-spokes', text: 'Harbex Ports declined through a spokesperson to meet the shop stewards before Friday.', at: 'declined through a spokesperson to meet', type: 'refusal', holder: ['Harbex Ports'], known: 'nocue' },
  { c: 'through-spokes', text: 'Through a spokesman, Tarsk Mining said it rejected the bid from Corvane Holdings.', at: 'rejected the bid', type: 'refusal', holder: ['Tarsk Mining'] },
  // officials-at
  { c: 'officials-at', text: 'Officials at Harbex Ports said the company was ready to resume talks with the dockers.', at: 'ready to resume talks', type: 'engagement', holder: ['Harbex Ports'] },
  { c: 'officials-at', text: 'Velmar Teachers Union officials said they would not return to talks until the bill was withdrawn.', at: 'would not return to talks', type: 'refusal', holder: ['Velmar Teachers Union'] },
  { c: 'officials-at', text: 'Officials of the Halden Workers\' Union told reporters they had rejected the latest offer from Marlow Council.', at: 'had rejected the latest offer', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'officials-at', text: 'Union officials at Dorune Health said they were willing to meet the board on Monday.', at: 'willing to meet the board', type: 'engagement', holder: ['Dorune Health', 'union officials'] },
  { c: 'officials-at', text: 'Norland officials said they were open to talks with Vesk on the border crossings.', at: 'open to talks with Vesk', type: 'engagement', holder: ['Norland'], known: 'holder' },
  // according-to
  { c: 'according-to', text: 'According to Harbex Ports, the union has refused to meet its negotiators since March.', at: 'has refused to meet its negotiators', type: 'refusal', holder: ['union'] },
  { c: 'according-to', text: 'Tarsk Mining is ready to reopen talks with Corvane Holdings, according to a statement from the company.', at: 'ready to reopen talks', type: 'engagement', holder: ['Tarsk Mining'] },
  { c: 'according-to', text: 'The Orvane Front will not join the coalition, according to its leader, Tal Brenn.', at: 'will not join the coalition', type: 'refusal', holder: ['Orvane Front', 'Tal Brenn'] },
  { c: 'according-to', text: 'According to the Velmar Teachers Union, the ministry turned down its request for a meeting.', at: 'turned down its request for a meeting', type: 'refusal', holder: ['ministry'] },
  { c: 'according-to', text: 'Corvane Holdings agreed to hold talks with Tarsk Mining next week, according to people familiar with the matter.', at: 'agreed to hold talks', type: 'engagement', holder: ['Corvane Holdings'] },
  // sources-close
  { c: 'sources-close', text: 'Sources close to Tarsk Mining said the company was willing to open its books to Corvane Holdings.', at: 'willing to open its books', type: 'engagement', holder: ['Tarsk Mining'] },
  { c: 'sources-close', text: 'People familiar with Harbex Ports\' thinking said it would not raise its offer again.', at: 'would not raise its offer', type: 'refusal', holder: ['Harbex Ports'] },
  { c: 'sources-close', text: 'A source close to the Orvane Front said the party would only join a coalition if it got the finance ministry.', at: 'would only join a coalition if', type: 'condition', holder: ['Orvane Front'] },
  { c: 'sources-close', text: 'Sources in the Norland delegation said Norland had agreed to meet Vesk in Calder next week.', at: 'had agreed to meet Vesk', type: 'engagement', holder: ['Norland'] },
  // body-organ
  { c: 'body-organ', text: "Tarsk Mining's board rejected the offer from Corvane Holdings on Monday.", at: 'rejected the offer', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'body-organ', text: 'The Harbex Ports board said it was open to talks with any serious bidder.', at: 'open to talks', type: 'engagement', holder: ['Harbex Ports'] },
  { c: 'body-organ', text: "The Halden Workers' Union's executive committee voted to reject the pay offer from Marlow Council.", at: 'voted to reject the pay offer', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'body-organ', text: 'The board of Dorune Health said it would meet the union only if the strike was called off.', at: 'would meet the union only if', type: 'condition', holder: ['Dorune Health'] },
  { c: 'body-organ', text: "The Velmor Party's national council ruled out a coalition with the Orvane Front.", at: 'ruled out a coalition', type: 'refusal', holder: ['Velmor Party'] },
  // officer-title
  { c: 'officer-title', text: "The union's general secretary, Ada Kell, said the Halden Workers' Union would not accept the offer.", at: 'would not accept the offer', type: 'refusal', holder: ["Halden Workers' Union", 'Ada Kell'] },
  { c: 'officer-title', text: 'Harbex Ports chief executive Lina Morr said the company was ready to negotiate with the dockers.', at: 'ready to negotiate', type: 'engagement', holder: ['Harbex Ports', 'Lina Morr'] },
  { c: 'officer-title', text: 'Orvane Front leader Tal Brenn said the party would not join a government with the Velmor Party.', at: 'would not join a government', type: 'refusal', holder: ['Orvane Front', 'Tal Brenn'] },
  { c: 'officer-title', text: 'Labour Minister Pella Morn said the ministry was willing to meet the Velmar Teachers Union on Friday.', at: 'willing to meet the Velmar Teachers Union', type: 'engagement', holder: ['Pella Morn', 'ministry'] },
  { c: 'officer-title', text: "Ivo Ren, president of the Calder Dock Union, said the union was ready to resume talks if Harbex Ports dropped the job cuts.", at: 'ready to resume talks', type: 'engagement', holder: ['Calder Dock Union', 'Ivo Ren'] },
  // first-person
  { c: 'first-person', text: '"We remain open to constructive talks with Corvane Holdings," Tarsk Mining said in a statement.', at: 'We remain open to constructive talks', type: 'engagement', holder: ['Tarsk Mining'] },
  { c: 'first-person', text: 'The Halden Workers\' Union issued a statement on Friday. "We will not accept an offer that cuts our members\' pay," it said.', at: 'We will not accept an offer', type: 'refusal', holder: ["Halden Workers' Union"] },
  { c: 'first-person', text: 'Harbex Ports said on Monday: "We are ready to meet the union at any time, provided the blockade ends."', at: 'We are ready to meet the union', type: 'engagement', holder: ['Harbex Ports'] },
  { c: 'first-person', text: '"Our door remains open to the ministry," the Velmar Teachers Union said in a press release.', at: 'Our door remains open to the ministry', type: 'engagement', holder: ['Velmar Teachers Union'] },
  { c: 'first-person', text: 'In a statement, the Orvane Front said: "We reject the invitation of the Velmor Party to join its government."', at: 'We reject the invitation', type: 'refusal', holder: ['Orvane Front'] },
  // continues
  { c: 'continues', text: 'Tarsk Mining turned down a bid from Corvane Holdings on Monday. It said it would not engage with Corvane on those terms.', at: 'would not engage with Corvane', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'continues', text: 'Harbex Ports rejected the union\'s claim. The company added that it was ready to resume talks next week.', at: 'ready to resume talks', type: 'engagement', holder: ['Harbex Ports'] },
  { c: 'continues', text: 'The Velmar Teachers Union walked out of the talks with the ministry. The union said it would return only if the bill was withdrawn.', at: 'would return only if', type: 'condition', holder: ['Velmar Teachers Union'] },
  { c: 'continues', text: 'Marlow Council made a new offer to the Halden Workers\' Union on Friday. The council said it was willing to meet the union again on Monday.', at: 'willing to meet the union', type: 'engagement', holder: ['Marlow Council'] },
  { c: 'continues', text: 'The Norland foreign ministry summoned the Vesk envoy on Monday. It said Norland would not hold talks with Vesk while the blockade lasted.', at: 'would not hold talks with Vesk', type: 'refusal', holder: ['Norland'] },
  // country-poss-body
  { c: 'country-poss-body', text: "Norland's Tarsk Mining on Monday rejected a revised buyout approach from Corvane Holdings.", at: 'rejected a revised buyout approach', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'country-poss-body', text: "Vesk's biggest union has urged members to reject the ministry's new offer.", at: 'urged members to reject', type: 'refusal', holder: ["Vesk's biggest union", 'biggest union'], known: 'holder' },
  { c: 'country-poss-body', text: "Brelvania's Harbex Ports said it was open to talks with the dockers' union.", at: 'open to talks', type: 'engagement', holder: ['Harbex Ports'], known: 'holder' },
  { c: 'country-poss-body', text: "Norland's biggest carmaker, Velaro Motors, said it had held early merger talks with Dorune Motors.", at: 'had held early merger talks', type: 'engagement', holder: ['Velaro Motors'] },
  // participle-adjunct
  { c: 'participle-adjunct', text: 'The Norland government walked out of talks with the striking staff of the Velmar Teachers Union, demanding that the staff end the walkout first.', at: 'demanding that the staff end the walkout', type: 'condition', holder: ['Norland'] },
  { c: 'participle-adjunct', text: 'Harbex Ports rejected the offer from the Calder Dock Union, saying it would not negotiate under threat of a strike.', at: 'would not negotiate', type: 'refusal', holder: ['Harbex Ports'] },
  { c: 'participle-adjunct', text: 'Tarsk Mining turned down the approach from Corvane Holdings, insisting that any bid must value the company fairly.', at: 'any bid must value the company fairly', type: 'condition', holder: ['Tarsk Mining'] },
  { c: 'participle-adjunct', text: 'The Orvane Front broke off coalition talks with the Velmor Party, demanding that the budget be withdrawn first.', at: 'demanding that the budget be withdrawn', type: 'condition', holder: ['Orvane Front'] },
  // speaker-body
  { c: 'speaker-body', text: 'Ada Kell, with the HWU, said the offer was an insult. Kell said the union would not accept any cut in pay.', at: 'would not accept any cut in pay', type: 'refusal', holder: ['HWU', 'Ada Kell'] },
  { c: 'speaker-body', text: 'Ivo Dran, the president of CDU Local 88, said the port had ignored the workers. Dran said the union hoped to reach an agreement before the summer.', at: 'hoped to reach an agreement', type: 'engagement', holder: ['CDU Local 88', 'Ivo Dran'], known: 'holder' },
  { c: 'speaker-body', text: 'Lina Morr, a director at Harbex Ports, spoke to reporters after the vote. Morr said the company remained willing to talk to the dockers.', at: 'remained willing to talk', type: 'engagement', holder: ['Harbex Ports', 'Lina Morr'] },
  { c: 'speaker-body', text: 'Tal Brenn of the OFP told the rally the budget was unfair. Brenn said the party would not support it unless the tax rise was dropped.', at: 'unless the tax rise was dropped', type: 'condition', holder: ['OFP', 'Tal Brenn'] },
  // name-before-noun
  { c: 'name-before-noun', text: 'Velmar rejection of port staff pay deal', at: 'rejection of port staff', type: 'refusal', holder: ['Velmar'], known: 'holder' },
  { c: 'name-before-noun', text: 'The Marlow Council said the Velmar rejection of the pay offer was regrettable.', at: 'rejection of the pay offer', type: 'refusal', holder: ['Velmar'], known: 'holder' },
  { c: 'name-before-noun', text: 'Tarsk Mining refusal to meet Corvane angers shareholders', at: 'refusal to meet Corvane', type: 'refusal', holder: ['Tarsk Mining'], known: 'nocue' },
  // ministry-country
  { c: 'ministry-country', text: 'The Spokesperson for Norland\'s Foreign Ministry said: "We are open to talks with Vesk at any level."', at: 'We are open to talks with Vesk', type: 'engagement', holder: ['Norland'], known: 'holder' },
  { c: 'ministry-country', text: "Norland's Foreign Ministry said it would not hold talks with Vesk while the blockade lasted.", at: 'would not hold talks with Vesk', type: 'refusal', holder: ['Norland'] },
  { c: 'ministry-country', text: "A statement from Vesk's defence ministry said Vesk was ready to discuss a ceasefire with Norland.", at: 'ready to discuss a ceasefire', type: 'engagement', holder: ['Vesk'] },
];

const judge = (k: AttrCase) => judgeText(k);

challengeSuite('attribution to bodies (HOLDY)', CASES, judge, { pad: 20 });

/**
 * First run (main c4513bf, before any change of this round), found / right: statement 5/5 4/5, spokes-for 5/5 4/5,
 * through-spokes 3/4 3/4, officials-at 5/5 3/5, according-to 5/5 5/5, sources-close 4/4 3/4, body-organ 5/5 5/5,
 * officer-title 5/5 5/5, first-person 5/5 5/5, continues 5/5 5/5, country-poss-body 4/4 1/4, participle-adjunct 4/4
 * 4/4, speaker-body 4/4 2/4, name-before-noun 2/3 0/3, ministry-country 3/3 2/3 (all: 51/66 right, found 64/66).
 * Now (branch HOLDY): spokes-for 5/5, officials-at 4/5, sources-close 4/4, country-poss-body 2/4, speaker-body 3/4
 * right, the others as at first (all: 56/66 right). The cases still failing name invented parties the actors stage
 * cannot type ("Velmar rejection", "Vesk's biggest union", "Norland officials", "CDU Local 88" where CDU is a known
 * party); the same constructions with known names pass.
 */
const FLOORS: Record<string, [number, number]> = {
  statement: [5 / 5, 4 / 5], 'spokes-for': [5 / 5, 5 / 5], 'through-spokes': [3 / 4, 3 / 4], 'officials-at': [5 / 5, 4 / 5],
  'according-to': [5 / 5, 5 / 5], 'sources-close': [4 / 4, 4 / 4], 'body-organ': [5 / 5, 5 / 5], 'officer-title': [5 / 5, 5 / 5],
  'first-person': [5 / 5, 5 / 5], continues: [5 / 5, 5 / 5], 'country-poss-body': [4 / 4, 2 / 4], 'participle-adjunct': [4 / 4, 4 / 4],
  'speaker-body': [4 / 4, 3 / 4], 'name-before-noun': [2 / 3, 0 / 3], 'ministry-country': [3 / 3, 2 / 3],
};

kindFloors(CASES, judge, FLOORS);
