/**
 * Article-frames challenge set: constructions of news English that lost a cue in whole real articles
 * (the misses of the tuning half of an outside real-article set, classified by construction). Every sentence
 * is our own, with invented parties; none is copied from news. Kinds:
 *
 *   cond-without   a condition as "without <party> <-ing verb>" after a refusal or a hedged prospect of talks
 *   cond-once      a fronted "once <the thing> is done/lifted/met" clause that opens the way to talks
 *   cond-only      "but only under/on/with <conditions/terms>" after a readiness to talk
 *   cond-before    "before talks can proceed/begin" or "for talks to start, X must …": a precondition clause
 *   neg-frame      a negated verb of engaging that is no refusal rule of its own ("could not recommend
 *                  entering talks", "it is not possible to sit at the table")
 *   eng-rounds     "held N rounds of <adjective or noun> talks"
 *   eng-meets-with a headline or bare present "X meets with Y for talks"
 *   eng-return-for "returned to <place> (in <place>) for talks with <anyone>"
 *   ref-decision   "the decision/choice of <party> (<acronym>) to quit/leave the talks"
 *   ref-object     "objected to", "X is not what we are after"
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it. First run (main a255cc8):
 * 7/31 right (holder right); cue found over the words 14/31 — cond-without 0/4, cond-once 3/3, cond-only 1/3,
 * cond-before 0/4, neg-frame 1/3, eng-rounds 1/3, eng-meets-with 2/3, eng-return-for 3/3, ref-decision 1/2,
 * ref-object 1/3. After this round (branch ARTS): 16/31 right, found 28/31; floors raised to the found-rates.
 * Branch RCX (objected to a party's role, 'is not what we are after'): found 29/31, ref-object 3/3.
 */
import { expect, it } from 'vitest';
import { challengeSuite, judgeText, type Outcome } from './helpers/challenge.js';
import type { FamilyCase } from './helpers/challenge.js';

type FrameCase = FamilyCase;

const CASES: FrameCase[] = [
  // cond-without
  { c: 'cond-without', text: 'Vesk would not accept a new framework without Norland scrapping its tariffs.', at: 'without Norland scrapping', type: 'condition', holder: ['Vesk'] },
  { c: 'cond-without', text: 'Officials in Orsk said a settlement would stall without Brelvania recognising the new border.', at: 'without Brelvania recognising', type: 'condition', holder: ['Orsk'], known: 'nocue' },
  { c: 'cond-without', text: 'The Halden Workers\' Union said there could be no deal without the company restoring the pension plan.', at: 'without the company restoring', type: 'condition', holder: ["Halden Workers' Union"], known: 'nocue' },
  { c: 'cond-without', text: 'Norland will not sign without Vesk withdrawing its troops from the valley.', at: 'without Vesk withdrawing', type: 'condition', holder: ['Norland'] },
  // cond-once
  { c: 'cond-once', text: '"Once the embargo is lifted, our door is open," the Vesk foreign minister said.', at: 'Once the embargo is lifted', type: 'condition', holder: ['Vesk'], known: 'holder' },
  { c: 'cond-once', text: 'Norland said it would return to the table once the blockade was lifted.', at: 'once the blockade was lifted', type: 'condition', holder: ['Norland'] },
  { c: 'cond-once', text: 'Once our demands are met, we are ready to talk, the Brelvanian envoy said.', at: 'Once our demands are met', type: 'condition', holder: ['Brelvania'], known: 'holder' },
  // cond-only
  { c: 'cond-only', text: 'Vesk said it would return to the table, but only under fresh conditions.', at: 'only under fresh conditions', type: 'condition', holder: ['Vesk'] },
  { c: 'cond-only', text: 'The Halden Workers\' Union is willing to negotiate, but only on its own terms.', at: 'only on its own terms', type: 'condition', holder: ["Halden Workers' Union"] },
  { c: 'cond-only', text: 'Brelvania is open to talks, but only with guarantees from the mediators.', at: 'only with guarantees', type: 'condition', holder: ['Brelvania'], known: 'nocue' },
  // cond-before
  { c: 'cond-before', text: 'Before formal talks can go ahead, the Greens want assurances from the Liberals.', at: 'Before formal talks can go ahead', type: 'condition', holder: ['Greens'], known: 'nocue' },
  { c: 'cond-before', text: 'For negotiations to begin, Vesk must withdraw its ships, Norland said.', at: 'For negotiations to begin', type: 'condition', holder: ['Norland'] },
  { c: 'cond-before', text: 'Before any talks can begin, the rebels must lay down their arms, the Brelvanian army said.', at: 'Before any talks can begin', type: 'condition', holder: ['Brelvania'] },
  { c: 'cond-before', text: 'For a deal to be possible, the company must raise its offer, the union said.', at: 'For a deal to be possible', type: 'condition', holder: ['union'] },
  // neg-frame
  { c: 'neg-frame', text: 'Mara Velk said she could not recommend opening coalition talks with the Greens.', at: 'could not recommend opening coalition talks', type: 'refusal', holder: ['Mara Velk'] },
  { c: 'neg-frame', text: '"It is not possible to negotiate while the shelling goes on," the Vesk minister said.', at: 'not possible to negotiate', type: 'refusal', holder: ['Vesk'], known: 'nocue' },
  { c: 'neg-frame', text: 'Norland said it could not advise resuming negotiations with Vesk.', at: 'could not advise resuming negotiations', type: 'refusal', holder: ['Norland'] },
  // eng-rounds
  { c: 'eng-rounds', text: 'Norland and Vesk have held four rounds of border negotiations this year.', at: 'held four rounds of border negotiations', type: 'engagement', holder: ['Norland', 'Vesk'] },
  { c: 'eng-rounds', text: 'The union and the port operator have held three rounds of indirect talks.', at: 'held three rounds of indirect talks', type: 'engagement', holder: ['union', 'port operator'] },
  { c: 'eng-rounds', text: 'Brelvania held two rounds of secret talks with the rebels last year.', at: 'held two rounds of secret talks', type: 'engagement', holder: ['Brelvania'] },
  // eng-meets-with
  { c: 'eng-meets-with', text: 'Vesk premier meets with Norlandic envoys for talks over dam', at: 'meets with Norlandic envoys', type: 'engagement', holder: ['Vesk'], known: 'nocue' },
  { c: 'eng-meets-with', text: 'Brelvanian envoy meets with rebel chiefs in Orsk', at: 'meets with rebel chiefs', type: 'engagement', holder: ['Brelvania'], known: 'holder' },
  { c: 'eng-meets-with', text: 'The Halden union leader meets with the port owners on Monday to discuss the strike.', at: 'meets with the port owners', type: 'engagement', holder: ['Halden union leader', 'Halden union'], known: 'holder' },
  // eng-return-for
  { c: 'eng-return-for', text: 'Brelvanian army officers have gone back to Orsk in Vesk for talks with the militia leaders, officials said.', at: 'gone back to Orsk in Vesk for talks', type: 'engagement', holder: ['Brelvania'] },
  { c: 'eng-return-for', text: 'The Norland delegation returned to Geneva for talks with its rivals.', at: 'returned to Geneva for talks', type: 'engagement', holder: ['Norland'], known: 'holder' },
  { c: 'eng-return-for', text: 'Union negotiators went back to the capital for talks with their employers.', at: 'went back to the capital for talks', type: 'engagement', holder: ['Union negotiators', 'union'] },
  // ref-decision
  { c: 'ref-decision', text: 'The choice of the liberal party Free Vesk (FV) to leave the four-party coalition talks surprised its partners.', at: 'to leave the four-party coalition talks', type: 'refusal', holder: ['New Vesk'], known: 'nocue' },
  { c: 'ref-decision', text: 'The Greens respected the decision of the Liberal Party (LP) to withdraw from the talks.', at: 'to withdraw from the talks', type: 'refusal', holder: ['Liberal Party'], known: 'holder' },
  // ref-object
  { c: 'ref-object', text: 'The Vesk cabinet objected to Norland chairing the mediation.', at: 'objected to', type: 'refusal', holder: ['Vesk'], known: 'nocue' },
  { c: 'ref-object', text: '"A pause alone is not what we are after," the Norland spokesman said.', at: 'is not what we are after', type: 'refusal', holder: ['Norland'], known: 'nocue' },
  { c: 'ref-object', text: 'The union objected to the company\'s plan to cut shifts.', at: 'objected to', type: 'refusal', holder: ['union'] },
];

const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').trim();
function judge(k: FrameCase): { outcome: Outcome; got: string[]; partyFound?: boolean } {
  return judgeText(k, norm);
}

challengeSuite('article-frames challenge set', CASES, judge, { showAt: true });

/** the cue found over `at` (any holder), per kind: floors at the rate measured, never lowered */
const FLOORS: Record<string, number> = {
  'cond-without': 2 / 4, 'cond-once': 3 / 3, 'cond-only': 3 / 3, 'cond-before': 4 / 4, 'neg-frame': 3 / 3, 'eng-rounds': 3 / 3,
  'eng-meets-with': 3 / 3, 'eng-return-for': 3 / 3, 'ref-decision': 1 / 2, 'ref-object': 3 / 3,
};

it('keeps each kind at or above its floor (cues found over the words, any holder)', () => {
  const byKind = new Map<string, { n: number; found: number }>();
  for (const k of CASES) {
    const r = byKind.get(k.c) ?? { n: 0, found: 0 };
    r.n++;
    if (judge(k).outcome !== 'nocue') r.found++;
    byKind.set(k.c, r);
  }
  const lines = [...byKind].map(([c, r]) => `${c.padEnd(15)} ${r.found}/${r.n}`);
  console.log(lines.join('\n'));
  for (const [c, r] of byKind) expect(r.found / r.n, c).toBeGreaterThanOrEqual(FLOORS[c] ?? 0);
});
