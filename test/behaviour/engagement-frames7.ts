/**
 * The seventh engagement grid (engagement recall on unseen news, registers no earlier set covered: legislatures
 * and budget talks, coalition building, a government and its opposition, consent decrees and settlement talks,
 * company talks and takeover approaches, councils, campuses and protesters, sport and museum bodies): the
 * constructions that lost an engagement cue with nothing predicted on half A of a set of real news sentences kept
 * outside the repository, each written as templates with invented parties and crossed with the members of a class,
 * so that a fix must cover the class and not one word.
 *
 *   in talks modified: being in talks whose noun carries modifiers or a stage ("are in intensive buyout talks", "is in
 *     the first stages of negotiations", "are back in renewed discussions")
 *   talks judged: a talks noun with its parties, then a predicate that reports or judges the talks as held ("talks
 *     with Vesk have been productive", "negotiations between A and B have been extended")
 *   talks verb between: a talks noun, a verb of the process, then its parties ("as negotiations continue between A
 *     and B")
 *   meet adjunct: two parties meeting, gathering or huddling with an adjunct that is no party ("met after a week-long
 *     pause", "huddled for hours")
 *   meeting about: a meeting set or due, with its topic before its party ("is due to hold an urgent meeting on the
 *     harbour levy with"), or with a purpose and no 'with' ("is due for an emergency session to sort out …")
 *   seek a meeting: demanding, insisting on or waiting for a meeting or talks with a party, which seeks engagement
 *     (no condition on it)
 *   offer stands: an offer, package or invitation said to remain on the table ("the package put to Vesk is
 *     still on the table")
 *   talks disclosed, meeting time between, joint meet common (a second round, first run before their change):
 *     confirming or announcing talks whose noun carries modifiers ("confirmed final-stage discussions with"); a talks
 *     noun with a time phrase before its parties ("a tense meeting on Friday evening between A and B"); a party and
 *     a common-noun group meeting with an adjunct ("the premier and assembly leaders met after a long pause")
 * Negatives per construction: the same frame where no party engages (a recovery in its final stage, lessons that
 * were productive, games between schools, rivers meeting, a school's meeting, a refund demanded, food on a table).
 *
 * Template syntax: {A} the holder, {B} the other party, [ … ] the span the cue must overlap, {P} the class
 * member, {T} a talks noun; h: 'AB' a joint act (either party may hold it).
 */
import type { Case } from './cases.js';
import { buildFamilyCases, type FamilyTemplate } from './engagement-register3.js';

type Tpl = FamilyTemplate;

export const FAMILIES7 = ['in talks modified', 'talks judged', 'talks verb between', 'meet adjunct', 'meeting about', 'seek a meeting', 'offer stands', 'talks disclosed', 'meeting time between', 'joint meet common'] as const;
export type Family7 = (typeof FAMILIES7)[number];

/** the members of each construction's class, crossed with its templates */
const CLASS: Record<Family7, string[]> = {
  'in talks modified': ['in intensive buyout talks', 'in the first stages of negotiations', 'back in renewed discussions', 'in last-ditch negotiations', 'in the final stage of talks', 'in constructive discussions'],
  'talks judged': ['have been productive', 'have been going well', 'have been extended', 'were constructive', 'have been fruitful', 'were cordial'],
  'talks verb between': ['continue', 'resumed', 'went on', 'dragged on', 'were held', 'took place'],
  'meet adjunct': ['met after a week-long pause', 'gathered again', 'huddled for hours', 'convened privately', 'sat down together', 'met behind closed doors'],
  'meeting about': ['an urgent meeting', 'an emergency meeting', 'a tense meeting', 'a special session', 'fresh talks', 'a summit'],
  'seek a meeting': ['demanded a meeting', 'demanded talks', 'insisted on a meeting', 'waited for a meeting', 'requested a meeting', 'pressed for talks'],
  'offer stands': ['offer', 'proposal', 'package', 'invitation', 'aid package', 'plan'],
  'talks disclosed': ['confirmed final-stage discussions', 'confirmed advanced talks', 'announced exploratory negotiations', 'disclosed preliminary talks', 'acknowledged ongoing discussions', 'revealed early-stage talks'],
  'meeting time between': ['on Tuesday night', 'on Monday', 'late on Friday', 'last week', 'this morning', 'on July 10'],
  'joint meet common': ['met after a long pause', 'gathered again', 'huddled for hours', 'convened privately', 'sat down together', 'met behind closed doors'],
};

/** the talks noun of the talks families, by the class member's index */
const TALKS = ['talks', 'negotiations', 'discussions', 'the talks', 'the negotiations', 'consultations'];

const POS: Record<Family7, Tpl[]> = {
  'in talks modified': [
    { t: '{A} and {B} [are {P}], the report said.', h: 'AB' },
    { t: '{A} [is {P}] to buy a stake in {B}.' },
  ],
  'talks judged': [
    { t: '{A} said [{T} with {B} {P}].' },
    { t: '[{T} between {A} and {B} {P}], officials said.', h: 'AB' },
  ],
  'talks verb between': [
    { t: 'The strike goes on as [{T} {P} between {A} and {B}].', h: 'AB' },
    { t: 'On Monday [{T} {P} between {A} and {B}] in Karsk.', h: 'AB' },
  ],
  'meet adjunct': [
    { t: '{A} and {B} [{P}] in Karsk.', h: 'AB' },
    { t: 'The leaders of {A} and {B} [{P}] on Thursday.', h: 'AB' },
  ],
  'meeting about': [
    { t: '{A} [is due to hold {P} on the harbour levy with] {B}.' },
    { t: '{A} [is due for {P}] to sort out the port levy with {B}.' },
  ],
  'seek a meeting': [
    { t: '{A} [{P} with] {B} on Monday.' },
    { t: 'Members of {A} marched to the ministry and [{P} with] {B}.' },
  ],
  'offer stands': [
    { t: '{A} insisted that [the {P} put to {B} is still on the table].' },
    { t: '{A} said [its {P} to {B} remains on the table].' },
  ],
  'talks disclosed': [
    { t: '{A} [{P} with] {B} about a merger.' },
    { t: 'On Monday {A} [{P} with] {B}.' },
  ],
  'meeting time between': [
    { t: '[A tense meeting {P} between {A} and {B}] ended with no accord.', h: 'AB' },
    { t: '[Talks {P} between {A} and {B}] ended without a deal.', h: 'AB' },
  ],
  'joint meet common': [
    { t: '{A} and assembly leaders [{P}] on Thursday.' },
    { t: '{A} and union officials [{P}] in Karsk.' },
  ],
};

/** the same frames where no party engages */
const NEG: Record<Family7, string[]> = {
  'in talks modified': ['The patient is in the final stage of recovery.', 'The band is in the early stages of recording a new album.'],
  'talks judged': ['The lessons with the tutor have been productive.', 'Repairs on the bridge have been extended.'],
  'talks verb between': ['The games continue between the two schools.', 'The rain went on between the showers.'],
  'meet adjunct': ['The two rivers met after the flood.', 'The students gathered again in the hall.'],
  'meeting about': ['The school is set for an emergency meeting about the leaking roof.', 'The choir is set to have a special session about the concert.'],
  'seek a meeting': ['The fans demanded a refund from the club.', 'The passengers were waiting for the bus.'],
  'offer stands': ['The food is still on the table.', 'The plates remain on the table.'],
  'talks disclosed': ['The firm confirmed late-stage trials of the drug.', 'The paper revealed early-stage plans for a new stadium.'],
  'meeting time between': ['A football match on Tuesday night between the two schools ended in a draw.', 'The storm on Monday between the two fronts ended early.'],
  'joint meet common': ['Women and children huddled for hours in the basement.', 'Fans and reporters gathered again outside the stadium.'],
};

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

function subst(t: string, p: string, i: number): string {
  return t
    .replaceAll('{P}', p)
    .replaceAll('{T}', pick(TALKS, i))
    .replace(/^(\[|")?\w/, (m) => m.toUpperCase());
}

export function buildCases7(): (Case & { family: Family7 })[] {
  return buildFamilyCases(FAMILIES7, POS, CLASS, NEG, subst);
}
