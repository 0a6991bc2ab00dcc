/**
 * The bad-input corpus (fixtures/bad, plus what git should not hold, made in a
 * temp dir: 20 MB lines, deep pages, symlink loops …). For each kind, the real
 * CLI runs over `good.txt KIND… good.txt`; the test asserts the exit status,
 * the record (or error code) of each input, and that the good document before
 * and after it is printed exactly as when it runs alone. A bad rule or actor
 * file is a usage error (exit 2) before any input is read.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputRecord, isErrorRecord, type StanceDocument } from '../src/schema/output.js';
import { MAX_SENTENCE } from '../src/pipeline/sentences.js';
import { ROOT, stance, type Run } from './batch-helpers.js';

/** `ok` a document, else the error code */
type Expect = [source: string, code: string];
interface Kind {
  name: string;
  /** inputs, between the two good documents */
  inputs: string[];
  /** options before the inputs */
  options?: string[];
  stdin?: string;
  exit: 0 | 1 | 2;
  /** the records of the inputs, in order (not for exit 2) */
  records?: Expect[];
  /** exit 2: what stderr says */
  usage?: RegExp;
  /** more checks on the inputs' records */
  check?: (records: OutputRecord[], run: Run) => void;
}

const doc = (r: OutputRecord | undefined): StanceDocument => {
  if (!r || isErrorRecord(r)) throw new Error(`expected a document, got ${JSON.stringify(r)?.slice(0, 200)}`);
  return r;
};
const sliced = (r: OutputRecord) => {
  const d = doc(r);
  for (const s of d.sentences) expect(d.text!.slice(s.start, s.end)).toBe(s.text);
};

const KINDS: Kind[] = [
  // ---- plain text
  { name: 'an empty file', inputs: ['empty.txt'], exit: 1, records: [['empty.txt', 'EMPTY']] },
  { name: 'white space only', inputs: ['whitespace.txt'], exit: 1, records: [['whitespace.txt', 'EMPTY']] },
  { name: 'a binary file', inputs: ['binary.txt'], exit: 1, records: [['binary.txt', 'BINARY']] },
  { name: 'a NUL byte after the first 8 KB', inputs: ['nul-late.txt'], exit: 1, records: [['nul-late.txt', 'BINARY']] },
  {
    name: 'invalid UTF-8 (read as Windows-1252, with a warning)',
    inputs: ['invalid-utf8.txt'],
    exit: 0,
    records: [['invalid-utf8.txt', 'ok']],
    check: ([r], run) => {
      expect(doc(r).text).toContain('Señor Ruiz');
      sliced(r!);
      expect(run.stderr).toMatch(/invalid-utf8\.txt: warning: not valid UTF-8/);
    },
  },
  { name: 'a UTF-8 byte-order mark', inputs: ['utf8-bom.txt'], exit: 0, records: [['utf8-bom.txt', 'ok']], check: ([r]) => sliced(r!) },
  {
    name: 'UTF-16 LE with a byte-order mark',
    inputs: ['utf16le.txt'],
    exit: 0,
    records: [['utf16le.txt', 'ok']],
    check: ([r]) => {
      // a refusal, an engagement and its condition (the refusal's parties are unknown names: found all the same)
      expect(doc(r).cues.length).toBe(3);
      sliced(r!);
    },
  },
  { name: 'UTF-16 BE with a byte-order mark', inputs: ['utf16be.txt'], exit: 0, records: [['utf16be.txt', 'ok']], check: ([r]) => expect(doc(r).cues.length).toBe(3) },
  { name: 'lone CR line ends', inputs: ['cr-line-ends.txt'], exit: 0, records: [['cr-line-ends.txt', 'ok']], check: ([r]) => expect(doc(r).sentences[0]!.headline).toBe(true) },
  { name: 'control characters', inputs: ['controls.txt'], exit: 0, records: [['controls.txt', 'ok']] },
  { name: 'emoji only', inputs: ['emoji-only.md'], exit: 0, records: [['emoji-only.md', 'ok']] },
  { name: 'a CSV file named on the command line (read as text)', inputs: ['table.csv'], exit: 0, records: [['table.csv', 'ok']] },
  { name: 'a 20 MB single line', inputs: ['gen/huge-line.txt'], exit: 1, records: [['gen/huge-line.txt', 'TOO_LARGE']] },
  {
    name: 'a 100,000-character sentence',
    inputs: ['gen/long-sentence.txt'],
    exit: 0,
    records: [['gen/long-sentence.txt', 'ok']],
    check: ([r]) => {
      for (const s of doc(r).sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    },
  },
  { name: '5,000 one-word lines', inputs: ['gen/one-word-lines.txt'], exit: 0, records: [['gen/one-word-lines.txt', 'ok']] },
  { name: 'an oversize file', inputs: ['gen/oversize.txt'], options: ['--max-bytes', '1k'], exit: 1, records: [['gen/oversize.txt', 'TOO_LARGE']] },
  { name: 'white space on stdin', inputs: ['-'], stdin: '  \n\t\n', exit: 1, records: [['-', 'EMPTY']] },
  // ---- HTML
  {
    name: 'a page nested 100,000 levels deep',
    inputs: ['gen/deep.html'],
    exit: 0,
    records: [['gen/deep.html', 'ok']],
    check: ([r]) => expect(doc(r)).toMatchObject({ extraction: 'article', text: 'Deep\n\nVesk agreed to talks with Norland.' }),
  },
  { name: 'tag soup (unclosed and misnested tags)', inputs: ['tag-soup.html'], exit: 0, records: [['tag-soup.html', 'ok']] },
  {
    name: 'a page with no article (its visible text is read)',
    inputs: ['no-article.html'],
    exit: 0,
    records: [['no-article.html', 'ok']],
    check: ([r]) => expect(doc(r)).toMatchObject({ extraction: 'visible-text', text: 'Norland refused talks with Vesk.' }),
  },
  { name: 'a page with no visible text', inputs: ['no-text.html'], exit: 1, records: [['no-text.html', 'EMPTY']] },
  { name: 'a page saved as .txt', inputs: ['html-in-txt.txt'], exit: 0, records: [['html-in-txt.txt', 'ok']], check: ([r]) => expect(doc(r).extraction).toBe('article') },
  { name: 'an oversize page', inputs: ['gen/oversize.html'], options: ['--max-bytes', '1k'], exit: 1, records: [['gen/oversize.html', 'TOO_LARGE']] },
  // ---- JSON and JSON Lines
  { name: 'malformed JSON', inputs: ['malformed.json'], exit: 1, records: [['malformed.json', 'BAD_JSON']] },
  {
    name: 'wrong field types in JSON records',
    inputs: ['wrong-types.json'],
    exit: 1,
    records: [
      ['wrong-types.json#0', 'NO_TEXT'],
      ['wrong-types.json#1', 'NO_TEXT'],
      ['wrong-types.json#2', 'ok'],
      ['wrong-types.json#3', 'NO_TEXT'],
      ['wrong-types.json#4', 'NO_TEXT'],
      ['wrong-types.json#5', 'NO_TEXT'],
      ['wrong-types.json#6', 'ok'],
    ],
    check: (rs) => expect(doc(rs[2]).id).toBeNull(), // an object id is no id
  },
  {
    name: 'malformed JSON Lines among good lines',
    inputs: ['malformed.jsonl'],
    exit: 1,
    records: [
      ['malformed.jsonl:1', 'ok'],
      ['malformed.jsonl:2', 'BAD_JSON'],
      ['malformed.jsonl:4', 'BAD_JSON'],
      ['malformed.jsonl:5', 'ok'],
    ],
  },
  { name: 'a 20 MB JSON Lines record', inputs: ['gen/huge-line.jsonl'], exit: 1, records: [['gen/huge-line.jsonl:1', 'TOO_LARGE'], ['gen/huge-line.jsonl:2', 'ok']] },
  { name: 'JSON nested 100,000 arrays deep', inputs: ['gen/deep.json'], exit: 1, records: [['gen/deep.json#0', 'NO_TEXT']] },
  { name: 'UTF-16 JSON Lines', inputs: ['bom-utf16.jsonl'], exit: 0, records: [['bom-utf16.jsonl:1', 'ok'], ['bom-utf16.jsonl:2', 'ok']] },
  { name: 'a lone surrogate in a JSON string', inputs: ['lone-surrogate.jsonl'], exit: 0, records: [['lone-surrogate.jsonl:1', 'ok']], check: ([r]) => sliced(r!) },
  { name: 'an empty JSON array (no documents)', inputs: ['empty-array.json'], exit: 0, records: [] },
  { name: 'JSON Lines of blank lines (no documents)', inputs: ['blank-lines.jsonl'], exit: 0, records: [] },
  // ---- paths
  { name: 'a folder named like a file', inputs: ['named-like-a-file.txt'], exit: 0, records: [['named-like-a-file.txt/inside.txt', 'ok']] },
  { name: 'a symlink loop', inputs: ['gen/selfloop.txt'], exit: 1, records: [['gen/selfloop.txt', 'READ_ERROR']] },
  { name: 'a folder holding a link to its parent', inputs: ['gen/looped'], exit: 0, records: [['gen/looped/a.txt', 'ok']] },
  { name: 'a dangling symlink', inputs: ['gen/dangling.txt'], exit: 1, records: [['gen/dangling.txt', 'ENOENT']] },
  { name: 'a missing path', inputs: ['no-such-file.txt'], exit: 1, records: [['no-such-file.txt', 'ENOENT']] },
  { name: 'a glob matching nothing', inputs: ['nothing-*.txt'], exit: 1, records: [['nothing-*.txt', 'ENOENT']] },
  // ---- user files: usage errors, before any input is read
  { name: 'a rule file that is not YAML', inputs: [], options: ['--rules', 'rules-not-yaml.yml'], exit: 2, usage: /rules-not-yaml\.yml:\d+:\d+: not valid YAML/ },
  { name: 'a rule file with an alias bomb', inputs: [], options: ['--rules', 'rules-alias-bomb.yml'], exit: 2, usage: /rules-alias-bomb\.yml:3:\d+: aliases expand too much/ },
  { name: 'a rule file with a code tag', inputs: [], options: ['--rules', 'rules-js-tag.yml'], exit: 2, usage: /rules-js-tag\.yml:2:8: .*no custom tags/ },
  { name: 'a too costly pattern', inputs: [], options: ['--rules', 'rules-costly.yml'], exit: 2, usage: /rules-costly\.yml:6:12: rule costly: the pattern is too costly/ },
  { name: 'a regular expression with nested repeats', inputs: [], options: ['--rules', 'rules-redos.yml'], exit: 2, usage: /rules-redos\.yml:6:12: rule redos: the pattern is too costly: nested repeats/ },
  { name: 'a folder given as a rule file', inputs: [], options: ['--rules', 'named-like-a-file.txt'], exit: 2, usage: /named-like-a-file\.txt: cannot read \(is a folder\)/ },
  { name: 'an actor of a wrong type', inputs: [], options: ['--actors', 'actors-wrong-type.yml'], exit: 2, usage: /actors-wrong-type\.yml:3:11: actors\[0\]\.type/ },
  { name: 'an actor file with a custom tag', inputs: [], options: ['--actors', 'actors-custom-tag.yml'], exit: 2, usage: /actors-custom-tag\.yml:2:5: .*no custom tags/ },
  { name: 'an actor file nested 20,000 brackets deep', inputs: [], options: ['--actors', 'gen/actors-deep.json'], exit: 2, usage: /actors-deep\.json:1:\d+: brackets nested more than 64 deep/ },
];

/** fixtures/bad in a temp dir, plus the generated inputs under gen/ */
function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stance-bad-'));
  cpSync(join(ROOT, 'fixtures', 'bad'), dir, { recursive: true });
  const gen = join(dir, 'gen');
  mkdirSync(gen);
  const w = (f: string, d: string | Buffer) => writeFileSync(join(gen, f), d);
  const sentence = 'Norland said the union would not negotiate with the port authority ';
  w('huge-line.txt', 'x'.repeat(20_000_000));
  w('huge-line.jsonl', `${JSON.stringify({ id: 'big', text: sentence.repeat(300_000) })}\n${JSON.stringify({ id: 'small', text: 'Vesk agreed to talks.' })}\n`);
  w('long-sentence.txt', `${sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000)}.\n`);
  w('one-word-lines.txt', Array.from({ length: 5_000 }, (_, i) => ['talks', 'Norland', 'refused', 'agreed'][i % 4]).join('\n'));
  w('oversize.txt', `${sentence.repeat(40)}.\n`);
  w('oversize.html', `<html><body><p>${sentence.repeat(200)}.</p></body></html>`);
  w('deep.html', `<html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>Vesk agreed to talks with Norland.</p>${'</div>'.repeat(100_000)}</body></html>`);
  w('deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
  w('actors-deep.json', `{"actors": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
  symlinkSync('selfloop.txt', join(gen, 'selfloop.txt'));
  symlinkSync('nowhere.txt', join(gen, 'dangling.txt'));
  mkdirSync(join(gen, 'looped'));
  w('looped/a.txt', 'Vesk agreed to talks with the union.\n');
  symlinkSync('..', join(gen, 'looped', 'up'));
  return dir;
}

/** Run `fn` over `items`, at most `n` at a time. */
async function pooled<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

/** The records between the copies of the good document, one group per kind; the good copies must be exact. */
function groups(stdout: string, good: string, n: number): OutputRecord[][] {
  const out = stdout.split('\n').filter(Boolean);
  expect(`${out[0]}\n`).toBe(good);
  const result: OutputRecord[][] = [];
  let cur: OutputRecord[] = [];
  for (const line of out.slice(1)) {
    if (`${line}\n` === good) {
      result.push(cur);
      cur = [];
    } else cur.push(OutputRecord.parse(JSON.parse(line)));
  }
  expect(cur).toEqual([]); // the last line is the good document
  expect(result).toHaveLength(n);
  return result;
}

const codes = (records: OutputRecord[]) => records.map((r) => [r.source, isErrorRecord(r) ? r.error.code : 'ok']);

describe('the bad-input corpus', () => {
  it(`every kind (${KINDS.length}) gets its exit status and records, and leaves the good documents beside it untouched`, { timeout: 600_000 }, async () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(30);
    const cwd = makeCorpus();
    const base = ['-f', 'jsonl', '-j', '1'];
    const alone = await stance([...base, 'good.txt'], { cwd });
    expect(alone.code).toBe(0);
    const good = alone.stdout;
    // (one CLI process per kind would take minutes on a busy machine: the kinds without options of their
    // own run in one batch, each between two copies of the good document, at -j 2; those that must give
    // exit 0 run again on their own batch; the others one run each)
    const batched = KINDS.filter((k) => k.exit !== 2 && !k.options);
    const clean = batched.filter((k) => k.exit === 0);
    const single = KINDS.filter((k) => !batched.includes(k));
    const stdin = batched.find((k) => k.stdin !== undefined)?.stdin;
    const batchArgs = (ks: Kind[]) => ['good.txt', ...ks.flatMap((k) => [...k.inputs, 'good.txt'])];
    const [all, zero, ...singles] = await pooled(
      [
        () => stance(['-f', 'jsonl', '-j', '2', ...batchArgs(batched)], { cwd, ...(stdin !== undefined ? { input: stdin } : {}) }),
        () => stance([...base, ...batchArgs(clean)], { cwd }),
        ...single.map((k) => () => stance([...base, ...(k.options ?? []), ...batchArgs([k])], { cwd })),
      ],
      3,
      (f) => f(),
    );
    expect(all!.code).toBe(1);
    for (const [i, records] of groups(all!.stdout, good, batched.length).entries()) {
      const k = batched[i]!;
      expect(codes(records), k.name).toEqual(k.records);
      k.check?.(records, all!);
    }
    expect(zero!.code, zero!.stderr).toBe(0);
    groups(zero!.stdout, good, clean.length);
    for (const [i, k] of single.entries()) {
      const run = singles[i]!;
      const what = `${k.name}: exit ${run.code}\n${run.stderr.slice(0, 600)}`;
      expect(run.code, what).toBe(k.exit);
      if (k.exit === 2) {
        expect(run.stdout, what).toBe('');
        expect(run.stderr, what).toMatch(k.usage!);
        continue;
      }
      const [records] = groups(run.stdout, good, 1);
      expect(codes(records!), what).toEqual(k.records);
      k.check?.(records!, run);
    }
  });
});
