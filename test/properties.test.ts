/**
 * Property tests (fast-check): random documents of words, punctuation, quotes,
 * brackets, line breaks, emoji, CJK, right-to-left scripts, combining marks,
 * arbitrary Unicode and very long tokens never make analyze() throw; every
 * sentence, mention, cue and condition span is exactly text.slice(start, end);
 * sentences tile the text in order (only white space between them); and the CLI
 * prints the same bytes at -j 1 and -j 2.
 *
 * The normal run checks FUZZ_RUNS documents (default 200) from a fixed seed;
 * `npm run fuzz` checks 10,000 from a random seed (FUZZ_SEED=n to replay one;
 * fast-check prints the seed and the smallest failing document).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/index.js';
import { normalise } from '../src/pipeline/normalise.js';
import type { StanceDocument } from '../src/schema/output.js';
import { stance } from './batch-helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261204;

const words = [
  'Norland', 'Vesk', 'the', 'minister', 'said', 'would', 'not', 'negotiate', 'talks', 'agreed', 'to', 'refused', 'rejected',
  'unless', 'if', 'must', 'first', 'ready', 'with', 'union', 'government', 'They', 'It', 'he', 'she', 'Mr.', 'Dr.', 'U.S.',
  'No.', '3', '1.5', 'p.m.', 'Jan.', 'A', 'I', "won't", "Norland's", 'ceasefire', 'offer', 'demands', 'conditions',
];
const punctuation = ['.', ',', ';', ':', '!', '?', '...', '…', '-', '—', '–', '/', '&', '%', '。', '！', '؟', '·'];
const quotes = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '`'];
const brackets = ['(', ')', '[', ']', '{', '}', '<', '>'];
const breaks = ['\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u200b', '\f'];
const scripts = ['😀', '👍🏽', '🇪🇺', '👩‍👩‍👧', '中国', '外交部', '習近平', 'שלום', 'ישראל', 'مرحبا', 'السلام', 'Ⅳ', 'ß', 'İ', 'ﬁ', 'e\u0301', 'n\u0303\u0323', '\u0301', 'Ωμέγα', 'Москва'];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...quotes) },
  { weight: 1, arbitrary: fc.constantFrom(...brackets) },
  { weight: 2, arbitrary: fc.constantFrom(...breaks) },
  { weight: 2, arbitrary: fc.constantFrom(...scripts) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code point, lone surrogates too
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  // a very long token (a URL, a hash, a run of one letter)
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'ab', 'Norland', '-', '.'), fc.integer({ min: 50, max: 1500 })).map(([s, n]) => s.repeat(n)) },
);
const documentArb = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '\n')), { minLength: 1, maxLength: 120 })
  .map((ps) => ps.map(([p, sep]) => p + sep).join(''));

const blank = (gap: string) => normalise(gap).trim();

/** Every invariant of one analysed document; throws (with the reason) on the first broken one. */
function checkDocument(text: string, doc: StanceDocument): void {
  let at = 0;
  for (const [i, s] of doc.sentences.entries()) {
    expect(s.index).toBe(i);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(s.end).toBeGreaterThan(s.start);
    // what lies between two sentences is white space (as the analysis reads it: zero-width spaces,
    // controls …), so nothing is lost or read twice
    expect(blank(text.slice(at, s.start))).toBe('');
    at = s.end;
  }
  expect(blank(text.slice(at))).toBe('');
  for (const a of doc.actors)
    for (const m of a.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = doc.sentences[m.sentence]!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  for (const c of doc.cues) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    const s = doc.sentences[c.sentence]!;
    expect(c.start >= s.start && c.end <= s.end).toBe(true);
    if (c.condition) expect(text.slice(c.condition.start, c.condition.end)).toBe(c.condition.text);
  }
  expect(doc.stats.sentences).toBe(doc.sentences.length);
}

describe('property: analyze() on random documents', () => {
  // (a generous limit: a busy machine can take 10 ms a document or more)
  it(`never throws, and every span and the sentence tiling hold (${RUNS} documents)`, { timeout: Math.max(60_000, RUNS * 60) }, () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        checkDocument(text, analyze(text));
      }),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  });
});

describe('property: the CLI prints the same at -j 1 and -j 2', () => {
  it('for seeded random documents and a 10,000-level page in one batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-prop-'));
    const docs = fc.sample(documentArb.filter((t) => t.trim() !== ''), { numRuns: 6, seed: 7 });
    const files = docs.map((t, i) => {
      const f = join(dir, `doc${i}.txt`);
      writeFileSync(f, t);
      return f;
    });
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><head><title>Deep</title></head><body>${'<div>'.repeat(10_000)}<p>Vesk agreed to talks with Norland.</p>${'</div>'.repeat(10_000)}</body></html>`);
    const args = ['-q', '-f', 'jsonl', ...files, deep];
    const one = await stance(['-j', '1', ...args]);
    const two = await stance(['-j', '2', ...args]);
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(files.length + 1);
    expect(one.code).toBe(two.code);
  });
});
