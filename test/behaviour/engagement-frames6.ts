/**
 * The sixth engagement grid (engagement recall on unseen news, new registers: armed conflict and mediation,
 * trade and energy deals, UN bodies, health and education bargaining, regional politics): the constructions that
 * lost an engagement cue with nothing predicted on half A of a set of real news sentences kept outside the
 * repository, each written as templates with invented parties and crossed with the members of a class (talks
 * nouns, process verbs, verbs of bargaining out a result, verbs of engaging, verbs of travel, stances toward a
 * peace process), so that a fix must cover the class and not one word.
 *
 *   talks topic: a talks noun with its topic, then a verb of the process ("negotiations on the pay deal
 *     resumed", "talks over the border began")
 *   talks long parties: talks between parties named with titles or a bracketed acronym ("talks between Norland
 *     President Ana Tarr and Vesk President Ivo Lund lasted three hours")
 *   place before with: a talks noun with a place between it and its party ("a meeting in Karsk with the envoy",
 *     "held talks at the palace with")
 *   bargain out: a verb of bargaining out a result with any result as its object ("negotiated a pause in
 *     the shelling", "brokered a prisoner swap")
 *   last weekday: a bare 'last <weekday>' after the verb ("the parties met last Wednesday", "spoke last Friday
 *     with")
 *   signing trip: travel for a signing or a bargaining session ("flew to Karsk for the signing ceremony")
 *   peace process: a stance toward the peace process, the class of talks nouns ("pledged to push ahead with the
 *     peace process", "rejoined the peace process")
 *   there can be: talks that can or could be held, said by a party ('"There can be negotiations," X said')
 *   time before to: a time phrase between a verb and its 'to' ('agreed Friday evening to resume talks', 'returned on
 *     Monday night to the negotiating table'), added after the first eight were fixed, first run before its change
 *   seek agreement, begin talks, working relationship, prepare for talks (added in a third round, first run before
 *     their change): looking or searching for an agreement ('we are looking for a lasting accord'), verbs of
 *     beginning talks ('commenced the peace talks', 'went into the talks'), building a working relationship
 *     ('forge a working relationship'), preparing for talks ('getting ready for days of talks')
 *   adjunct after (a fourth round): an engagement with an adjunct of time or cause after its object that names a
 *     refusal ('agreed to meet the board following the boycott'): the adjunct is no object of the engagement
 * Negatives per construction: the same frame where no party engages (a bend negotiated, a book signing, a
 * club's meetings).
 *
 * Template syntax: {A} the holder, {B} the other party, [ … ] the span the cue must overlap, {P} the class
 * member; h: 'AB' a joint act (either party may hold it).
 */
import type { Case } from './cases.js';
import { buildFamilyCases, type FamilyTemplate } from './engagement-register3.js';

type Tpl = FamilyTemplate;

export const FAMILIES6 = ['talks topic', 'talks long parties', 'place before with', 'bargain out', 'last weekday', 'signing trip', 'peace process', 'there can be', 'time before to', 'seek agreement', 'begin talks', 'working relationship', 'prepare for talks', 'adjunct after'] as const;
export type Family6 = (typeof FAMILIES6)[number];

/** the members of each construction's class, crossed with its templates */
const CLASS: Record<Family6, string[]> = {
  'talks topic': ['resumed', 'began', 'continued', 'got under way', 'opened', 'lasted two hours'],
  'talks long parties': ['resumed', 'began', 'continued', 'lasted three hours', 'opened', 'took place'],
  'place before with': ['a meeting', 'talks', 'negotiations', 'consultations', 'a conversation', 'discussions'],
  'bargain out': ['negotiated', 'brokered', 'hammered out', 'thrashed out'],
  'last weekday': ['met', 'talked', 'negotiated', 'consulted', 'spoke', 'conferred'],
  'signing trip': ['flew to Karsk', 'travelled to Karsk', 'arrived in Karsk', 'headed to Karsk', 'was in Karsk', 'went to Karsk'],
  'peace process': ['pledged to push ahead with', 'rejoined', 'remains committed to', 'agreed to return to', 'will take part in', 'pledged to revive'],
  'there can be': ['negotiations', 'talks', 'dialogue', 'a meeting', 'consultations', 'discussions'],
  'time before to': ['Friday evening', 'on Monday night', 'last week', 'in June', 'on July 10', 'Tuesday'],
  'seek agreement': ['a lasting accord', 'dialogue and a deal', 'a deal', 'a settlement', 'a compromise', 'an accord'],
  'begin talks': ['commenced', 'went into', 'entered', 'launched', 'opened', 'kicked off'],
  'working relationship': ['collaborative', 'cooperative', 'working', 'constructive', 'productive', 'closer'],
  'prepare for talks': ['days of talks', 'a new round of talks', 'the negotiations', 'the talks', 'a week of talks', 'the meeting'],
  'adjunct after': ['the boycott', 'a two-day walkout', 'the strike', 'the lockout', 'its refusal to pay', 'the rejection of the offer'],
};

/** the talks noun of the two talks families, by the class member's index */
const TALKS = ['talks', 'negotiations', 'consultations', 'discussions', 'the dialogue', 'the talks'];
/** results bargained out, by the class member's index */
const RESULTS = ['a ten-day pause in the shelling', 'a prisoner swap', 'the reopening of the port', 'a new pay scale'];
/** events a party travels for, by the class member's index */
const EVENTS = ['the signing ceremony', 'the signing of the accord', 'the bargaining session', 'the signing ceremony', 'the negotiating session', 'the signing'];

const POS: Record<Family6, Tpl[]> = {
  'talks topic': [
    { t: '{A} said [{T} on the pay deal {P}] on Monday.' },
    { t: '[{T} between {A} and {B} over the border {P}] in Karsk.', h: 'AB' },
  ],
  'talks long parties': [
    { t: '[{T} between Norland President Ana Tarr and Vesk President Ivo Lund {P}] in Karsk.', h: 'AB' },
    { t: '[{T} between {A} and the Vesk Liberation Front (VLF) {P}] on Monday.' },
  ],
  'place before with': [
    { t: '{A} [held {P} in Karsk with] {B} on Monday.' },
    { t: 'After [{P} at the palace with] {B}, {A} flew home.' },
  ],
  'bargain out': [
    { t: '{A} [{P} {R}] with {B} on Monday.' },
    { t: 'The mediators from {A} were working to [{Pbase} {R}].' },
  ],
  'last weekday': [
    { t: '{A} and {B} [{P} last Wednesday] in Karsk.', h: 'AB' },
    { t: '{A} [{P} last Friday with] {B} about the border.' },
  ],
  'signing trip': [
    { t: '{A} [{P} for {E}] with {B}.' },
    { t: 'The envoy of {A} [{P} on Friday for {E}].' },
  ],
  'peace process': [
    { t: '{A} [{P} the peace process] with {B}.' },
    { t: 'On Sunday {A} said it [{P} the peace process].' },
  ],
  'there can be': [
    { t: '"[There can be {P}] even while the sanctions stay," {A} said.' },
    { t: '{A} said [there could be {P}] with {B} next week.' },
  ],
  'time before to': [
    { t: '{A} [agreed {P} to resume talks] with {B}.' },
    { t: '{A} [returned {P} to the negotiating table] with {B}.' },
  ],
  'seek agreement': [
    { t: '"We [are looking for {P}] on the harbour fees," {A} said.' },
    { t: '{A} said it [was searching for {P}] with {B}.' },
  ],
  'begin talks': [
    { t: '{A} [{P} the peace talks] with {B} on Monday.' },
    { t: 'The envoys of {A} arrived in Karsk and [{P} the talks] with {B}.' },
  ],
  'working relationship': [
    { t: '{A} pledged to [develop a {P} relationship] with {B}.' },
    { t: '"We will [build a {P} relationship] with the dockers," {A} said.' },
  ],
  'prepare for talks': [
    { t: '{A} [is preparing for {P}] with {B}.' },
    { t: 'The two delegations [were getting ready for {P}] in Karsk.' },
  ],
  'adjunct after': [
    { t: '{A} [agreed to meet {B}] following {P}.' },
    { t: '{A} [agreed to resume talks] with {B} amid {P}.' },
  ],
};

/** the same frames where no party engages (a road, a book, a club, the weather) */
const NEG: Record<Family6, string[]> = {
  'talks topic': ['Work on the new bridge resumed on Monday.', 'The council meeting on the budget resumed after lunch.'],
  'talks long parties': ['The race between Norland runner Ana Tarr and Vesk runner Ivo Lund began at noon.', 'The feud between the Karsk Rovers (KR) and their fans lasted years.'],
  'place before with': ['The minister held a meeting in Karsk with reporters.', 'The student had a lesson at the school with her tutor.'],
  'bargain out': ['The driver negotiated a sharp bend in the road.', 'The hikers negotiated the steep slope before dark.'],
  'last weekday': ['The two rivers met last Wednesday after the flood.', "The builder met last Friday's deadline for the roof."],
  'signing trip': ['The author flew to Karsk for the book signing.', 'The band travelled to Karsk for the concert.'],
  'peace process': ['The chef vowed to press ahead with the new menu.', 'The firm remains committed to the hiring process.'],
  'there can be': ['There can be rain in Karsk on Monday.', 'There can be queues at the border on Fridays.'],
  'time before to': ['The ship moved on Monday to the harbour.', 'The bus returned Friday evening to the depot.'],
  'seek agreement': ['The hikers are looking for a shelter on the ridge.', 'The police were searching for a settlement of the old village.'],
  'begin talks': ['The school commenced the new term on Monday.', 'The mayor opened the new bridge on Monday.'],
  'working relationship': ['The actor will develop a close relationship with the camera.', 'The two bakers built a working oven in the yard.'],
  'prepare for talks': ['The choir is preparing for the concert.', 'The runners were preparing for hours of training.'],
  'adjunct after': ['The river rose following the storm.', 'The shop opened its doors amid the rain.'],
};

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;
const base: Record<string, string> = { negotiated: 'negotiate', brokered: 'broker', 'hammered out': 'hammer out', 'thrashed out': 'thrash out' };

function subst(t: string, p: string, i: number): string {
  return t
    .replaceAll('{Pbase}', base[p] ?? p)
    .replaceAll('{P}', p)
    .replaceAll('{T}', pick(TALKS, i))
    .replaceAll('{R}', pick(RESULTS, i))
    .replaceAll('{E}', pick(EVENTS, i))
    .replace(/^(\[|")?\w/, (m) => m.toUpperCase());
}

export function buildCases6(): (Case & { family: Family6 })[] {
  return buildFamilyCases(FAMILIES6, POS, CLASS, NEG, subst);
}
