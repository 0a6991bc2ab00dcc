/**
 * The fifth engagement grid (engagement recall on unseen news): the constructions of news English that lost an
 * engagement cue with nothing predicted on half A of a set of real news sentences kept outside the repository
 * (readouts, wire reports, local labour and council politics), and the constructions named in the brief, each
 * written as a template and crossed with engagement predicates of different classes (meeting, talking, negotiating,
 * consulting, cooperating, speaking), so that a fix must cover the class and not one verb. Invented parties only.
 *
 *   time between: a bare time word between the verb and its party ("met Tuesday with", "spoke today to")
 *   joint bare time: two parties acting together with only a bare time after ("X and Y met Tuesday")
 *   have noun: a light verb with the predicate's noun and modifiers ("had an in-depth meeting with",
 *     "held lengthy consultations with")
 *   joint topic: two parties discussing, talking about or reviewing a topic, no 'with' ("X and Y discussed the
 *     border"; "the two ministers reviewed trade ties")
 *   commitment: a commitment, pledge or determination to act with a party ("reaffirmed its commitment to
 *     negotiate with")
 *   work together: two parties working, acting or joining together towards an end ("worked together to")
 *   coordination: the predicate as the second verb of a coordination ("met Y and agreed to …" is found; "arrived in
 *     Karsk and met with")
 *   relative: the predicate in a relative clause on the holder ("X, which met with Y on Monday, said")
 *   participle: a fronted or trailing participle ("Meeting with Y in Karsk, X said …")
 *   purpose: travel for or to the predicate ("flew to Karsk for talks with", "travelled to Karsk to meet")
 *   reported: a reporting verb with material between it and the clause ("said on Monday, after a week of strikes,
 *     that it would …")
 *   possessive noun: the predicate's noun owned by the holder ("X's meeting with Y ended late")
 *   headline: a headline without article or auxiliary ("X To Meet Y Next Week")
 * Negatives per construction: the same frame with a non-party or a non-engagement sense.
 *
 * Template syntax: {A} the holder, {B} the other party, [ … ] the span the cue must overlap, {V} the base form,
 * {Ved} the past, {Ving} the gerund, {N} the noun with its article where it takes one, {Nb} without it, {Nd} with
 * 'in-depth' before it, {Vc} the base capitalised and {Vcs} its third person (a headline), {T} a verb of discussing a
 * topic, {X} a thing made together; h: 'AB' a joint act (either party may hold it).
 */
import type { Case } from './cases.js';
import { fill } from './engagement-register3.js';

interface Pred {
  id: string;
  V: string;
  Ved: string;
  Ving: string;
  N: string;
}

/** engagement predicates of different classes (meeting, talk, bargaining, consultation, cooperation, conversation) */
export const PREDS: Pred[] = [
  { id: 'meet', V: 'meet', Ved: 'met', Ving: 'meeting', N: 'a meeting' },
  { id: 'talk', V: 'talk', Ved: 'talked', Ving: 'talking', N: 'talks' },
  { id: 'negotiate', V: 'negotiate', Ved: 'negotiated', Ving: 'negotiating', N: 'negotiations' },
  { id: 'consult', V: 'consult', Ved: 'consulted', Ving: 'consulting', N: 'consultations' },
  { id: 'cooperate', V: 'cooperate', Ved: 'cooperated', Ving: 'cooperating', N: 'a joint session' },
  { id: 'speak', V: 'speak', Ved: 'spoke', Ving: 'speaking', N: 'a conversation' },
];

/** verbs of a joint discussion of a topic (the joint-topic family crosses these instead) */
const TOPIC_VERBS = ['discussed', 'talked about', 'reviewed', 'exchanged views on', 'went over', 'addressed'];

const PARTIES: [string, string][] = [
  ['Norland', 'Vesk'],
  ["the Halden Workers' Union", 'Calder Mining'],
];

interface Tpl {
  t: string;
  h?: 'A' | 'AB';
}

export const FAMILIES5 = ['time between', 'joint bare time', 'have noun', 'joint topic', 'commitment', 'work together', 'coordination', 'relative', 'participle', 'purpose', 'reported', 'possessive noun', 'headline'] as const;
export type Family5 = (typeof FAMILIES5)[number];

const POS: Record<Family5, Tpl[]> = {
  'time between': [
    { t: '{A} [{Ved} Tuesday with] {B} about the border.' },
    { t: '{A} [{Ved} today with] {B}, officials said.' },
  ],
  'joint bare time': [
    { t: '{A} and {B} [{Ved} Tuesday] in Karsk.', h: 'AB' },
    { t: 'The two sides [{Ved} Monday], the mediator said.' },
  ],
  'have noun': [
    { t: '{A} [had {N} with] {B} on Monday.' },
    { t: '{A} [held {Nd}] with {B} in Karsk.' },
  ],
  'joint topic': [
    { t: '{A} and {B} [{T} the border dispute] on Monday.', h: 'AB' },
    { t: 'The two ministers [{T} trade ties] in Karsk.' },
  ],
  commitment: [
    { t: '{A} reaffirmed [its commitment to {V} with] {B}.' },
    { t: '{A} stressed [its determination to {V} with] {B}.' },
  ],
  'work together': [
    { t: '{A} and {B} [worked together] to draft a new {X}.', h: 'AB' },
    { t: '{A} and {B} [will work together] on the {X}.', h: 'AB' },
  ],
  coordination: [
    { t: '{A} arrived in Karsk on Monday and [{Ved} with {B}].' },
    { t: '{A} welcomed the report and [{Ved} with {B}] the next day.' },
  ],
  relative: [
    { t: '{A}, which [{Ved} with {B}] on Monday, said little.' },
    { t: 'The envoy from {A}, who [{Ved} with {B}] last week, left Karsk.' },
  ],
  participle: [
    { t: '[{Ving} with {B}] in Karsk, {A} said the border was calm.' },
    { t: '{A} spent the week in Karsk, [{Ving} with {B}].' },
  ],
  purpose: [
    { t: '{A} flew to Karsk [for {N} with] {B}.' },
    { t: '{A} travelled to Karsk [to {V} with] {B}.' },
  ],
  reported: [
    { t: '{A} said on Monday, after a week of strikes, that it [would {V} with] {B}.' },
    { t: '{A} told reporters late on Friday that it [was ready to {V} with] {B}.' },
  ],
  'possessive noun': [
    { t: "[{A}'s {Nb} with] {B} ended late on Monday." },
    { t: "{B} welcomed [{A}'s {Nb} with] its leaders." },
  ],
  headline: [
    { t: '{A} [To {Vc} With] {B} Next Week' },
    { t: '{A} [{Vcs} With] {B} Amid Row Over Fees' },
  ],
};

/** the same frames where no party engages (a thing, a route, a recipe, a sport) */
const NEG: Record<Family5, string[]> = {
  'time between': ['The river met Tuesday with the sea at the old delta.', 'The comet was seen today with a small telescope.'],
  'joint bare time': ['The two rivers met Tuesday after the flood.', 'The two roads meet Monday traffic at the bridge.'],
  'have noun': ['The students had a long lesson on Monday.', 'The choir held in-depth rehearsals in the hall.'],
  'joint topic': ['The two chefs discussed the recipe on the show.', 'The two critics reviewed the film in the paper.'],
  commitment: ['The chef reaffirmed her commitment to cook with local butter.', 'The runner stressed his determination to finish the race.'],
  'work together': ['The two pumps worked together to drain the field.', 'The gears will work together on the clock.'],
  coordination: ['The train arrived in Karsk on Monday and met the schedule.', 'The chef welcomed the guests and cooked the fish.'],
  relative: ['The river, which meets the sea near Karsk, flooded.', 'The trail, which joins the road at the pass, is closed.'],
  participle: ['Meeting the deadline in time, the printer finished the book.', 'The hikers spent the week in the hills, meeting the summit twice.'],
  purpose: ['The team flew to Karsk for a match with the home side.', 'The band travelled to Karsk to play with the orchestra.'],
  reported: ['The forecaster said on Monday, after a week of rain, that it would clear.', 'The chef told diners late on Friday that the soup was ready.'],
  'possessive noun': ["The bridge's meeting with the road was badly built.", "The painter's meeting with the critic was filmed."],
  headline: ['Rivers To Meet With Sea Next Week', 'Bakery Opens With Record Crowds'],
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** the noun without its article, for a possessive ("X's meeting with") */
const bare = (n: string) => n.replace(/^(a|an) /, '');
/** the headline's present (third person) */
const pres3 = (v: string) => `${v}s`;
const WORK_OBJECT = ['plan', 'budget', 'treaty', 'code', 'roadmap', 'charter'];

function subst(t: string, p: Pred, i: number): string {
  return t
    .replaceAll('{Vcs}', cap(pres3(p.V)))
    .replaceAll('{Vc}', cap(p.V))
    .replaceAll('{Ving}', p.Ving)
    .replaceAll('{Ved}', p.Ved)
    .replaceAll('{V}', p.V)
    .replaceAll('{Nd}', p.N.startsWith('a ') ? `an in-depth ${bare(p.N)}` : `in-depth ${p.N}`)
    .replaceAll('{Nb}', bare(p.N))
    .replaceAll('{N}', p.N)
    .replaceAll('{T}', TOPIC_VERBS[i % TOPIC_VERBS.length]!)
    .replaceAll('{X}', WORK_OBJECT[i % WORK_OBJECT.length]!)
    .replace(/^\[?\w/, (m) => cap(m));
}

export function buildCases5(): (Case & { family: Family5 })[] {
  const out: (Case & { family: Family5 })[] = [];
  for (const fam of FAMILIES5) {
    POS[fam].forEach((tpl, ti) => {
      PREDS.forEach((p, vi) => {
        const [a, b] = PARTIES[vi % PARTIES.length]!;
        const f = fill(subst(tpl.t, p, vi), a, b);
        const holders = [...f.a, ...(tpl.h === 'AB' ? f.b : [])];
        out.push({
          id: `${fam}/${ti}/${p.id}`, family: fam, predClass: p.id, frame: fam, party: a, text: f.text,
          type: 'engagement', span: [f.marks[0]![0], f.marks[f.marks.length - 1]![1]],
          holders: holders.length ? holders : [[0, f.text.length]],
        });
      });
    });
    NEG[fam].forEach((t, ti) => {
      out.push({ id: `${fam}/neg${ti}`, family: fam, predClass: `negative: ${fam}`, frame: fam, party: '', text: t, none: 'engagement' });
    });
  }
  return out;
}
