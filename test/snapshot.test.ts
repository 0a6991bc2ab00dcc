/**
 * The start-up snapshot (dist/stance.blob, scripts/build-snapshot.mjs): a run
 * from it prints exactly what a run without it prints (one file, stdin, a
 * batch in worker processes, explain, a usage error); a batch's worker
 * processes start from the blob too when their heap limit is the blob's, and
 * give the records forked workers give, in input order, error records included. The end-to-end checks need the blob `npm run build`
 * makes; without one (a node that cannot build it) they are skipped.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runBin, type Run } from './batch-helpers.js';
import { snapshotForWorkers, workerExecArgv } from '../src/cli/pool.js';
import { DEFAULT_WORKER_HEAP_MB } from '../src/cli/batch.js';

function stance(args: string[], env: Record<string, string>, input = '', cwd = ROOT): Promise<Run> {
  const e = { ...process.env, ...env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'COLORTERM', 'NODE_OPTIONS', 'STANCE_DEBUG']) delete e[k];
  return runBin(args, e, input, cwd);
}

describe('worker processes and the snapshot', () => {
  it('a worker gets the parent node flags but not --snapshot-blob nor its heap limit', () => {
    expect(workerExecArgv(['--snapshot-blob', '/x/stance.blob', '--no-warnings', '--max-old-space-size=100'])).toEqual(['--no-warnings']);
    expect(workerExecArgv(['--snapshot-blob=/x/stance.blob', '--inspect'])).toEqual(['--inspect']);
  });

  it('a worker process starts from the blob only when its heap limit is the one the blob was built with', () => {
    const argv = ['--max-old-space-size=2048', '--snapshot-blob', '/x/stance.blob'];
    expect(snapshotForWorkers(argv, 2048)).toEqual(argv);
    expect(snapshotForWorkers(['--max-old-space-size=2048', '--snapshot-blob=/x/stance.blob'], 2048)).toEqual(argv);
    expect(snapshotForWorkers(argv, 160)).toBeUndefined();
    expect(snapshotForWorkers(['--max-old-space-size=2048'], 2048)).toBeUndefined();
    expect(snapshotForWorkers(['--snapshot-blob', '/x/stance.blob'], 2048)).toBeUndefined();
  });
});

const hasBlob = existsSync(join(ROOT, 'dist', 'stance.blob'));

describe.skipIf(!hasBlob)('a run from the start-up snapshot', () => {
  const article = 'Norland refused to hold talks with Ostia. Its foreign minister said they would negotiate if the sanctions were lifted.';
  const cases: [string, string[], string?][] = [
    ['one file', ['-f', 'jsonl', 'fixtures/seed.txt']],
    ['stdin', ['-f', 'json'], article],
    // (compromise as nlp.js sets it up: "now" is an adverb here, so "management" is no subject of "now needs")
    ['stdin, a word the lexicon changes', ['-f', 'json'], 'The union said management now needs to withdraw the threat of layoffs.'],
    ['a batch in two worker processes, with errors', ['-f', 'jsonl', '-j', '2', '-q', 'fixtures/batch']],
    ['explain', ['explain', '--no-color', 'fixtures/article-takeover.txt']],
    ['a usage error', ['-f', 'nope', 'fixtures/seed.txt']],
    ['--help', ['--help']],
  ];
  it.each(cases)('%s: the same output and exit code as without it', async (_, args, input) => {
    const [snap, plain] = await Promise.all([stance(args, {}, input), stance(args, { STANCE_NO_SNAPSHOT: '1' }, input)]);
    expect(snap.stdout).toBe(plain.stdout);
    expect(snap.stderr).toBe(plain.stderr);
    expect(snap.code).toBe(plain.code);
  }, 120_000);
});

describe.skipIf(!hasBlob)('worker processes started from the snapshot', () => {
  it('the blob is built with the default worker heap limit, which every run from it repeats', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'stance.blob.json'), 'utf8')) as { flags: string[] };
    expect(meta.flags).toEqual([`--max-old-space-size=${DEFAULT_WORKER_HEAP_MB}`]);
  });

  it('many files at -j 2: the records of -j 1, in input order, a bad file an error record, exit 1, from the blob or not', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stance-snapshot-workers-'));
    try {
      const names = ['Norland', 'Vesk', 'Talvia', 'Marrin', 'Kestria', 'Pellar'];
      for (let i = 0; i < 30; i++) {
        const sub = join(tmp, 'docs', `p${i % 3}`);
        mkdirSync(sub, { recursive: true });
        const a = names[i % names.length]!;
        const b = names[(i + 1) % names.length]!;
        // short and long documents mixed, so that the workers finish out of order
        const body = `${a} said on Monday it would not negotiate with ${b} until the border was settled. `.repeat(1 + ((i * 7) % 13));
        writeFileSync(join(sub, `d${String(i).padStart(2, '0')}.txt`), i === 11 ? '   \n' : `${body}\n`);
      }
      writeFileSync(join(tmp, 'docs', 'p1', 'broken.json'), '{"text": ');
      const cwd = tmp;
      const args = ['-f', 'jsonl', '-q', 'docs'];
      const [j1, j2, j2fork, j2plain] = await Promise.all([
        stance([...args, '-j', '1'], {}, '', cwd),
        stance([...args, '-j', '2'], {}, '', cwd),
        stance([...args, '-j', '2'], { STANCE_WORKER_MEMORY_MB: '1024' }, '', cwd),
        stance([...args, '-j', '2'], { STANCE_NO_SNAPSHOT: '1' }, '', cwd),
      ]);
      const records = j1.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; error?: { code: string } });
      expect(records).toHaveLength(31);
      expect(records.map((r) => r.source)).toEqual([...records.map((r) => r.source)].sort());
      expect(records.filter((r) => r.error).map((r) => r.source)).toEqual(['docs/p1/broken.json', 'docs/p2/d11.txt']);
      for (const r of [j2, j2fork, j2plain]) {
        expect(r.stdout).toBe(j1.stdout);
        expect(r.code).toBe(1);
      }
      expect(j1.code).toBe(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
