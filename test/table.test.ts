import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { analyze } from '../src/pipeline/index.js';
import { contextWindow, documentHeading, formatTable, truncate, wrap } from '../src/format/table.js';
import type { StanceDocument } from '../src/schema/output.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const docs: Record<string, StanceDocument> = Object.fromEntries(
  ['seed.txt', 'cjk-emoji.txt', 'headlines.txt', 'crlf.txt'].map((f) => [f, analyze(fixture(f), { source: `fixtures/${f}` })]),
);

/** A document whose names, stances and sentences are long and full of wide characters. */
function wideDoc(): StanceDocument {
  const base = analyze('中华人民共和国 🇨🇳 has agreed to enter trade discussions with the United States. ' + '漢字と絵文字👩‍👩‍👧‍👦 '.repeat(40) + 'end.', {
    source: 'wide.txt',
  });
  const long = '中华人民共和国国务院新闻办公室发言人👩‍👩‍👧‍👦🇪🇺';
  return {
    ...base,
    actors: base.actors.map((a) => ({ ...a, name: long })),
    summary: { actors: base.summary.actors.map((a) => ({ ...a, name: long, stance: `${a.stance} ${'且'.repeat(60)}` })) },
  };
}

describe('formatTable', () => {
  it('the seed has findings to show (otherwise the width checks prove little)', () => {
    expect(docs['seed.txt']!.cues.length).toBeGreaterThan(5);
    expect(docs['cjk-emoji.txt']!.cues.length).toBeGreaterThan(0);
    expect(wideDoc().cues.length).toBeGreaterThan(0);
  });

  for (const columns of [40, 60, 80, 120]) {
    it(`every line fits in ${columns} columns (CJK, emoji, long sentences), with and without colour`, () => {
      for (const doc of [...Object.values(docs), wideDoc()]) {
        for (const chalk of [plain, colour]) {
          const out = formatTable(doc, { chalk, width: columns });
          const lines = out.split('\n');
          expect(lines.length).toBeGreaterThan(5);
          for (const line of lines) {
            const w = stringWidth(line);
            if (w > columns) throw new Error(`${doc.source} at ${columns}: line of ${w} columns: ${JSON.stringify(line)}`);
          }
        }
      }
    });
  }

  it('no escape codes at colour level 0; the trigger is bracketed instead', () => {
    const out = formatTable(docs['seed.txt']!, { chalk: plain, width: 100 });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('[agreed to enter trade discussions]');
  });

  it('colours by cue type at level > 0: engagement green, refusal red, condition yellow', () => {
    const out = formatTable(docs['seed.txt']!, { chalk: colour, width: 100 });
    expect(out).toMatch(ANSI);
    expect(out).toContain(colour.green('engagement'));
    expect(out).toContain(colour.red('refusal   '));
    expect(out).toContain(colour.yellow('condition '));
    expect(out).toContain(colour.bold(colour.green('agreed to enter trade discussions')));
    expect(out).not.toContain('[agreed to enter trade discussions]');
  });

  it('shows the headline, the findings with sentence numbers and holders, the actors and a summary line', () => {
    const doc = docs['seed.txt']!;
    const out = formatTable(doc, { chalk: plain, width: 120 });
    const lines = out.split('\n');
    expect(lines[0]).toBe('China Engages in U.S. Trade Talks While Maintaining Firm Stance');
    expect(lines[1]).toBe('fixtures/seed.txt');
    // one line per cue, each starting with its 1-based sentence number
    const first = doc.cues[0]!;
    expect(out).toMatch(new RegExp(`^\\s*${first.sentence + 1}  China → United States\\s+engagement  .*\\[agreed to enter trade discussions\\]`, 'm'));
    for (const a of doc.summary.actors) expect(out).toMatch(new RegExp(`^${a.name}\\s+.*${a.stance.replace(/[()]/g, '\\$&')}`, 'm'));
    const s = doc.stats;
    const total = s.cues.engagement + s.cues.refusal + s.cues.condition;
    expect(out).toContain(
      `17 sentences (5 duplicates skipped) · ${s.actors} actors · ${total} cues: ${s.cues.engagement} engagement, ${s.cues.refusal} refusal, ${s.cues.condition} condition`,
    );
  });

  it('renders an error record as one line', () => {
    const out = formatTable({ schemaVersion: 1, source: 'x.bin', error: { code: 'BINARY', message: 'binary file\n(contains NUL bytes)' } }, { chalk: plain, width: 80 });
    expect(out).toBe('error x.bin: binary file (contains NUL bytes)\n');
  });

  it('a document without cues says so', () => {
    const out = formatTable(analyze('The weather was fine on Monday.', { source: 'w.txt' }), { chalk: plain, width: 80 });
    expect(out).toContain('no stance cues found');
    expect(out.split('\n')[0]).toBe('w.txt');
  });

  it('never prints control characters from the text (no terminal escape injection)', () => {
    const doc = analyze('Iran agreed to talks \u001b[31mwith\u001b[0m the U.S. on Monday.', { source: 'esc.txt' });
    expect(doc.cues.length).toBeGreaterThan(0);
    expect(formatTable(doc, { chalk: plain, width: 80 })).not.toContain('\u001b');
  });
});

describe('table helpers', () => {
  it('documentHeading: headline, else title, else source', () => {
    const doc = analyze('Iran agreed to talks on Monday.', { source: 's.txt' });
    expect(documentHeading(doc)).toBe('s.txt');
    expect(documentHeading({ ...doc, title: 'A Title' })).toBe('A Title');
    expect(documentHeading(docs['seed.txt']!)).toBe('China Engages in U.S. Trade Talks While Maintaining Firm Stance');
  });

  it('truncate measures display width, not .length', () => {
    expect(truncate('習近平習近平', 7)).toBe('習近平…');
    expect(stringWidth(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 5))).toBeLessThanOrEqual(5);
    expect(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 5)).toBe('👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('wrap keeps words whole and lines within the width', () => {
    expect(wrap('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
    for (const l of wrap('漢字 '.repeat(30), 11)) expect(stringWidth(l)).toBeLessThanOrEqual(11);
  });

  it('contextWindow keeps the trigger whole and elides the sides with …', () => {
    const s = 'Just weeks prior, Chinese officials had vehemently stated they would not negotiate under coercive conditions.';
    const start = s.indexOf('would not negotiate');
    const w = contextWindow(s, start, start + 'would not negotiate'.length, 40);
    expect(w.trigger).toBe('would not negotiate');
    expect(w.before.startsWith('…')).toBe(true);
    expect(w.after.endsWith('…')).toBe(true);
    expect(stringWidth(w.before + w.trigger + w.after)).toBeLessThanOrEqual(40);
    const whole = contextWindow(s, start, start + 19, 200);
    expect(whole.before + whole.trigger + whole.after).toBe(s);
  });
});
