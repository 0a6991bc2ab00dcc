/**
 * Batch: a folder of every input format, broken inputs included, through the
 * built CLI (npm test builds first). One record per document, in input order,
 * error records with the right codes, valid JSON Lines only on stdout, no stack
 * trace on stderr, exit 1, and the same bytes whatever -j.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputRecord, isErrorRecord, type StanceDocument } from '../src/schema/output.js';
import { lines, makeCorpus, ROOT, STACK, stance, type Run } from './batch-helpers.js';

let tmp: string;
let j1: Run;
let j2: Run;
let records: OutputRecord[];

const EXPECTED: [source: string, code?: string][] = [
  ['batch/big/huge.txt', 'TOO_LARGE'],
  ['batch/binary.txt', 'BINARY'],
  ['batch/empty.txt', 'EMPTY'],
  ['batch/feed.ndjson:1'],
  ['batch/feed.ndjson:2'],
  ['batch/gone.txt', 'ENOENT'],
  ['batch/latin1.txt'],
  ['batch/news/norland.txt'],
  ['batch/news/vesk.md'],
  ['batch/news/world/deep/summit.text'],
  ['batch/news/world/harbour.html'],
  ['batch/records.json#0'],
  ['batch/records.json#1'],
  ['batch/single.json'],
  ['batch/wire.jsonl:1'],
  ['batch/wire.jsonl:2', 'BAD_JSON'],
  ['batch/wire.jsonl:3', 'NO_TEXT'],
  ['batch/wire.jsonl:5'],
];

const doc = (source: string) => {
  const r = records.find((x) => x.source === source);
  if (!r || isErrorRecord(r)) throw new Error(`no document ${source}`);
  return r as StanceDocument;
};

/** every offset in a document indexes the text it carries (or the file as read) */
function checkOffsets(d: StanceDocument, text: string) {
  for (const s of d.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const c of d.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  for (const a of d.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

beforeAll(async () => {
  tmp = makeCorpus();
  [j1, j2] = await Promise.all([
    stance(['-f', 'jsonl', '-j', '1', 'batch'], { cwd: tmp }),
    stance(['-f', 'jsonl', '-j', '2', 'batch'], { cwd: tmp }),
  ]);
  records = lines(j1.stdout).map((l) => OutputRecord.parse(l));
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('stance FOLDER', () => {
  it('prints one valid record per document, in sorted walk order, and exits 1', () => {
    expect(j1.code).toBe(1);
    for (const l of j1.stdout.trimEnd().split('\n')) expect(OutputRecord.safeParse(JSON.parse(l)).success).toBe(true);
    expect(records.map((r) => [r.source, isErrorRecord(r) ? r.error.code : undefined])).toEqual(
      EXPECTED.map(([s, c]) => [s, c]),
    );
  });

  it('skips dot-files, node_modules, .stanceignore entries, other extensions, and walks a symlink loop once', () => {
    const sources = records.map((r) => r.source);
    for (const s of sources) expect(s).not.toMatch(/hidden|node_modules|drafts|skip|table\.csv|loop/);
  });

  it('gives byte-identical stdout with -j 1 and -j 2', () => {
    expect(j2.code).toBe(1);
    expect(j2.stdout).toBe(j1.stdout);
  });

  it('writes one line per error on stderr, and no stack trace', () => {
    for (const [source, code] of EXPECTED) if (code) expect(j1.stderr).toContain(`stance: ${source}: `);
    expect(j1.stderr).toMatch(/stance: batch\/latin1\.txt: warning: not valid UTF-8/);
    expect(j1.stderr).not.toMatch(STACK);
    expect(j2.stderr).not.toMatch(STACK);
    expect(j1.stderr.trimEnd().split('\n')).toHaveLength(EXPECTED.filter(([, c]) => c).length + 1);
  });

  it('extracts the article of an HTML page, with the title as headline', () => {
    const d = doc('batch/news/world/harbour.html');
    expect(d.title).toBe('Harbour dispute: Talvia refuses mediation');
    const text = d.text!;
    expect(text.startsWith('Harbour dispute: Talvia refuses mediation\n\nTalvia on Thursday refused')).toBe(true);
    expect(text).toMatch(/bay\.\n\nMarrin said/); // paragraphs stay apart
    for (const junk of ['Advertisement', 'troll99', 'Most read', 'window.dataLayer', 'Coastal Courier', 'https://', 'harbour.jpg'])
      expect(text).not.toContain(junk);
    expect(d.sentences[0]!.headline).toBe(true);
    checkOffsets(d, text);
    expect(d.cues.some((c) => c.type === 'refusal')).toBe(true);
  });

  it('reads JSON records: text or body, id as a string, title kept apart from the text', () => {
    const a = doc('batch/records.json#0');
    expect(a.id).toBe('101');
    expect(a.title).toBe('Kestria agrees to talks');
    expect(a.text!.startsWith('Kestria agreed on Friday')).toBe(true);
    checkOffsets(a, a.text!);
    const b = doc('batch/records.json#1');
    expect(b.id).toBe('r-102');
    expect(b.text).toMatch(/^The Brannock rebels refused/);
    expect(doc('batch/single.json').id).toBe('solo-1');
    const w = doc('batch/wire.jsonl:5');
    expect(w.id).toBe('4');
    checkOffsets(w, w.text!);
    const bad = records.find((r) => r.source === 'batch/wire.jsonl:3');
    expect(bad && isErrorRecord(bad) && bad.id).toBe('w3');
  });

  it('reads Latin-1 as Windows-1252 and carries the decoded text its offsets index', () => {
    const d = doc('batch/latin1.txt');
    expect(d.sentences[0]!.text).toContain('Señor Muñoz');
    expect(d.text).toContain('Señor Muñoz');
    checkOffsets(d, d.text!);
    expect(doc('batch/news/norland.txt').text).toBeUndefined();
    expect(d.cues.length).toBeGreaterThan(0);
  });
});

describe('stance paths', () => {
  it('reports a missing path, a glob matching nothing, and expands a glob in sorted order', async () => {
    const r = await stance(['-f', 'jsonl', '-j', '1', 'batch/news/*.{md,txt}', 'batch/missing.txt', 'batch/none/*.txt', 'batch/news/vesk.md'], { cwd: tmp });
    expect(r.code).toBe(1);
    const got = lines(r.stdout).map((x) => OutputRecord.parse(x)).map((x) => [x.source, isErrorRecord(x) ? x.error.code : 'ok']);
    expect(got).toEqual([
      ['batch/news/norland.txt', 'ok'],
      ['batch/news/vesk.md', 'ok'],
      ['batch/missing.txt', 'ENOENT'],
      ['batch/none/*.txt', 'ENOENT'],
      ['batch/news/vesk.md', 'ok'],
    ]);
  }, 30_000);

  it('reads an explicitly named file whatever its extension, and finds a dangling symlink', async () => {
    const r = await stance(['-f', 'jsonl', 'batch/table.csv', 'batch/gone.txt'], { cwd: tmp });
    const got = lines(r.stdout).map((x) => OutputRecord.parse(x));
    expect(got.map((x) => x.source)).toEqual(['batch/table.csv', 'batch/gone.txt']);
    expect(isErrorRecord(got[0]!)).toBe(false);
    expect(isErrorRecord(got[1]!) && got[1].error.message).toMatch(/dangling symbolic link/);
  }, 30_000);

  it('--fail-fast stops at the first error record', async () => {
    const r = await stance(['-f', 'jsonl', '-j', '1', '--fail-fast', 'batch/news', 'batch/empty.txt', 'batch/news'], { cwd: tmp });
    expect(r.code).toBe(1);
    const got = lines(r.stdout).map((x) => OutputRecord.parse(x));
    expect(got.map((x) => x.source)).toEqual([
      'batch/news/norland.txt',
      'batch/news/vesk.md',
      'batch/news/world/deep/summit.text',
      'batch/news/world/harbour.html',
      'batch/empty.txt',
    ]);
  }, 30_000);

  it('--ext chooses what a folder walk reads; -f json prints a stream of pretty objects', async () => {
    const r = await stance(['-f', 'json', '-j', '1', '--ext', 'md,text', 'batch'], { cwd: tmp });
    expect(r.code).toBe(0);
    const objs = JSON.parse(`[${r.stdout.replace(/\n}\n{/g, '\n},\n{')}]`) as unknown[];
    expect(objs.map((o) => OutputRecord.parse(o).source)).toEqual(['batch/news/vesk.md', 'batch/news/world/deep/summit.text']);
    expect(r.stderr).toBe('');
  }, 30_000);

  it('the table view shows an error record as a line', async () => {
    const r = await stance(['-f', 'table', '-j', '1', 'batch/empty.txt', 'batch/news/vesk.md'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/batch\/empty\.txt: empty file/);
    expect(r.stdout).toMatch(/batch\/news\/vesk\.md/);
  }, 30_000);

  it('a bad --rules file is a usage error before any input is read', async () => {
    const r = await stance(['-f', 'jsonl', '--rules', join(ROOT, 'package.json'), 'batch'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
  }, 30_000);

  it('ends quietly with status 0 when stdout is closed early (| head), workers included', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(join(ROOT, 'bin', 'stance.js'))} -f json -j 2 batch 2>/dev/null | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stdout.trim()).toBe('0');
  }, 30_000);

  it('-q keeps error lines and drops warnings', async () => {
    const r = await stance(['-q', '-j', '1', '-f', 'jsonl', 'batch/latin1.txt', 'batch/empty.txt'], { cwd: tmp });
    expect(r.stderr).toBe('stance: batch/empty.txt: empty file\n');
  }, 30_000);
});
