/**
 * What every generated grid (test/behaviour*.test.ts) does with its cases: judge each case on the analysis of its
 * text, count pass rates per category, print them as a Markdown table with the floors they measured, and list the
 * categories that fell below their floors. The grids differ only in their cases and categories.
 */
import { describe, expect, it } from 'vitest';
import type { StanceDocument } from '../../src/schema/output.js';
import type { Case } from './cases.js';

/** a case as the grids write it; `condActor` is the party a condition falls on, where the frame names one */
export type GridCase = Case & { condActor?: [number, number] };

export interface Outcome<C extends GridCase = GridCase> {
  c: C;
  /** type and span right (a negative: the unwanted type absent) */
  typeSpan: boolean;
  /** also a holder among the expected parties (positives only) */
  holder: boolean;
  /** the condition falls on the named party (true where the case names none) */
  actor: boolean;
}

export const overlaps = (a: [number, number], s: number, e: number): boolean => s < a[1] && e > a[0];

/** how the analysis `d` of a case's text fares against the case */
export function judge<C extends GridCase>(c: C, d: StanceDocument): Outcome<C> {
  if (c.none) {
    const ok = !d.cues.some((x) => c.none === 'any' || x.type === c.none);
    return { c, typeSpan: ok, holder: ok, actor: ok };
  }
  const hits = d.cues.filter((x) => x.type === c.type && overlaps(c.span!, x.start, x.end));
  const mentionsOf = (id: string | null | undefined) => d.actors.find((a) => a.id === id)?.mentions ?? [];
  const holder = hits.some((x) => [x.holder, ...(x.holders ?? [])].some((id) => mentionsOf(id).some((m) => c.holders!.some((h) => overlaps(h, m.start, m.end)))));
  const actor = !c.condActor || hits.some((x) => mentionsOf(x.condition?.actor).some((m) => overlaps(c.condActor!, m.start, m.end)));
  return { c, typeSpan: hits.length > 0, holder, actor };
}

export type Rate = { n: number; typeSpan: number; holder: number; actor: number };

/** pass counts per category, in the order the categories first appear */
export function rates<O extends { typeSpan: boolean; holder: boolean; actor?: boolean }>(outcomes: readonly O[], key: (o: O) => string): Map<string, Rate> {
  const m = new Map<string, Rate>();
  for (const o of outcomes) {
    const k = key(o);
    const r = m.get(k) ?? { n: 0, typeSpan: 0, holder: 0, actor: 0 };
    r.n++;
    if (o.typeSpan) r.typeSpan++;
    if (o.holder) r.holder++;
    if (o.actor) r.actor++;
    m.set(k, r);
  }
  return m;
}

export const pct = (x: number, n: number): number => (n ? x / n : 1);

/** a Markdown table of the rates (with the condition-actor column when `actor` is set) */
export function table(title: string, m: Map<string, Rate>, actor = false): string {
  const cell = (x: number, n: number) => `${(100 * pct(x, n)).toFixed(1)} %`;
  const rows = [...m].map(([k, r]) => `| ${k} | ${r.n} | ${cell(r.typeSpan, r.n)} | ${cell(r.holder, r.n)} |${actor ? ` ${cell(r.actor, r.n)} |` : ''}`);
  const head = actor ? ['| cases | type + span | + holder | condition actor |', '|---|---|---|---|---|'] : ['| cases | type + span | + holder |', '|---|---|---|---|'];
  return [`| ${title} ${head[0]}`, head[1], ...rows].join('\n');
}

/** the rates as floors ([type + span, + holder], rounded down), to paste into a grid's FLOORS when a change lifts them */
export function measuredFloors(m: Map<string, Rate>): Record<string, [number, number]> {
  const down = (x: number, n: number) => Math.floor(1000 * pct(x, n)) / 1000;
  return Object.fromEntries([...m].map(([k, r]) => [k, [down(r.typeSpan, r.n), down(r.holder, r.n)]]));
}

/** the categories whose rates fell below their floors (a category without a floor has none) */
export function belowFloors(m: Map<string, Rate>, floors: Record<string, [number, number]> | undefined): string[] {
  const below: string[] = [];
  for (const [k, r] of m) {
    const [fType, fHolder] = floors?.[k] ?? [0, 0];
    if (pct(r.typeSpan, r.n) < fType) below.push(`${k}: type+span ${pct(r.typeSpan, r.n).toFixed(3)} < ${fType}`);
    if (pct(r.holder, r.n) < fHolder) below.push(`${k}: holder ${pct(r.holder, r.n).toFixed(3)} < ${fHolder}`);
  }
  return below;
}

/** a one-dimension grid as the engagement grids 3–7 test it */
export interface FamilyGrid {
  /** the grid's number, in its printed title ("engagement grid 5") and its GRID<n>_FAILS switch */
  grid: number;
  /** the categories' column title in the printed table ("construction", "family", "register") */
  label: string;
  /** the fewest cases the grid must have */
  min: number;
  /** the name of the first test */
  casesTest: string;
  cases: readonly GridCase[];
  outcomes: readonly Outcome[];
  rates: Map<string, Rate>;
  floors: Record<string, [number, number]>;
}

/**
 * The three tests of a one-dimension grid: its cases (a type, span and holder or a negative; negatives in every
 * family), its pass rates printed with the floors they measured (`GRID<n>_FAILS=1` also prints every failing case),
 * and the rates held to the grid's floors.
 */
export function describeFamilyGrid(title: string, g: FamilyGrid): void {
  describe(title, () => {
    it(g.casesTest, () => {
      expect(g.cases.length).toBeGreaterThanOrEqual(g.min);
      for (const c of g.cases) expect(c.none ?? (c.type && c.span && c.holders?.length), c.id).toBeTruthy();
      for (const f of new Set(g.cases.map((c) => c.frame))) expect(g.cases.some((c) => c.frame === f && c.none), f).toBe(true);
    });

    it('prints its pass rates', () => {
      const out = table(g.label, g.rates);
      console.info(`\nengagement grid ${g.grid}: ${g.cases.length} cases\n\n${out}\n`);
      console.info(`floors: ${JSON.stringify(measuredFloors(g.rates))}`);
      if (process.env[`GRID${g.grid}_FAILS`]) for (const o of g.outcomes) if (!o.typeSpan || !o.holder) console.info(`FAIL ${o.typeSpan ? 'holder' : 'type'} | ${o.c.id} | ${o.c.text}`);
      expect(g.rates.size).toBeGreaterThan(0);
    });

    it('rates stay at or above their floors', () => {
      expect(belowFloors(g.rates, g.floors)).toEqual([]);
    });
  });
}
