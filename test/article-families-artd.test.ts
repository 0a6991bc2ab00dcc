/**
 * Whole-article families of diplomacy and conflict news (helper ARTD): the constructions that lost a cue or its
 * holder, or made a false cue, in the tuning half of an outside set of whole real articles (ceasefire and peace
 * talks, sanctions, foreign-ministry briefings, government statements, summit readouts; kept outside the
 * repository), counted by construction and written here again, each crossed with several parties and objects of its
 * class. Every sentence is our own, with invented parties; none is copied from news. Kinds:
 *
 *   eng-not-end      a negated end, stop or halt of diplomacy, dialogue or talks ("not the end of diplomacy", "had not
 *                    put a stop to negotiations", "would not halt the dialogue"): negation flips, talks go on
 *   ref-ellipsis     a contrast clause whose predicate is left out after a party's engagement ("X is ready to sign,
 *                    but Y is not"; "X agreed to the truce; Y did not"): Y's refusal
 *   ref-not-want     a negated 'want' with a settlement, an agreement, talks or the normalisation of relations as
 *                    its object: a refusal, not a condition
 *   cond-without     a fronted "Without <that / a thing>," before a refusal or a ruling-out in the main clause
 *   eng-implement    wanting, being ready or pledging to implement, honour or abide by an agreement
 *   hold-welcome     a third party welcoming or hailing the signing of an accord between or by named parties: the
 *                    signers hold the engagement, not the one who welcomes it
 *   hold-abbrev      a headline's compass abbreviation of a country ("N. Korea", "S. Sudan", "N. Korean")
 *   neg-*            the same words where no cue of the type is meant
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run and current rates
 * are in the floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { FamilyCase, NegativeCase } from './helpers/challenge.js';

const E = 'engagement' as const;
const R = 'refusal' as const;
const C = 'condition' as const;

const CASES: FamilyCase[] = [
  // eng-not-end
  { c: 'eng-not-end', text: '"The new tariffs are not the end of diplomacy," the Norland foreign minister said.', at: 'not the end of diplomacy', type: E, holder: ['Norland'], known: 'holder' },
  { c: 'eng-not-end', text: "Norland says embargo on Vesk 'not the end of dialogue'", at: 'not the end of dialogue', type: E, holder: ['Norland'] },
  { c: 'eng-not-end', text: 'Brelvania said the embargo had not put a stop to the negotiations.', at: 'not put a stop to the negotiations', type: E, holder: ['Brelvania'] },
  { c: 'eng-not-end', text: "The Halden Workers' Union said the lockout did not mean an end to talks with the port owners.", at: 'did not mean an end to talks', type: E, holder: ["Halden Workers' Union"] },
  { c: 'eng-not-end', text: 'Vesk said the border clash would not halt the dialogue with Norland.', at: 'would not halt the dialogue', type: E, holder: ['Vesk'] },
  // ref-ellipsis
  { c: 'ref-ellipsis', text: 'Norland is ready to resume the talks, but Vesk is not.', at: 'but Vesk is not', type: R, holder: ['Vesk'] },
  { c: 'ref-ellipsis', text: 'The union was willing to meet the mediators on Friday, but the port owners were not.', at: 'but the port owners were not', type: R, holder: ['port owners'] },
  { c: 'ref-ellipsis', text: 'Brelvania agreed to the truce; the rebels did not.', at: 'the rebels did not', type: R, holder: ['rebels'] },
  { c: 'ref-ellipsis', text: 'Orsk wants a negotiated settlement, but Vesk does not, the envoy said.', at: 'but Vesk does not', type: R, holder: ['Vesk'] },
  // ref-not-want
  { c: 'ref-not-want', text: '"It is clear that Vesk does not want a settlement with Norland," the Norland envoy said.', at: 'does not want a settlement', type: R, holder: ['Vesk'] },
  { c: 'ref-not-want', text: 'Brelvania does not want a normalisation of ties with Orsk, its neighbour said.', at: 'does not want a normalisation', type: R, holder: ['Brelvania'] },
  { c: 'ref-not-want', text: 'The port owners do not want an agreement with the union, the union claimed.', at: 'do not want an agreement', type: R, holder: ['port owners'] },
  { c: 'ref-not-want', text: 'Norland did not want talks with the rebels.', at: 'did not want talks', type: R, holder: ['Norland'] },
  // cond-without
  { c: 'cond-without', text: '"Firm guarantees are needed. Without them, any pause is unacceptable," the Vesk spokeswoman said.', at: 'Without them', type: C, holder: ['Vesk'], known: 'holder' },
  { c: 'cond-without', text: 'Without a full withdrawal, a truce is out of the question, Norland said.', at: 'Without a full withdrawal', type: C, holder: ['Norland'] },
  { c: 'cond-without', text: '"Without a signed accord, we will not stop the operation," the Brelvanian minister said.', at: 'Without a signed accord', type: C, holder: ['Brelvania'], known: 'nocue' },
  // eng-implement
  { c: 'eng-implement', text: 'Vesk wants to implement all the accords it reached with Norland, its president said.', at: 'wants to implement all the accords', type: E, holder: ['Vesk'] },
  { c: 'eng-implement', text: 'Norland is ready to honour the accord reached in Orsk.', at: 'ready to honour the accord', type: E, holder: ['Norland'] },
  { c: 'eng-implement', text: 'The rebels pledged to abide by the ceasefire agreement.', at: 'pledged to abide by the ceasefire agreement', type: E, holder: ['rebels'] },
  // hold-welcome
  { c: 'hold-welcome', text: 'The UN chief welcomes the signing of the peace accord between Norland and Vesk.', at: 'the signing of the peace accord', type: E, holder: ['Norland', 'Vesk'], known: 'holder' },
  { c: 'hold-welcome', text: 'The mediators hailed the signing of the truce by Brelvania and the rebels.', at: 'the signing of the truce', type: E, holder: ['Brelvania', 'rebels'] },
  // hold-abbrev
  { c: 'hold-abbrev', text: 'N. Korea rejects talks with Norland', at: 'rejects talks', type: R, holder: ['North Korea'] },
  { c: 'hold-abbrev', text: 'S. Sudan agrees to meet rebel envoys', at: 'agrees to meet', type: E, holder: ['South Sudan'] },
  { c: 'hold-abbrev', text: 'N. Korean envoy agrees to talks with Norland', at: 'agrees to talks', type: E, holder: ['North Korea'] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-not-end', text: 'The truce did not put a stop to the shelling, Norland said.', at: 'did not put a stop to the shelling', type: E },
  { c: 'neg-not-end', text: 'The new levy is not the end of the matter, the Vesk treasury said.', at: 'not the end of the matter', type: E },
  { c: 'neg-ellipsis', text: 'Norland is ready to resume the talks, but the timing is not right.', at: 'but the timing is not', type: R },
  { c: 'neg-ellipsis', text: 'The union says the offer is fair, but the members are not so sure.', at: 'but the members are not', type: R },
  { c: 'neg-comment', text: 'The Norland spokesman made the remarks when asked for comments on the talks with Vesk.', at: 'asked for comments', type: C },
  { c: 'neg-comment', text: 'Asked for comment, a Vesk official said the talks would go on.', at: 'Asked for comment', type: C },
  // (the two below were added after the first run, which found a condition in each: the reporter's question fires only
  // when the sentence names its speaker)
  { c: 'neg-comment', text: 'Spokesman Tor Halvik spoke at the weekly press conference when asked for comments on the fighting.', at: 'asked for comments', type: C },
  { c: 'neg-comment', text: "Asked for comment, Vesk's ministry said the talks would go on.", at: 'Asked for comment', type: C },
  { c: 'neg-comment', text: 'The envoy told reporters she could not talk about the fine details of the accord.', at: 'could not talk about the fine details', type: R },
  { c: 'neg-comment', text: 'The Brelvanian envoy would not talk about the specifics of the plan.', at: 'would not talk about the specifics', type: R },
];

const judge = (k: FamilyCase) => judgeText(k, normGridName);

challengeSuite('whole-article families of diplomacy news (ARTD)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main 5b84be6, before any change), found / right: eng-not-end 2/5 2/5, ref-ellipsis 0/4 0/4,
 * ref-not-want 3/4 3/4, cond-without 1/3 1/3, eng-implement 2/3 2/3, hold-welcome 2/2 1/2, hold-abbrev 3/3 0/3
 * (all: 9/24 right, found 13/24); negatives clean: neg-not-end 2/2, neg-ellipsis 2/2, neg-comment 2/4 (2/6 with the two
 * added after the first run).
 */
const FLOORS: Record<string, [number, number]> = {
  'eng-not-end': [5 / 5, 4 / 5], 'ref-ellipsis': [4 / 4, 4 / 4], 'ref-not-want': [4 / 4, 4 / 4], 'cond-without': [1 / 3, 1 / 3],
  'eng-implement': [3 / 3, 3 / 3], 'hold-welcome': [2 / 2, 1 / 2], 'hold-abbrev': [3 / 3, 3 / 3],
};
const NEG_FLOORS: Record<string, number> = { 'neg-not-end': 1, 'neg-ellipsis': 1, 'neg-comment': 1 };

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, (k) => noCueOver({ ...k, type: k.type ?? 'engagement' }), NEG_FLOORS);
