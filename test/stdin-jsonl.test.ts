/**
 * `--stdin-format jsonl`: stance as a streaming stage (GNU parallel --pipe, Hadoop
 * Streaming, Spark pipe()). The contract: N non-blank lines in → N lines out, in
 * input order, each with the line's id (an error record for a malformed line),
 * and each result written as soon as it is ready, without waiting for the end of
 * stdin.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OutputRecord, isErrorRecord } from '../src/schema/output.js';
import { BIN, lines, STACK, stance } from './batch-helpers.js';

const articles = [
  { id: 'a1', title: 'Talks', text: 'Norland said it would not negotiate with Vesk until the border was reopened.' },
  { id: 2, text: 'Vesk said it was ready to resume talks with Norland.' },
  'MALFORMED {"id": "a3", "text": ',
  { id: 'a4', body: 'The Ostrava Union agreed to meet the alliance on Friday.' },
  { id: 'a5', title: 'no text' },
  { id: 'a6', text: 'Talvia refused to negotiate with Marrin.' },
];
const input = articles.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join('\n') + '\n';

describe('stance --stdin-format jsonl', () => {
  for (const jobs of ['1', '2'])
    it(`N lines in → N lines out, same order and ids (-j ${jobs})`, async () => {
      const r = await stance(['-f', 'jsonl', '-j', jobs, '--stdin-format', 'jsonl'], { input });
      expect(r.code).toBe(1);
      const out = lines(r.stdout).map((l) => OutputRecord.parse(l));
      expect(out).toHaveLength(articles.length);
      expect(out.map((o) => o.source)).toEqual(articles.map((_, i) => `-:${i + 1}`));
      expect(out.map((o) => o.id ?? null)).toEqual(['a1', '2', null, 'a4', 'a5', 'a6']);
      expect(out.map((o) => (isErrorRecord(o) ? o.error.code : 'ok'))).toEqual(['ok', 'ok', 'BAD_JSON', 'ok', 'NO_TEXT', 'ok']);
      expect(r.stderr).toMatch(/^stance: -:3: not valid JSON/m);
      expect(r.stderr).not.toMatch(STACK);
    }, 30_000);

  it('writes each result before stdin ends (streaming, not read-all-first)', async () => {
    const child = spawn(process.execPath, [BIN, '-f', 'jsonl', '-j', '1', '--stdin-format', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const got: string[] = [];
    let buf = '';
    const waitLines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (got.length >= n) {
            child.stdout.off('data', onData);
            resolve();
          }
        };
        const onData = (d: Buffer) => {
          buf += d.toString('utf8');
          let i: number;
          while ((i = buf.indexOf('\n')) >= 0) {
            got.push(buf.slice(0, i));
            buf = buf.slice(i + 1);
          }
          check();
        };
        child.stdout.on('data', onData);
        child.once('close', () => reject(new Error(`stance ended after ${got.length} lines`)));
        check();
      });
    child.stdin.write(JSON.stringify(articles[0]) + '\n');
    await waitLines(1); // the first result arrives while stdin is still open
    child.stdin.write(JSON.stringify(articles[1]) + '\n');
    await waitLines(2);
    const closed = new Promise<number | null>((r) => child.on('close', r));
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(got.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a1', '2']);
  }, 30_000);
});
