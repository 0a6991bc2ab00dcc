/**
 * Engagement frames of issue #9 (recall on unseen news outside diplomacy-of-war): a grid of invented
 * sentences, written before the rules, for frames that the first grid (engagement-frames.test.ts) does
 * not cover — an aim or effort noun before a deal-making verb, sitting down with a party after a
 * duration or a place, re-entering talks, looking forward to talks, settling by negotiation (amicably,
 * out of court, through mediation), talking about combining, pausing strikes, a conditional clause
 * between "prepared" and its infinitive, and "… and plans to do so again" after an engagement.
 * Left as a gap: forming a coalition with no partner named ("its objective is to form a coalition"), which is
 * as often a single party forming a government, or an alliance against a third party.
 * Each positive sentence must yield an engagement cue; each negative none at all. Invented parties only.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const engaged: [string, string][] = [
  ['aim or effort noun + deal-making verb', 'Norland redoubled its efforts to come up with an agreement.'],
  ['aim or effort noun + deal-making verb', 'The Vesk Party redoubled its efforts to thrash out an agreement with the Greens.'],
  ['aim or effort noun + deal-making verb', "It has long been the Vesk Party's objective to form an alliance with the Greens."],
  ['aim or effort noun + deal-making verb', 'Their goal to reach a settlement with the landlords is clear.'],
  ['aim or effort noun + deal-making verb', "The Halden Workers' Union set out its aim to strike a deal before the summer."],
  ['aim or effort noun + deal-making verb', 'The board renewed its efforts to hammer out a merger agreement with Kaldor.'],
  ['sit down with a party after a duration or a place', 'Anika Holt sat down for two hours with Tomas Vree.'],
  ['sit down with a party after a duration or a place', 'The mayor sat down in the town hall with the Karsk tenants\' association.'],
  ['sit down with a party after a duration or a place', 'Tomas Vree increased the pressure by sitting down for an hour in the palace with Anika Holt.'],
  ['re-entering talks', 'We welcome the Greens\' decision to re-enter negotiations.'],
  ['re-entering talks', 'The Vesk Party re-entered talks with the Liberals on Monday.'],
  ['re-entering talks', 'The union has agreed to re-enter negotiations with Kaldor Freight.'],
  ['looking forward to talks', 'We look forward to making headway in the coming talks.'],
  ['looking forward to talks', 'The union said it looked forward to the talks with the ministry.'],
  ['looking forward to talks', 'Vesk looks forward to meeting the Norland delegation.'],
  ['looking forward to talks', 'The Halden union looks forward to working with the new council.'],
  ['settling by negotiation', 'Kaldor signalled its willingness to settle the dispute out of court.'],
  ['settling by negotiation', 'The league has voiced a willingness to have the row settled through mediation.'],
  ['settling by negotiation', 'The two clubs agreed to resolve the matter out of court.'],
  ['settling by negotiation', 'The federation wants the row resolved through arbitration.'],
  ['settling by negotiation', 'The dispute was settled through mediation in March.'],
  ['talking about combining', 'Vesk Media and Orvane Press have been talking about combining since the spring.'],
  ['talking about combining', 'Kaldor and Vesk Rail talked about merging last year.'],
  ['talking about combining', 'The Greens and the Liberals are talking about forming a coalition.'],
  ['pausing strikes', 'The Halden union agreed to pause the strikes planned for May.'],
  ['pausing strikes', 'The drivers will pause their walkout while talks go on.'],
  ['a conditional clause inside the willingness', 'We are prepared, should the talks move forward, to pause the strikes.'],
  ['a conditional clause inside the willingness', 'The union is ready, if the board drops its demands, to return to the table.'],
  ['a conditional clause inside the willingness', 'Vesk is willing, provided Norland withdraws its troops, to hold talks.'],
  ['parties that reconvene', 'The two sides have reconvened.'],
  ['parties that reconvene', 'The union and the employers reconvened after lunch.'],
  ['parties that reconvene', 'Kaldor officials and the drivers will reconvene on Friday.'],
  ['pushing a deal', 'The Greens are pushing a deal with the Liberals.'],
  ['pushing a deal', 'Some senators are pushing a compromise that would end the strike.'],
  ['a condition without "that"', 'Vesk offered talks on the condition the rebels lay down their arms.'],
  ['pausing strikes', 'The Halden union is prepared to pause its rolling strikes.'],
  ['leading talks', 'The Civic Party had been leading the talks on forming a cabinet.'],
  ['leading talks', 'Anika Holt is leading the pay negotiations with the Halden union.'],
  ['offering a party a concession or a place', 'Norland offered the Vesk Greens a full referendum on the border.'],
  ['offering a party a concession or a place', 'The Liberals offered the Greens two seats in the cabinet.'],
  ['offering a party a concession or a place', 'Kaldor offered the drivers a new contract.'],
  ['agreeing a common position', 'The Norland and Vesk leaders worked out a common position.'],
  ['agreeing a common position', 'Norland and Vesk agreed on a joint approach to the border.'],
];

const noStance: string[] = [
  'The design team redoubled its efforts to come up with fresh artwork.',
  "The club's objective is to win the league.",
  'The goal to build a new stadium was dropped.',
  'The chef sat down for an hour in the kitchen with a cup of tea.',
  'The band will re-enter the charts next week.',
  'Fans look forward to the final.',
  'We look forward to the holidays.',
  'She looked forward to meeting her grandchildren.',
  'The referee settled the matter with a coin toss.',
  'The engineers resolved the fault through testing.',
  'The two friends talked about moving to the coast.',
  'They talked about the weather.',
  'The factory paused production for a week.',
  'The committee agreed that the report was late.',
  'The results met expectations and should do so again next year.',
  'The singer is ready, if the weather holds, to perform outdoors.',
  'Parliament reconvened on Monday.',
  'The committee will reconvene after lunch.',
  'The jury reconvened this morning.',
  'The storm pushed the deal back a week.',
  'The minister pushed the bill through the chamber.',
  'The aide spoke on the condition he not be named.',
  'He said he would do so.',
  'The striker is leading the scoring charts.',
  'Tomas Vree, who is leading the talks, said the gap was narrow.',
  'The bank offered savers a higher rate.',
  'The club offered the fans a free ticket.',
  'The two scientists worked out a common theory.',
  'Investors responded positively to the results.',
];

/** frames whose cue is not an engagement */
const frameType: Record<string, string> = { 'a condition without "that"': 'condition' };

describe('engagement frames of issue #9 (invented grid)', () => {
  it.each(engaged)('%s: %s', (_frame, text) => {
    expect(analyze(text).cues.some((c) => c.type === (frameType[_frame] ?? 'engagement'))).toBe(true);
  });
  it.each(noStance.map((t) => [t]))('no stance: %s', (text) => {
    expect(analyze(text).cues).toEqual([]);
  });
});

/** "do so" after a stance in the same sentence repeats that stance (negated, flips it): the cue on "do so" */
const doSo: [string, string][] = [
  ['Vesk ministers have met the Halden union every week and plan to do so until the spring.', 'engagement'],
  ['The Vesk Party has talked to the Greens and will do so again next week.', 'engagement'],
  ['Kaldor has rejected the offer twice and would do so again.', 'refusal'],
  ['Norland met the rebels in May but will not do so again.', 'refusal'],
];

describe('"do so" after a stance (invented grid)', () => {
  it.each(doSo)('%s', (text, type) => {
    const d = analyze(text);
    expect(d.cues.some((c) => c.type === type && /do so/.test(c.text))).toBe(true);
  });
});

