/**
 * The precision grid of stance words read in another sense (test/behaviour/precision-senses.ts): per family at
 * least 300 invented stance-less sentences (no cue may fall on the marked words) and the positive twin of each
 * (a cue of the stated type must fall on them). Rates are printed and held to floors.
 *
 * First run (main a255cc8, before PREC3's rules), negatives passed / twins passed:
 *   refuse the noun 0.0 % / 88.0 %; acceptable of no offer 30.0 % / 100.0 %; require as a need 10.0 % / 100.0 %;
 *   ask or bargain for, expecting 61.7 % / 100.0 % (300 cases each kind and family).
 * Second round (after ecf55fa): until a time 60.0 % / 65.3 %; refusing to let a circumstance win 0.0 % / 100.0 %;
 *   not enough, a degree 20.0 % / 80.0 %; a body's own meeting resumed 48.0 % / 74.7 %; demands as a topic
 *   (no condition over 'demands') 13.3 % / 100.0 %.
 * Third round (after d4de0f4): an offer one cannot refuse 2.0 % / 100.0 %; a refusal to comment, the noun
 *   0.0 % / 100.0 %; talking about a topic at an event 0.0 % / 100.0 %.
 * Fourth round (after 9948fe8): conditions as circumstances 46.7 % / 100.0 %.
 * Fifth round (after d502543): admission to a place 20.0 % / 100.0 %; a body's own meetings cancelled 16.7 % / 100.0 %.
 * Sixth round (after 93b499f): 'meeting' the noun 20.0 % / 100.0 %.
 * Known failures left: a body's meeting named with a possessive ("the Halden council's meeting resumed"); the twins
 *   of 'until' and 'resumed' that miss (a pressure act the lexicon lacks, "keep up the overtime ban until …"; talks
 *   between a long-named union and a party) and 'will not offer anything to' are recall gaps, not this grid's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { buildSenseCases, type SenseCase } from './behaviour/precision-senses.js';

const cases = buildSenseCases();
const overlaps = (a: [number, number], s: number, e: number) => s < a[1] && e > a[0];

function pass(c: SenseCase): boolean {
  const cues = analyze(c.text).cues.filter((x) => overlaps(c.span, x.start, x.end));
  return c.kind === 'negative' ? !cues.some((x) => !c.noneOf || x.type === c.noneOf) : cues.some((x) => x.type === c.type);
}

const results = cases.map((c) => ({ c, ok: pass(c) }));
const key = (c: SenseCase) => `${c.family} / ${c.kind}`;
const rates = new Map<string, { n: number; ok: number; fails: string[] }>();
for (const { c, ok } of results) {
  const r = rates.get(key(c)) ?? { n: 0, ok: 0, fails: [] };
  r.n++;
  if (ok) r.ok++;
  else r.fails.push(c.text);
  rates.set(key(c), r);
}

/** floors: the rates measured after PREC3's rules (first-run rates in the header) */
const FLOORS: Record<string, number> = {
  'refuse the noun / negative': 1,
  'refuse the noun / twin': 1,
  'acceptable of no offer / negative': 1,
  'acceptable of no offer / twin': 1,
  'require as a need / negative': 1,
  'require as a need / twin': 1,
  'ask or bargain for, expecting / negative': 1,
  'ask or bargain for, expecting / twin': 1,
  'until a time / negative': 1,
  'until a time / twin': 0.653,
  'refusing to let a circumstance win / negative': 1,
  'refusing to let a circumstance win / twin': 1,
  'not enough, a degree / negative': 1,
  'not enough, a degree / twin': 0.8,
  "a body's own meeting resumed / negative": 0.956,
  "a body's own meeting resumed / twin": 0.746,
  'demands as a topic / negative': 1,
  'demands as a topic / twin': 1,
  'an offer one cannot refuse / negative': 1,
  'an offer one cannot refuse / twin': 1,
  'a refusal to comment, the noun / negative': 1,
  'a refusal to comment, the noun / twin': 1,
  'talking about a topic at an event / negative': 1,
  'talking about a topic at an event / twin': 1,
  'conditions as circumstances / negative': 1,
  'conditions as circumstances / twin': 1,
  'admission to a place / negative': 1,
  'admission to a place / twin': 1,
  "a body's own meetings cancelled / negative": 1,
  "a body's own meetings cancelled / twin": 1,
  "'meeting' the noun / negative": 1,
  "'meeting' the noun / twin": 1,
};

describe('precision grid: stance words in another sense', () => {
  it('has at least 300 negatives and 300 twins per family', () => {
    for (const [k, r] of rates) expect(r.n, k).toBeGreaterThanOrEqual(300);
  });
  it('prints its rates and holds them to their floors', () => {
    const rows = [...rates].map(([k, r]) => `| ${k} | ${r.n} | ${((100 * r.ok) / r.n).toFixed(1)} % | ${r.fails.slice(0, 2).join(' ‖ ')} |`);
    console.info(`\nprecision grid: ${cases.length} cases\n| family / kind | cases | pass | e.g. failing |\n|---|---|---|---|\n${rows.join('\n')}\n`);
    for (const [k, r] of rates) expect(r.ok / r.n, k).toBeGreaterThanOrEqual((FLOORS[k] ?? 0) - 1e-9);
  });
});
