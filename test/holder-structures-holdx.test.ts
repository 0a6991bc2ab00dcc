/**
 * Holder structures of real news (helper HOLDX): the constructions that gave a span-matched cue the wrong holder in
 * the tuning half of an outside set of real news paragraphs (diplomacy, labour, business and domestic politics,
 * kept outside the repository), counted by construction, not by sentence. Every sentence here is our own, with
 * invented parties; none is copied from news. Kinds:
 *
 *   desc-before        a bare description ("the union", "the company", "the vendor") or its pronoun opens a
 *                      sentence after a paragraph that named the body: the body named before holds it
 *   demonym-trade      a nationality and a trade before a company's name ("Norlandic engineer Harbex said it …"):
 *                      the company holds it, not the country
 *   by-agent           the party after "by" holds a rejection noun or a passive ("the rejection of the offer by
 *                      the Velmar union", "an offer … which was rejected by Harbex")
 *   speaker-not-party  a reported stance whose words name another party (a fronted condition's subject, an offer's
 *                      maker before the noun, an earlier speaker's own clause): the speaker of the clause holds it
 *   possessor-subject  a stance noun opening the clause with a possessor ("Marlow Council's latest offer was
 *                      conditional on …"): the possessor holds it
 *   title-group        a group of officers of a body, named after a comma ("Co-chairs of the X committee, A and B,
 *                      wrote: …"): the body or its officers hold it, not a party called "Co-chairs"
 *
 * `known` marks a case that did not pass on the first run (before any change of this round). Floors per kind are
 * at the first-run rates (below), raised when a change lifts them.
 */
import { challengeSuite, judgeText, kindFloors } from './helpers/challenge.js';
import type { FamilyCase } from './helpers/challenge.js';

type StructCase = FamilyCase;

const CASES: StructCase[] = [
  // desc-before
  { c: 'desc-before', text: "Talks stalled after the Orvane Transport Union rejected the latest offer from the rail operators. The union said it would not return to the table.", at: 'would not return to the table', type: 'refusal', holder: ['Orvane Transport Union'] },
  { c: 'desc-before', text: "The council branded the decision by trade union Velmar as disappointing. The union said it needed more certainty over the council's offer.", at: 'needed more certainty', type: 'condition', holder: ['Velmar'], known: 'nocue' },
  { c: 'desc-before', text: 'Velmar has rejected the latest offers from the Halden Rail Board and the Norcross operators. The union said it was rejecting them because they were far too low.', at: 'it was rejecting them', type: 'refusal', holder: ['Velmar'], known: 'holder' },
  { c: 'desc-before', text: 'The union said it was rejecting the offers from the Halden Rail Board. It is calling for an unconditional pay offer and a job security agreement.', at: 'calling for an unconditional pay offer', type: 'condition', holder: ['union'] },
  { c: 'desc-before', text: 'Tarsk Mining turned down a bid from Corvane Holdings on Monday. The company said it would not engage with Corvane on those terms.', at: 'would not engage', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'desc-before', text: 'Plurim Systems said the bid from a group led by its founder was far too low. The vendor is now ending the sale process, saying the decision serves its shareholders.', at: 'ending the sale process', type: 'refusal', holder: ['Plurim Systems'], known: 'nocue' },
  { c: 'desc-before', text: "Staff at Dorune Health are represented by the nurses' union Kelva. The union has rejected the latest pay offer from the board.", at: 'has rejected the latest pay offer', type: 'refusal', holder: ['Kelva'] },
  { c: 'desc-before', text: 'Members of the Calder Dock Union voted against the deal from Harbex Ports. The union said any new deal had to address pay.', at: 'any new deal had to address pay', type: 'condition', holder: ['Calder Dock Union'] },
  // (added after the first fixes, both 'other holder' on the base commit: a union named by its initials only)
  { c: 'desc-before', text: 'GMB has turned down the latest pay offer from Marlow Council. The union said it would not return to talks until the offer improved.', at: 'would not return to talks', type: 'refusal', holder: ['GMB'] },
  { c: 'desc-before', text: 'NWU rejected the deal put forward by Harbex Ports on Monday. The union said it was ready to resume talks next week.', at: 'ready to resume talks', type: 'engagement', holder: ['NWU'] },
  // demonym-trade
  { c: 'demonym-trade', text: 'Norlandic engineer Harbex said on Thursday it had held early talks about a takeover with Velmar Tools.', at: 'had held early talks', type: 'engagement', holder: ['Harbex'], known: 'nocue' },
  { c: 'demonym-trade', text: 'British cement maker Corlen says it has had initial merger talks with a rival from Vesk.', at: 'has had initial merger talks', type: 'engagement', holder: ['Corlen'] },
  { c: 'demonym-trade', text: 'UK retailer Marlow Stores has rejected a revised bid from Corvane Capital.', at: 'has rejected a revised bid', type: 'refusal', holder: ['Marlow Stores'] },
  { c: 'demonym-trade', text: 'French carmaker Velaro said it was open to talks with Dorune Motors about a merger.', at: 'was open to talks', type: 'engagement', holder: ['Velaro'] },
  { c: 'demonym-trade', text: 'German chemicals group Tessaly said it would not accept the offer from Harbex.', at: 'would not accept the offer', type: 'refusal', holder: ['Tessaly'] },
  { c: 'demonym-trade', text: 'Norwegian fish farmer Kaldor said it had started talks with its bigger rival Salvik.', at: 'had started talks', type: 'engagement', holder: ['Kaldor'] },
  // (added after the first fixes, all three 'other holder' on the base commit: the country took the pronoun)
  { c: 'demonym-trade', text: 'UK cement manufacturer Corlen Works says it has had initial merger talks with Tarvex.', at: 'has had initial merger talks', type: 'engagement', holder: ['Corlen Works'] },
  { c: 'demonym-trade', text: 'US chipmaker Ardent Logic says it is open to talks with Velmar Semiconductors.', at: 'open to talks', type: 'engagement', holder: ['Ardent Logic'] },
  { c: 'demonym-trade', text: 'Canadian miner Harlow Ridge said it would not accept the bid from Tessaly.', at: 'would not accept the bid', type: 'refusal', holder: ['Harlow Ridge'] },
  // (added with the dateline fix; 'other holder' on the base commit: a dateline whose dash the page lost)
  { c: 'demonym-trade', text: 'OSLO, June 21 Norwegian fish farmer Kaldor said on Thursday it had started talks with its rival Salvik.', at: 'had started talks', type: 'engagement', holder: ['Kaldor'] },
  // by-agent
  { c: 'by-agent', text: 'The council called the rejection of a pay rise by the Velmar Workers Union disappointing.', at: 'the rejection of a pay rise', type: 'refusal', holder: ['Velmar Workers Union'] },
  { c: 'by-agent', text: "The employers' association branded the rejection of the offer by trade union Tarvo as 'regrettable'.", at: 'the rejection of the offer', type: 'refusal', holder: ['Tarvo'] },
  { c: 'by-agent', text: 'Ministers in Norland regretted the refusal of further talks by the Orvane Front.', at: 'the refusal of further talks', type: 'refusal', holder: ['Orvane Front'] },
  { c: 'by-agent', text: 'The December bid from Corvane was lower than its March offer, which was rejected by Harbex in August.', at: 'which was rejected by Harbex', type: 'refusal', holder: ['Harbex'] },
  { c: 'by-agent', text: 'Harbex said the bid was far too low. An earlier offer that Corvane made in March was rejected by the company in August.', at: 'was rejected by the company', type: 'refusal', holder: ['Harbex'], known: 'holder' },
  { c: 'by-agent', text: 'The peace plan put forward by Vesk was rejected by Norland within hours.', at: 'was rejected by Norland', type: 'refusal', holder: ['Norland'] },
  // speaker-not-party
  { c: 'speaker-not-party', text: '"As long as Vesk keeps its troops on the border, there will be no need for talks," Norland\'s foreign ministry spokesman Tal Brenn said.', at: 'there will be no need for talks', type: 'refusal', holder: ['Tal Brenn', 'Norland'] },
  { c: 'speaker-not-party', text: 'Despite being higher than its first bid, the Corvane offer still undervalued the company, Harbex said.', at: 'the Corvane offer still undervalued the company', type: 'refusal', holder: ['Harbex'] },
  { c: 'speaker-not-party', text: '"This is nothing but empty words," Vesk spokesman Ivo Dran told reporters, after Tal Brenn said in an interview that he would agree to sit down with the Vesk president.', at: 'he would agree to sit down', type: 'engagement', holder: ['Tal Brenn'] },
  { c: 'speaker-not-party', text: 'The Vesk government dismissed Norlandic President Tal Brenn\'s statement that he was ready for direct talks.', at: 'he was ready for direct talks', type: 'engagement', holder: ['Tal Brenn', 'Norland'] },
  { c: 'speaker-not-party', text: '"If Vesk lifts the blockade, we will resume the talks," the Norland foreign minister said.', at: 'we will resume the talks', type: 'engagement', holder: ['Norland'], known: 'holder' },
  { c: 'speaker-not-party', text: '"The new proposal from Corvane still fails to value our mines," Tarsk Mining said in a statement.', at: 'still fails to value our mines', type: 'refusal', holder: ['Tarsk Mining'], known: 'nocue' },
  // (added after the first fixes, outcome on the base commit in brackets: the offer's maker is a party of the text, and
  // a pronoun after "said <phrase> that" in a clause after the main one)
  { c: 'speaker-not-party', text: 'Marlow Stores rejected a revised bid from private equity group Corvane. Despite being higher than its first bid, the Corvane offer still undervalued the company, Marlow Stores said.', at: 'offer still undervalued', type: 'refusal', holder: ['Marlow Stores'] }, // [holder Corvane]
  { c: 'speaker-not-party', text: "Harbex turned down an approach from Tessaly on Monday. Tessaly's revised proposal continues to undervalue the group, Harbex said.", at: 'proposal continues to undervalue', type: 'refusal', holder: ['Harbex'] }, // [right]
  { c: 'speaker-not-party', text: 'Ivo Dran, the Vesk envoy, spoke to reporters after Tal Brenn said on television that he was ready to meet the Vesk president.', at: 'ready to meet', type: 'engagement', holder: ['Tal Brenn'] }, // [holder Ivo Dran]
  // possessor-subject
  { c: 'possessor-subject', text: "Staff in the Velmar union and the Tarvo union are poised to strike again. Marlow Council's latest offer had been conditional on the action being called off.", at: 'had been conditional on the action being called off', type: 'condition', holder: ['Marlow Council'] },
  { c: 'possessor-subject', text: "Norland's offer of talks depends on Vesk withdrawing its troops.", at: 'depends on Vesk withdrawing', type: 'condition', holder: ['Norland'] },
  { c: 'possessor-subject', text: "Harbex's bid is conditional on the Corlen board recommending it.", at: 'is conditional on the Corlen board recommending it', type: 'condition', holder: ['Harbex'] },
  { c: 'possessor-subject', text: "Vesk's precondition for talks with Norland is an end to the blockade, its envoy said.", at: 'precondition for talks with Norland', type: 'condition', holder: ['Vesk'] },
  // title-group
  { c: 'title-group', text: 'Co-chairs of the Velmar doctors\' committee, Dr Ana Sol and Dr Ivo Ren, wrote: "We remain open to talks with the government at any time."', at: 'We remain open to talks', type: 'engagement', holder: ["Velmar doctors' committee", 'Ana Sol', 'Ivo Ren'] },
  { c: 'title-group', text: "Leaders of the Halden Workers' Union, Pella Morn and Ivo Dran, said they were ready to resume talks.", at: 'were ready to resume talks', type: 'engagement', holder: ["Halden Workers' Union", 'Pella Morn', 'Ivo Dran'] },
  { c: 'title-group', text: 'Joint leaders of the Orvane Front, Tal Brenn and Ada Kell, said they would not join the coalition.', at: 'would not join the coalition', type: 'refusal', holder: ['Orvane Front', 'Tal Brenn', 'Ada Kell'] },
];

const judge = (k: StructCase) => judgeText(k);

challengeSuite('holder structures of real news (HOLDX)', CASES, judge, { pad: 20 });

/**
 * First run (main 505eae0, before any change of this round): kind found/right — desc-before 6/8 3/8, demonym-trade
 * 5/6 5/6, by-agent 6/6 3/6, speaker-not-party 5/6 2/6, possessor-subject 4/4 4/4, title-group 3/3 3/3
 * (all: 20/33 right, found 29/33). Now: desc-before 8/10 7/10 (two added, 0/2 right on the base), by-agent 6/6 5/6, speaker-not-party 8/9 7/9 (three cases added after the first
 * fixes, 1/3 right on the base), demonym-trade 9/10 9/10 (four added, 0/4 right on the base), the others as at first
 * (35/42 right).
 */
const FLOORS: Record<string, [number, number]> = {
  'desc-before': [8 / 10, 7 / 10], 'demonym-trade': [9 / 10, 9 / 10], 'by-agent': [6 / 6, 5 / 6], 'speaker-not-party': [8 / 9, 7 / 9],
  'possessor-subject': [4 / 4, 4 / 4], 'title-group': [3 / 3, 3 / 3],
};

kindFloors(CASES, judge, FLOORS);
