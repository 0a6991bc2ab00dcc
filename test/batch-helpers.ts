/** Shared by the batch tests: a temp copy of fixtures/batch with what git cannot hold well, and a spawner. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'stance.js');

/** A deterministic 5 MB text with no punctuation (a linear congruential generator). */
export function hugeText(bytes = 5_000_000): string {
  let s = 20240501;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ['talks', 'norland', 'vesk', 'border', 'minister', 'said', 'would', 'not', 'the', 'of', 'and', 'negotiate', 'trade', 'summit', 'ready'];
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const w = words[Math.floor(rnd() * words.length)]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ').slice(0, bytes);
}

/**
 * tmp/batch: fixtures/batch plus a dangling symlink, a symlink loop, a node_modules
 * folder and a 5 MB file. Returns the temp dir (run with cwd there, path "batch").
 */
export function makeCorpus(): string {
  const tmp = mkdtempSync(join(tmpdir(), 'stance-batch-'));
  const dir = join(tmp, 'batch');
  cpSync(join(ROOT, 'fixtures', 'batch'), dir, { recursive: true });
  symlinkSync('nowhere.txt', join(dir, 'gone.txt'));
  symlinkSync('..', join(dir, 'news', 'loop'));
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.txt'), 'Norland refused talks.\n');
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big', 'huge.txt'), hugeText());
  return tmp;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built bin with exactly this environment, feeding `input` on stdin; resolves with its exit code and output. */
export function runBin(args: string[], env: NodeJS.ProcessEnv, input = '', cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
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

export function stance(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return runBin(args, { ...process.env, NO_COLOR: '1', ...opts.env }, opts.input ?? '', opts.cwd ?? ROOT);
}

/** every line of JSON Lines output, parsed */
export const lines = (s: string): unknown[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

/** a stack trace line ("    at fn (file:1:2)") */
export const STACK = /^\s+at .+[:(]/m;
