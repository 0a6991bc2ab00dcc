/** The batch internals that the CLI cannot easily provoke: a crash inside the pipeline, odd JSON records, output order. */
import { describe, expect, it } from 'vitest';
import { runTask } from '../src/cli/task.js';
import { recordUnit, parseExts, type Unit } from '../src/cli/inputs.js';
import { runBatch } from '../src/cli/batch.js';
import type { RuleSet } from '../src/rules/load.js';

describe('runTask', () => {
  it('turns an exception inside the pipeline into an INTERNAL error record', async () => {
    const broken = { rules: [], byKey: new Map(), net: null } as unknown as RuleSet;
    const r = await runTask({ source: 'x.txt', kind: 'text', text: 'Norland refused to talk to Vesk.', id: 'k' }, { maxBytes: 1e6, rules: broken });
    expect(r.record).toMatchObject({ source: 'x.txt', id: 'k', error: { code: 'INTERNAL' } });
    expect('error' in r.record && r.record.error.message).toMatch(/^internal error \(a bug\) while analysing: /);
    expect(r.stack).toBeTypeOf('string');
  });
});

describe('recordUnit', () => {
  const unit = (v: unknown) => recordUnit(v, 's', { maxBytes: 100 });
  const code = (u: Unit) => ('record' in u ? u.record.error.code : 'task');
  it('takes text or body, stringifies numeric ids, and reports the rest', () => {
    expect(unit({ text: 'a b', id: 7 })).toMatchObject({ task: { text: 'a b', id: '7', includeText: true } });
    expect(unit({ body: 'a b', title: 'T' })).toMatchObject({ task: { text: 'a b', title: 'T', id: null } });
    expect(code(unit({ title: 'x' }))).toBe('NO_TEXT');
    expect(code(unit({ text: '  ' }))).toBe('NO_TEXT');
    expect(code(unit('text'))).toBe('NO_TEXT');
    expect(code(unit([1]))).toBe('NO_TEXT');
    expect(code(unit({ text: 'x'.repeat(101) }))).toBe('TOO_LARGE');
  });
  it('--ext accepts a comma list with or without dots', () => {
    expect([...parseExts('txt, .MD,html')]).toEqual(['.txt', '.md', '.html']);
  });
});

describe('runBatch', () => {
  it('keeps a bounded window and stops when emit says so (records already in order)', async () => {
    let pulled = 0;
    let emitted = 0;
    let maxAhead = 0;
    async function* units(): AsyncGenerator<Unit> {
      for (let i = 0; i < 50; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - emitted);
        await new Promise((r) => setTimeout(r, i % 3));
        yield { record: { schemaVersion: 1, source: `s${i}`, error: { code: 'EMPTY', message: 'x' } } };
      }
    }
    const seen: string[] = [];
    await runBatch(units(), {
      jobs: 1,
      window: 4,
      cfg: { rules: [], maxBytes: 1e6 },
      emit: async ({ record }) => {
        seen.push(record.source);
        emitted++;
        return record.source !== 's29';
      },
    });
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `s${i}`));
    expect(maxAhead).toBeLessThanOrEqual(5);
  });
});
