/**
 * The start-up snapshot (dist/stance.blob, scripts/build-snapshot.mjs): a run
 * from it prints exactly what a run without it prints (one file, stdin, a
 * batch in worker processes, explain, a usage error), and worker processes
 * never inherit the blob. The end-to-end checks need the blob `npm run build`
 * makes; without one (a node that cannot build it) they are skipped.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from './batch-helpers.js';
import { workerExecArgv } from '../src/cli/pool.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function stance(args: string[], env: Record<string, string>, input = ''): Promise<Run> {
  const e = { ...process.env, ...env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'COLORTERM', 'NODE_OPTIONS', 'STANCE_DEBUG']) delete e[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: e });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

describe('worker processes and the snapshot', () => {
  it('a worker gets the parent node flags but not --snapshot-blob nor its heap limit', () => {
    expect(workerExecArgv(['--snapshot-blob', '/x/stance.blob', '--no-warnings', '--max-old-space-size=100'])).toEqual(['--no-warnings']);
    expect(workerExecArgv(['--snapshot-blob=/x/stance.blob', '--inspect'])).toEqual(['--inspect']);
  });
});

const hasBlob = existsSync(join(ROOT, 'dist', 'stance.blob'));

describe.skipIf(!hasBlob)('a run from the start-up snapshot', () => {
  const article = 'Norland refused to hold talks with Ostia. Its foreign minister said they would negotiate if the sanctions were lifted.';
  const cases: [string, string[], string?][] = [
    ['one file', ['-f', 'jsonl', 'fixtures/seed.txt']],
    ['stdin', ['-f', 'json'], article],
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
