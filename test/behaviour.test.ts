/**
 * The behavioural suite (CheckList style): cases generated from the lexicon by
 * test/behaviour/cases.ts — predicate class × frame × party kind, plus negatives.
 * Each sentence is analysed once. The pass rate of every category is printed and
 * held to a floor at the rate measured when the floor was set (README, "Behavioural
 * suite"), so a regression fails; raise a floor when a change lifts its rate.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import type { StanceDocument } from '../src/schema/output.js';
import { buildCases } from './behaviour/cases.js';
import { belowFloors, judge, measuredFloors, pct, rates, table, type Outcome } from './behaviour/grid.js';

const cases = buildCases();
const analyses = new Map<string, StanceDocument>();
const analysis = (text: string) => {
  let d = analyses.get(text);
  if (!d) analyses.set(text, (d = analyze(text)));
  return d;
};

const outcomes = cases.map((c) => judge(c, analysis(c.text)));

const positives = (o: Outcome) => !o.c.none;
const byClass = rates(outcomes, (o) => o.c.predClass);
const byFrame = rates(outcomes, (o) => (positives(o) ? o.c.frame : '(negatives)'));
const byParty = rates(outcomes, (o) => (positives(o) ? o.c.party : '(negatives)'));


/** floors (type + span, + holder), set at the rates this suite measured; see the README */
const FLOORS: Record<string, Record<string, [number, number]>> = {
  class: {
    "reject": [1, 1],
    "reject + object": [0.997, 0.982],
    "engage + object": [1, 0.991],
    "engage": [0.964, 0.964],
    "concede": [0.94, 0.94],
    "condition": [1, 1],
    "negative: other sense": [1, 1],
    "negative: reject verb, no engagement object": [1, 1],
    "negative: engage verb, no engagement object": [1, 1],
  },
  frame: {
    "active": [0.972, 0.972],
    "nominalisation": [1, 0.969],
    "negated": [1, 1],
    "reported": [1, 1],
    "passive": [0.989, 0.921],
    "infinitive": [1, 1],
    "modal": [1, 1],
    "pronoun subject": [1, 1],
    "coordinated": [1, 1],
    "demand that": [1, 1],
    "only if": [1, 1],
    "unless": [1, 1],
    "until": [1, 1],
    "in return for": [1, 1],
    "threat if": [1, 1],
    "steps by": [1, 1],
    "as soon as": [1, 1],
    "on the understanding that": [1, 1],
    "(negatives)": [1, 1],
  },
  party: {
    "country": [0.992, 0.992],
    "capital": [1, 0.987],
    "minister": [1, 1],
    "union": [0.992, 0.992],
    "rebel group": [0.995, 0.995],
    "common-noun group": [1, 0.975],
    "invented name": [0.991, 0.951],
    "company": [0.995, 0.995],
    "(negatives)": [1, 1],
  },
};

describe('behavioural suite (generated from the lexicon)', () => {
  it('has at least 1,000 cases, each with a type, span and holder or a negative', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    for (const c of cases) expect(c.none ?? (c.type && c.span && c.holders?.length), c.id).toBeTruthy();
    for (const c of cases) if (c.span) expect(c.span[1]).toBeGreaterThan(c.span[0]);
  });

  it('prints its pass rates per category', () => {
    const out = [table('predicate class', byClass), table('frame', byFrame), table('party kind', byParty)].join('\n\n');
    console.info(`\nbehavioural suite: ${cases.length} cases\n\n${out}\n`);
    // the measured rates as floors, to paste into FLOORS when a change lifts them
    const floors = measuredFloors;
    console.info(`floors: ${JSON.stringify({ class: floors(byClass), frame: floors(byFrame), party: floors(byParty) })}`);
    expect(out).toContain('|');
  });

  it.each([
    ['class', byClass],
    ['frame', byFrame],
    ['party', byParty],
  ] as const)('per-%s rates stay at or above their floors', (dim, m) => {
    expect(belowFloors(m, FLOORS[dim])).toEqual([]);
  });

  it('type and span are right on nearly all positive cases without invented names', () => {
    const own = outcomes.filter((o) => positives(o) && o.c.party !== 'invented name');
    expect(pct(own.filter((o) => o.typeSpan).length, own.length)).toBeGreaterThanOrEqual(0.9);
  });
});
