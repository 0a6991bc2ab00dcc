/**
 * The jq recipes of the README's batch section, run for real: every line of a
 * ```sh block inside <!-- batch:start --> … <!-- batch:end --> that starts with
 * `stance` and pipes into jq is run (as `node bin/stance.js`) in a temp folder
 * where `news/` is a copy of fixtures/batch/news, and its output is checked
 * against the same thing computed in JS from stance's own output.
 * Skipped, with a message, when `jq` is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputRecord, isErrorRecord, type StanceDocument } from '../src/schema/output.js';
import { BIN, ROOT, lines } from './batch-helpers.js';

const hasJq = spawnSync('sh', ['-c', 'command -v jq'], { encoding: 'utf8' }).status === 0;
if (!hasJq) console.warn('test/jq.test.ts: skipped: jq is not installed (apt-get install jq to run the README recipes)');

/** the batch section: README.md between the markers, or README.batch.md until the markers exist */
function section(): string {
  for (const f of ['README.md', 'README.batch.md']) {
    const p = join(ROOT, f);
    if (!existsSync(p)) continue;
    const s = readFileSync(p, 'utf8');
    const a = s.indexOf('<!-- batch:start -->');
    const b = s.indexOf('<!-- batch:end -->');
    if (a >= 0 && b > a) return s.slice(a, b);
  }
  throw new Error('no <!-- batch:start --> … <!-- batch:end --> section in README.md or README.batch.md');
}

function jqCommands(): string[] {
  const blocks = [...section().matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) => b.split('\n')).filter((l) => /^stance\s.*\|\s*jq\s/.test(l));
}

describe('README jq recipes', () => {
  const commands = jqCommands();
  let tmp: string;
  let docs: StanceDocument[];

  it('the README has the three recipes: cues of one type, holders by count, a CSV', () => {
    expect(commands).toHaveLength(3);
    expect(commands[0]).toMatch(/select\(\.type == "refusal"\)/);
    expect(commands[1]).toMatch(/uniq -c/);
    expect(commands[2]).toMatch(/@csv/);
  });

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'stance-jq-'));
    cpSync(join(ROOT, 'fixtures', 'batch', 'news'), join(tmp, 'news'), { recursive: true });
    const out = execFileSync(process.execPath, [BIN, '-j', '1', '-f', 'jsonl', 'news/'], { cwd: tmp, encoding: 'utf8' });
    docs = lines(out)
      .map((l) => OutputRecord.parse(l))
      .filter((r): r is StanceDocument => !isErrorRecord(r));
  }, 30_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const run = (command: string) => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', command.replace(/^stance\b/, `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} -j 1`)], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  };

  it.skipIf(!hasJq)('cues of one type', () => {
    const got = run(commands[0]!).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
    const want = docs.flatMap((d) => d.cues.filter((c) => c.type === 'refusal').map((c) => ({ source: d.source, holder: c.holder, text: c.text })));
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  }, 30_000);

  it.skipIf(!hasJq)('holders by count', () => {
    const got = run(commands[1]!)
      .trim()
      .split('\n')
      .map((l) => /^\s*(\d+) (.*)$/.exec(l)!)
      .map((m) => [m[2]!, Number(m[1])] as const);
    const counts = new Map<string, number>();
    for (const d of docs)
      for (const c of d.cues) {
        const name = d.actors.find((a) => a.id === c.holder)?.name ?? '(none)';
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    expect(new Map(got)).toEqual(counts);
    const ns = got.map(([, n]) => n);
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
  }, 30_000);

  it.skipIf(!hasJq)('a CSV of cues', () => {
    const rows = run(commands[2]!).trimEnd().split('\n');
    expect(rows[0]).toBe('"source","sentence","type","holder","target","modality","text"');
    const q = (v: unknown) => (v === null ? '' : typeof v === 'number' ? String(v) : `"${String(v).replace(/"/g, '""')}"`);
    const want = docs.flatMap((d) => d.cues.map((c) => [d.source, c.sentence, c.type, c.holder, c.target, c.modality, c.text].map(q).join(',')));
    expect(rows.slice(1)).toEqual(want);
  }, 30_000);
});
