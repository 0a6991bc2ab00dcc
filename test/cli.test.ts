/**
 * The real executable, end to end: `node bin/stance.js …` on the built JS in
 * dist/ (`npm test` builds first). Each process loads compromise (about a
 * second), so checks are grouped into few runs, and the runs go concurrently.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { OutputRecord, isErrorRecord, type StanceDocument, type ErrorRecord } from '../src/schema/output.js';
import { loadRules } from '../src/rules/load.js';
import { BIN, ROOT } from './batch-helpers.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
const fixture = (name: string) => join(ROOT, 'fixtures', name);
const RECORDER = join(ROOT, 'test', 'helpers', 'record-loads.mjs');
const rulesFixture = (name: string) => join(ROOT, 'test', 'fixtures', 'rules', name);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Environment for a child: no colour settings from the test runner. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'COLORTERM', 'NODE_OPTIONS', 'STANCE_DEBUG']) delete env[k];
  return { ...env, TERM: 'xterm', ...extra };
}

function stance(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; nodeArgs?: string[] } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], { cwd: ROOT, env: childEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - t0 }));
    child.stdin.on('error', () => {}); // the child may exit before reading stdin
    child.stdin.end(opts.input ?? '');
  });
}

/** `node bin/stance.js ARGS` on a pseudo-terminal of `cols` columns (util-linux `script`). */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
function onTerminal(args: string, env: Record<string, string> = {}, cols = 100): Promise<Run> {
  const cmd = `stty cols ${cols} 2>/dev/null; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: stdout.replace(/\r\n/g, '\n'), stderr: '', ms: performance.now() - t0 }));
    child.stdin.end();
  });
}

/** A stream of pretty-printed JSON objects (`-f json`): each starts with "{" at the start of a line. */
function parseJsonStream(s: string): unknown[] {
  return s
    .split(/\n(?=\{)/)
    .filter((x) => x.trim())
    .map((x) => JSON.parse(x) as unknown);
}

/** Validate against the zod schema, and check that the output has no field the schema does not know. */
function validate(value: unknown): OutputRecord {
  const parsed = OutputRecord.parse(value);
  expect(parsed).toEqual(value); // zod strips unknown keys: equal means none
  return parsed;
}

/** text.slice(start, end) is the reported text, for every sentence, mention, cue and condition. */
function expectExactOffsets(text: string, doc: StanceDocument): void {
  for (const s of doc.sentences) expect(text.slice(s.start, s.end), `sentence ${s.index}`).toBe(s.text);
  for (const a of doc.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end), `mention of ${a.id}`).toBe(m.text);
  for (const c of doc.cues) {
    expect(text.slice(c.start, c.end), `cue ${c.rule}`).toBe(c.text);
    const s = doc.sentences[c.sentence]!;
    expect(c.start >= s.start && c.end <= s.end, `cue ${c.rule} inside its sentence`).toBe(true);
    if (c.condition) expect(text.slice(c.condition.start, c.condition.end)).toBe(c.condition.text);
  }
}

const SEED_SENTENCES: [number, number][] = [
  [0, 186], [187, 391], [392, 528], [529, 592], [594, 657], [658, 825], [826, 1004], [1005, 1147], [1148, 1283],
  [1284, 1477], [1478, 1699], [1700, 1844], [1845, 2092], [2093, 2286], [2287, 2508], [2509, 2653], [2654, 2901],
];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'stance-cli-'));
  writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x41]));
  writeFileSync(join(tmp, 'empty.txt'), '');
  writeFileSync(join(tmp, 'blank.txt'), '  \n\n \t\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('stance (the executable)', () => {
  it('--version prints the package version, fast', async () => {
    const r = await stance(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists the commands and exit codes, without loading the analysis modules', async () => {
    const loads = join(tmp, 'help-loads.txt');
    const r = await stance(['--help'], { nodeArgs: ['--import', RECORDER], env: { STANCE_TEST_LOADS: loads } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: stance/m);
    for (const cmd of ['analyze', 'schema', 'rules', 'eval']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    const loaded = readFileSync(loads, 'utf8');
    expect(loaded).toContain('dist/cli/main.js'); // the recorder works
    expect(loaded).not.toMatch(/compromise|dist\/pipeline\/|dist\/rules\/|dist\/format\//);
  });

  it('analyze --help shows examples and the exit codes', async () => {
    const r = await stance(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/stance -f json article\.txt \| jq/);
    expect(r.stdout).toMatch(/Exit status: 0 [^]*1 [^]*2 usage error, 3 internal error/);
  });

  it('jsonl: one line per input, in order; the seed, \\r\\n offsets, CJK, and error records for binary, empty and missing files', async () => {
    const inputs = [fixture('seed.txt'), fixture('crlf.txt'), fixture('cjk-emoji.txt'), join(tmp, 'binary.txt'), join(tmp, 'empty.txt'), join(tmp, 'blank.txt'), join(tmp, 'missing.txt')];
    const r = await stance(['-f', 'jsonl', ...inputs]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(inputs.length);
    const records = lines.map((l) => validate(JSON.parse(l)));
    expect(records.map((x) => x.source)).toEqual(inputs);

    // the seed
    const seed = records[0] as StanceDocument;
    const seedText = readFileSync(fixture('seed.txt'), 'utf8');
    expect(isErrorRecord(seed)).toBe(false);
    expect(seed.sentences.map((s) => [s.start, s.end])).toEqual(SEED_SENTENCES);
    expectExactOffsets(seedText, seed);
    expect(seed.sentences[3]!.headline).toBe(true);
    expect(seed.sentences[3]!.text).toBe('China Engages in U.S. Trade Talks While Maintaining Firm Stance');
    expect(seed.sentences.filter((s) => s.headline && s.duplicateOf === null).map((s) => s.index)).toEqual([3]);
    expect(seed.sentences.map((s) => s.duplicateOf)).toEqual([null, null, null, null, 3, null, null, null, null, null, null, null, null, 9, 10, 11, 12]);
    expect(seed.stats).toMatchObject({ characters: seedText.length, sentences: 17, duplicates: 5 });
    const dupes = new Set(seed.sentences.filter((s) => s.duplicateOf !== null).map((s) => s.index));
    expect(seed.cues.filter((c) => dupes.has(c.sentence))).toEqual([]);
    expect(seed.actors.flatMap((a) => a.mentions).filter((m) => dupes.has(m.sentence))).toEqual([]);
    // cue facts the spec states for this article (span overlap, type, holder country)
    const china = (id: string | null) => id === 'CHN' || seed.actors.find((a) => a.id === id)?.affiliation === 'CHN';
    const has = (type: string, sentence: number, phrase: string) =>
      seed.cues.some((c) => c.type === type && c.sentence === sentence && china(c.holder) && seedText.indexOf(phrase, seed.sentences[sentence]!.start) < c.end && c.start < seedText.indexOf(phrase, seed.sentences[sentence]!.start) + phrase.length);
    expect(has('engagement', 0, 'agreed to enter trade discussions'), 'engagement: agreed to enter trade discussions').toBe(true);
    expect(has('refusal', 1, 'would not negotiate'), 'refusal: would not negotiate').toBe(true);
    expect(has('condition', 7, 'hinges on'), 'condition: hinges on').toBe(true);
    const counts = seed.stats.cues;
    expect(counts).toEqual({
      engagement: seed.cues.filter((c) => c.type === 'engagement').length,
      refusal: seed.cues.filter((c) => c.type === 'refusal').length,
      condition: seed.cues.filter((c) => c.type === 'condition').length,
    });
    expect(seed.summary.actors.find((a) => a.id === 'CHN')?.name).toBe('China');

    // \r\n: offsets exact into the text as read, no \r inside a sentence
    const crlf = records[1] as StanceDocument;
    const crlfText = readFileSync(fixture('crlf.txt'), 'utf8');
    expect(crlfText).toContain('\r\n');
    expectExactOffsets(crlfText, crlf);
    expect(crlf.sentences.map((s) => s.text)).toEqual([
      'Iran Agrees to Talks',
      'TEHRAN, Jan. 5 - Iran said on Monday it was open to talks with the U.S.\u00a0Treasury.',
      'The U.S. rejected the offer, officials said.',
      '"We will not kneel," he said.',
      'Officials said the talks would resume after the holiday in\r\nGeneva, unless sanctions remain.',
    ]);
    expect(crlf.sentences[0]!.headline).toBe(true);
    expect(crlf.cues.length).toBeGreaterThan(0);

    // CJK and emoji: UTF-16 offsets
    const cjk = records[2] as StanceDocument;
    expectExactOffsets(readFileSync(fixture('cjk-emoji.txt'), 'utf8'), cjk);
    expect(cjk.sentences[0]!.text).toBe('中国同意与美国举行贸易谈判 🇨🇳🤝🇺🇸');

    // errors: a record each, a line on stderr each, no stack trace
    expect((records[3] as ErrorRecord).error.code).toBe('BINARY');
    expect((records[4] as ErrorRecord).error.code).toBe('EMPTY');
    expect((records[5] as ErrorRecord).error.code).toBe('EMPTY');
    expect((records[6] as ErrorRecord).error.code).toBe('ENOENT');
    const errLines = r.stderr.split('\n').filter((l) => l.startsWith('stance: '));
    for (const i of [3, 4, 5, 6]) expect(errLines.some((l) => l.startsWith(`stance: ${inputs[i]}: `)), inputs[i]).toBe(true);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('json: a stream of pretty objects; stdin as "-" between files; never coloured', async () => {
    const r = await stance(['-f', 'json', '-j', '1', '--color', fixture('headlines.txt'), '-'], { input: readFileSync(fixture('crlf.txt')), env: { FORCE_COLOR: '3' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    const records = parseJsonStream(r.stdout).map(validate);
    expect(records.map((x) => x.source)).toEqual([fixture('headlines.txt'), '-']);
    expectExactOffsets(readFileSync(fixture('crlf.txt'), 'utf8'), records[1] as StanceDocument);
    expect(r.stderr).toBe('');
  });

  it('stdin without arguments; json by default when stdout is not a terminal', async () => {
    const text = readFileSync(fixture('headlines.txt'), 'utf8');
    const loads = join(tmp, 'analyze-loads.txt');
    const r = await stance([], { input: text, nodeArgs: ['--import', RECORDER], env: { STANCE_TEST_LOADS: loads } });
    expect(r.code).toBe(0);
    // the control for the --help test: analysing does load the pipeline
    expect(readFileSync(loads, 'utf8')).toContain('dist/pipeline/nlp.js');
    const [doc] = parseJsonStream(r.stdout).map(validate) as StanceDocument[];
    expect(doc!.source).toBe('-');
    expect(doc!.sentences[0]).toMatchObject({ text: 'Iran Says It Is Open to Talks With Europe', headline: true });
    expectExactOffsets(text, doc!);
    expect(doc!.cues.some((c) => c.type === 'refusal' && c.text.includes('not'))).toBe(true);
  });

  it('empty stdin: an EMPTY error record, exit 1', async () => {
    const r = await stance(['-f', 'jsonl'], { input: '' });
    expect(r.code).toBe(1);
    const rec = validate(JSON.parse(r.stdout.trim())) as ErrorRecord;
    expect(rec.error.code).toBe('EMPTY');
  });

  it('table on a pipe: no colour codes (--no-color beats FORCE_COLOR), lines within 80 columns', async () => {
    const r = await stance(['-f', 'table', '-j', '1', '--no-color', fixture('headlines.txt'), fixture('cjk-emoji.txt')], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.split('\n')[0]).toBe('Iran Says It Is Open to Talks With Europe');
    expect(r.stdout).toContain('[We will not kneel]');
    for (const line of r.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it.each([
    ['--color (beats NO_COLOR)', ['--color'], { NO_COLOR: '1' }],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }],
  ])('table on a pipe with %s: coloured', async (_name, flags, env) => {
    const r = await stance(['-f', 'table', '-j', '1', ...flags, fixture('headlines.txt')], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u001b[32mengagement\u001b[39m');
    expect(r.stdout).toContain('\u001b[31mrefusal');
  });

  it.skipIf(!hasScript)('on a terminal: table by default, coloured, fitted to the terminal width', async () => {
    const r = await onTerminal(`-j 1 ${fixture('cjk-emoji.txt')}`, {}, 70);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    const table = r.stdout.split('\n').filter((l) => !l.includes('stance:') && !l.includes('\u001b[K'));
    expect(table.some((l) => l.includes('engagement'))).toBe(true);
    for (const line of table) expect(stringWidth(line), line).toBeLessThanOrEqual(70);
  });

  it.skipIf(!hasScript)('on a terminal: NO_COLOR=1 turns colour off', async () => {
    const r = await onTerminal(`-j 1 ${fixture('headlines.txt')}`, { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[We will not kneel]');
    expect(r.stdout).not.toMatch(/\u001b\[3[1-3]m/);
  });

  it.skipIf(!hasScript)('on a terminal with no input: usage error, exit 2', async () => {
    const r = await onTerminal('');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/stance: no input/);
  });

  it.each([
    ['an unknown option', ['--bogus', fixture('seed.txt')], /unknown option '--bogus'/],
    ['an unknown format', ['-f', 'xml', fixture('seed.txt')], /Allowed choices are json, jsonl, table/],
    ['a bad --rules file', ['--rules', rulesFixture('invalid.yml'), fixture('seed.txt')], /invalid\.yml:3:\d+: rules\[0\]\.id: /],
    ['a missing --rules file', ['--rules', join(tmp ?? '', 'nope.yml'), fixture('seed.txt')], /nope\.yml: cannot read/],
  ])('exit 2 on %s, with a message and nothing on stdout', async (_name, args, message) => {
    const r = await stance(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('schema prints a JSON Schema of the output records', async () => {
    const r = await stance(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; anyOf: { properties: Record<string, unknown> }[] };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.anyOf[0]!.properties)).toEqual(expect.arrayContaining(['sentences', 'actors', 'cues', 'summary', 'stats']));
    expect(Object.keys(schema.anyOf[1]!.properties)).toContain('error');
  });

  it('rules lists every built-in rule', async () => {
    const r = await stance(['rules']);
    expect(r.code).toBe(0);
    const rules = loadRules();
    for (const rule of rules) expect(r.stdout).toMatch(new RegExp(`^${rule.key.replace('.', '\\.')} +${rule.type}`, 'm'));
    expect(r.stdout).toContain(`${rules.length} rules\n`);
  });

  it('rules test: a good file passes, a failing example is named (exit 1)', async () => {
    const r = await stance(['rules', 'test', rulesFixture('good.yml'), rulesFixture('failing.yml')]);
    expect(r.stdout).toContain('good.yml: 1 rules, 2 examples, 0 failed');
    expect(r.stdout).toContain('failing.walk-out: match example "The delegation left the talks.": the rule does not fire');
    expect(r.stdout).toContain('failing.yml: 1 rules, 2 examples, 1 failed');
    expect(r.stdout).toMatch(/^3 passed, 1 failed$/m);
    expect(r.code).toBe(1);
  });

  it('rules test: a good file alone exits 0', async () => {
    const r = await stance(['rules', 'test', rulesFixture('good.yml')]);
    expect(r.stdout).toMatch(/^2 passed, 0 failed$/m);
    expect(r.code).toBe(0);
  });

  it('rules test: a file that breaks the schema is a usage error with file:line:col (exit 2)', async () => {
    const r = await stance(['rules', 'test', rulesFixture('invalid.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid\.yml:3:\d+: rules\[0\]\.id: a rule id is lower-case/);
    expect(r.stderr).toMatch(/invalid\.yml:4:\d+: rules\[0\]\.type: /);
  });
});
