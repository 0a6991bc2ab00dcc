/**
 * Isolation, through the built CLI: a worker that dies (process.exit, an uncaught
 * exception, out of memory) or runs past --timeout costs only the document it
 * held. That document gets an error record, the batch goes on with a new worker,
 * every other record comes out in input order, and the exit status is 1.
 * The faults are made by the worker's test-only hook STANCE_TEST_FAULT=<kind>:<marker>.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputRecord, isErrorRecord } from '../src/schema/output.js';
import { lines, stance } from './batch-helpers.js';

const MARKER = 'ZQXFAULTMARK';
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'stance-isolation-'));
  const dir = join(tmp, 'docs');
  mkdirSync(dir);
  const names = ['Norland', 'Vesk', 'Talvia', 'Marrin', 'Kestria'];
  names.forEach((n, i) => {
    const extra = i === 2 ? ` ${MARKER}` : '';
    writeFileSync(join(dir, `d${i}.txt`), `${n} said on Monday it would not negotiate with Pellar until the border was settled.${extra}\n`);
  });
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** the records of a run, and what the faulty document d2 got */
async function faulty(kind: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = await stance(['-f', 'jsonl', '-q', ...args, 'docs'], { cwd: tmp, env: { STANCE_TEST_FAULT: `${kind}:${MARKER}`, ...env } });
  const records = lines(r.stdout).map((l) => OutputRecord.parse(l));
  return { r, records, sources: records.map((x) => x.source), bad: records[2]! };
}

const ALL = ['docs/d0.txt', 'docs/d1.txt', 'docs/d2.txt', 'docs/d3.txt', 'docs/d4.txt'];

function othersAreDocuments(records: OutputRecord[]) {
  records.forEach((rec, i) => {
    if (i !== 2) {
      expect(isErrorRecord(rec), rec.source).toBe(false);
      if (!isErrorRecord(rec)) expect(rec.cues.length, rec.source).toBeGreaterThan(0);
    }
  });
}

describe('a worker that dies costs only its document', () => {
  it('process.exit in a child-process worker: WORKER_CRASH, every other record in order, exit 1', async () => {
    const { r, records, sources, bad } = await faulty('exit', ['-j', '2'], { STANCE_POOL: 'processes' });
    expect(sources).toEqual(ALL);
    expect(isErrorRecord(bad) && bad.error.code).toBe('WORKER_CRASH');
    othersAreDocuments(records);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('docs/d2.txt');
  }, 60_000);

  it('an uncaught exception in a worker thread at -j 1: WORKER_CRASH, the rest analysed by a new worker', async () => {
    const { r, records, sources, bad } = await faulty('throw', ['-j', '1'], { STANCE_POOL: 'threads' });
    expect(sources).toEqual(ALL);
    expect(isErrorRecord(bad) && bad.error.code).toBe('WORKER_CRASH');
    othersAreDocuments(records);
    expect(r.code).toBe(1);
  }, 60_000);

  it('a worker that runs out of its heap: OUT_OF_MEMORY, and the batch finishes', async () => {
    const { r, records, sources, bad } = await faulty('oom', ['-j', '2'], { STANCE_WORKER_MEMORY_MB: '160' });
    expect(sources).toEqual(ALL);
    expect(isErrorRecord(bad) && bad.error.code).toBe('OUT_OF_MEMORY');
    othersAreDocuments(records);
    expect(r.code).toBe(1);
  }, 60_000);
});

describe('--timeout', () => {
  it('a runaway document becomes a TIMEOUT record; its worker is replaced', async () => {
    const t0 = Date.now();
    const { r, records, sources, bad } = await faulty('hang', ['-j', '2', '--timeout', '2']);
    expect(sources).toEqual(ALL);
    expect(isErrorRecord(bad) && bad.error).toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('--timeout (2 s)') });
    othersAreDocuments(records);
    expect(r.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(45_000);
  }, 60_000);

  it('is a number of seconds', async () => {
    const r = await stance(['--timeout', 'soon', 'docs'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seconds/);
  });
});
