/**
 * The scorer follows the spec's definition of a match: same type, overlapping
 * spans, each gold cue matched at most once, optional gold cues neither rewarded
 * nor punished, and a holder matching by canonical name or its affiliation's.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scoreDoc, report, prf } from '../src/eval/score.js';
import { GoldDoc as GoldDocSchema, type GoldDoc } from '../src/eval/gold.js';
import type { Cue, StanceDocument } from '../src/schema/output.js';

const text = 'Peru agreed to talks. Chile refused. Bolivia set conditions.';
const cue = (type: Cue['type'], evidence: string, holder: string | null): Cue => {
  const start = text.indexOf(evidence);
  return {
    type, holder, target: null, source: null, time: 'present', negated: false, modality: 'asserted',
    start, end: start + evidence.length, text: evidence, sentence: 0, rule: 'test.rule', condition: null,
    holderName: null, targetName: null, line: 1, column: start + 1,
  };
};
const doc = (cues: Cue[]): StanceDocument => ({
  schemaVersion: 1, source: '-', id: null, title: null, sentences: [],
  actors: [
    { id: 'PER', name: 'Peru', type: 'country', affiliation: null, mentions: [] },
    { id: 'chilean-officials', name: 'Chilean officials', type: 'group', affiliation: 'CHL', mentions: [] },
    { id: 'CHL', name: 'Chile', type: 'country', affiliation: null, mentions: [] },
  ],
  cues, summary: { actors: [] },
  stats: { characters: 0, sentences: 0, duplicates: 0, actors: 0, cues: { engagement: 0, refusal: 0, condition: 0 } },
});
const gold = (cues: Partial<GoldDoc['cues'][number]>[]): GoldDoc => ({
  id: 'g', text, actors: [],
  cues: cues.map((c) => ({ type: 'engagement', holder: [], evidence: '', occurrence: 1, optional: false, ...c })) as GoldDoc['cues'],
});

describe('scoreDoc', () => {
  it('matches on type and overlapping span, and checks the holder separately', () => {
    const g = gold([{ type: 'engagement', evidence: 'agreed to talks', holder: ['Peru'] }]);
    const s = scoreDoc(g, doc([cue('engagement', 'agreed', 'CHL')]));
    expect(s.span.engagement).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.holder.engagement).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('accepts the holder through its affiliation', () => {
    const g = gold([{ type: 'refusal', evidence: 'refused', holder: ['Chile'] }]);
    const s = scoreDoc(g, doc([cue('refusal', 'refused', 'chilean-officials')]));
    expect(s.holder.refusal.tp).toBe(1);
  });
  it('accepts a holder named by an alias of the gold actor the list names', () => {
    const g = { ...gold([{ type: 'refusal', evidence: 'refused', holder: ['Chilean government'] }]),
      actors: [{ name: 'Chilean government', aliases: ['Chile', 'it'] }] };
    expect(scoreDoc(g, doc([cue('refusal', 'refused', 'CHL')])).holder.refusal.tp).toBe(1);
    // an alias of an actor the list does not name gives no match
    const other = { ...g, actors: [{ name: 'Bolivian government', aliases: ['Chile'] }] };
    expect(scoreDoc(other, doc([cue('refusal', 'refused', 'CHL')])).holder.refusal.tp).toBe(0);
  });
  it('never matches a holder through a pronoun alias', () => {
    const g = { ...gold([{ type: 'refusal', evidence: 'refused', holder: ['Chilean government'] }]),
      actors: [{ name: 'Chilean government', aliases: ['It', 'they'] }] };
    const pronounActor = { ...doc([cue('refusal', 'refused', 'it')]) };
    pronounActor.actors = [...pronounActor.actors, { id: 'it', name: 'it', type: 'group', affiliation: null, mentions: [] }];
    expect(scoreDoc(g, pronounActor).holder.refusal.tp).toBe(0);
  });
  it('matches a cue with conjoined holders when any conjunct is the gold holder', () => {
    const g = gold([{ type: 'engagement', evidence: 'agreed to talks', holder: ['Chile'] }]);
    const both = { ...cue('engagement', 'agreed', 'PER'), holders: ['PER', 'CHL'] } as Cue;
    expect(scoreDoc(g, doc([both])).holder.engagement.tp).toBe(1);
    expect(scoreDoc(g, doc([cue('engagement', 'agreed', 'PER')])).holder.engagement.tp).toBe(0);
  });
  it('does not match across types or without overlap', () => {
    const g = gold([{ type: 'refusal', evidence: 'refused', holder: [] }]);
    const s = scoreDoc(g, doc([cue('engagement', 'refused', null), cue('refusal', 'agreed', null)]));
    expect(s.span.refusal).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.span.engagement.fp).toBe(1);
  });
  it('lets one gold cue match one predicted cue only', () => {
    const g = gold([{ type: 'engagement', evidence: 'Peru agreed to talks', holder: [] }]);
    const s = scoreDoc(g, doc([cue('engagement', 'agreed', null), cue('engagement', 'talks', null)]));
    expect(s.span.engagement).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
  it('neither rewards nor punishes optional gold cues', () => {
    const g = gold([{ type: 'condition', evidence: 'set conditions', holder: [], optional: true }]);
    expect(scoreDoc(g, doc([cue('condition', 'conditions', null)])).span.condition).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scoreDoc(g, doc([])).span.condition).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('finds the n-th occurrence of repeated evidence', () => {
    const t2 = 'Chile refused. Chile refused.';
    const g: GoldDoc = { id: 'g', text: t2, actors: [], cues: [{ type: 'refusal', holder: [], evidence: 'refused', occurrence: 2, optional: false }] };
    const first = { ...cue('refusal', 'refused', null), start: 6, end: 13 };
    expect(scoreDoc(g, doc([first])).span.refusal).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('GoldDoc', () => {
  it('reads a null time or target as not stated, and ignores fields it does not know', () => {
    const rec = {
      id: 'g', text: 'Chile refused.', genre: 'diplomacy',
      cues: [{ type: 'refusal', holder: ['Chile'], target: null, evidence: 'refused', time: null, start: 6, end: 13 }],
    };
    const g = GoldDocSchema.parse(rec);
    expect(g.cues[0]!.time ?? undefined).toBeUndefined();
    expect(g.cues[0]!.target ?? undefined).toBeUndefined();
    expect(GoldDocSchema.safeParse({ ...rec, cues: [{ ...rec.cues[0], time: 'later' }] }).success).toBe(false);
  });
});

describe('report', () => {
  it('micro-averages over types', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    const g = gold([{ type: 'engagement', evidence: 'agreed', holder: ['Peru'] }, { type: 'refusal', evidence: 'refused', holder: ['Chile'] }]);
    const r = report([scoreDoc(g, doc([cue('engagement', 'agreed', 'PER')]))]);
    expect(r.span.overall).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
  });
});

describe('stance eval (the real executable, on a gold file written for the tests)', () => {
  it('prints precision/recall as JSON and lists misses and extras with --verbose', () => {
    const json = spawnSync(process.execPath, ['bin/stance.js', 'eval', '-f', 'json', 'fixtures/gold/mini.jsonl'], { encoding: 'utf8' });
    expect(json.status).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.documents).toBe(1);
    // the gold file holds one cue no rule can find ("Sweden"): recall < 1 by construction
    expect(r.span.engagement.fn).toBeGreaterThanOrEqual(1);
    expect(r.span.refusal.tp).toBe(1);
    const v = spawnSync(process.execPath, ['bin/stance.js', 'eval', '-v', 'fixtures/gold/mini.jsonl'], { encoding: 'utf8' });
    expect(v.stdout).toMatch(/^MISS\s+mini-1\s+engagement\s+"foreign ministry said on Monday"/m);
    expect(v.stdout).toMatch(/overall/);
  });
  it('is a usage error for a file that is not a gold file', () => {
    const r = spawnSync(process.execPath, ['bin/stance.js', 'eval', 'fixtures/seed.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fixtures\/seed\.txt:1: not a gold record/);
  });
});
