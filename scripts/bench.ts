/**
 * `npm run bench`: how fast stance is, and how much memory a batch takes.
 *
 * Generates a deterministic corpus of news-like articles (seeded PRNG, 1–50 KB
 * each) in .bench/ (gitignored), then prints, in one run:
 *  - startup: `stance --version`, median of 10 spawns;
 *  - fixtures/seed.txt through the whole pipeline (spawned, median of 3);
 *  - the corpus at -j 1 and -j 2: documents/s, MB/s, peak RSS (the CLI reports
 *    process.resourceUsage().maxRSS under STANCE_BENCH=1; worker threads included);
 *  - in-process: the pipeline vs compromise merely parsing the same texts (with the
 *    CLI's V8 flags, src/cli/v8-flags.ts; CPU seconds of the process, V8's compiler and
 *    GC threads included);
 *  - selective tagging: the share of sentences that need the tagger, and the
 *    pipeline with tagger 'needed' / 'cues' vs 'all' (the default);
 *  - a corpus 3 × as large at -j 1 and -j 2: the speed-up once the workers have started, and
 *    peak RSS at both sizes (should be flat: the batch streams).
 * Targets: -j 2 ≥ 1.7 × -j 1 throughput (on ≥ 2 free cores); pipeline within 1.5 ×
 * of bare compromise parsing. Environment: BENCH_MB (default 1.5; the second corpus, run at
 * -j 1 and -j 2 for memory and for the speed-up once worker start-up is amortised, is 3 ×)
 * sizes the corpus. Wall times mean little on a busy machine: the load average is
 * printed, and CPU seconds (user + sys, from /usr/bin/time when present) beside them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'stance.js');
const BENCH = join(ROOT, '.bench');
const MB = Number(process.env.BENCH_MB ?? 1.5);

// ---------------------------------------------------------------------------
// corpus

function prng(seed: number) {
  // mulberry32
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['Norland', 'Vesk', 'Talvia', 'Marrin', 'Kestria', 'Pellar', 'Castelia', 'Ostrava', 'China', 'the United States', 'Germany', 'Brazil', 'India', 'Japan'];
const PEOPLE = ['Ada Holm', 'Piet Vos', 'Lena Marsh', 'Omar Haddad', 'Yuki Sato', 'Carla Ruiz', 'Ivan Petrov', 'Grace Obi'];
const ROLES = ['foreign minister', 'trade envoy', 'prime minister', 'spokesman', 'defence secretary', 'chief negotiator'];
const GROUPS = ['officials', 'diplomats', 'analysts', 'rebels', 'union leaders', 'ministers'];
const TOPICS = ['the border', 'tariffs', 'the ceasefire', 'fishing rights', 'the pipeline', 'prisoner exchanges', 'the harbour', 'grain exports'];

function article(rnd: () => number, bytes: number): { title: string; text: string } {
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  while (b === a) b = pick(COUNTRIES);
  const person = pick(PEOPLE);
  const role = pick(ROLES);
  const topic = pick(TOPICS);
  const sentences = [
    () => `${a} said on ${pick(['Monday', 'Tuesday', 'Friday'])} it would not negotiate with ${b} until ${topic} was settled.`,
    () => `${a}'s ${role}, ${person}, told reporters that the government was ready to hold talks with ${b} without preconditions.`,
    () => `${b} refused to meet ${a} ${pick(GROUPS)} under pressure, a spokesman said.`,
    () => `${person} said ${a} would agree to talks only if ${b} lifted the sanctions on ${topic}.`,
    () => `Analysts said neither side was likely to move before the summit, where ${topic} is expected to dominate.`,
    () => `${b} ${pick(GROUPS)} rejected any dialogue with ${a}, calling its demands on ${topic} unacceptable.`,
    () => `The talks on ${topic} were suspended last month after ${a} accused ${b} of bad faith.`,
    () => `${a} is willing to resume negotiations with ${b}, provided that ${b} withdraws its troops.`,
    () => `Markets in ${a} rose slightly as investors weighed the prospect of an agreement on ${topic}.`,
    () => `"We will not be pressured into talks," ${person} said in a statement.`,
  ];
  const title = `${a} and ${b} at odds over ${topic}`;
  const paras: string[] = [];
  let size = title.length;
  while (size < bytes) {
    const n = 2 + Math.floor(rnd() * 4);
    const p = Array.from({ length: n }, () => pick(sentences)()).join(' ');
    paras.push(p);
    size += p.length + 2;
  }
  return { title, text: `${title}\n\n${paras.join('\n\n')}\n` };
}

/** `mb` MB of articles, 1–50 KB each (log-uniform): .txt files, every 8th a JSON Lines record instead. */
function makeCorpus(name: string, mb: number, seed: number): { dir: string; docs: number; bytes: number } {
  const dir = join(BENCH, name);
  const stamp = join(dir, '.done');
  const rnd = prng(seed);
  if (!existsSync(stamp)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let total = 0;
    let i = 0;
    const jsonl: string[] = [];
    while (total < mb * 1e6) {
      const size = Math.round(1000 * Math.pow(50, rnd()));
      const { title, text } = article(rnd, size);
      if (i % 8 === 7) jsonl.push(JSON.stringify({ id: `doc-${i}`, title, text: text.slice(title.length + 2) }));
      else {
        const sub = join(dir, `part-${String(Math.floor(i / 100)).padStart(3, '0')}`);
        if (!existsSync(sub)) mkdirSync(sub);
        writeFileSync(join(sub, `article-${String(i).padStart(5, '0')}.txt`), text);
      }
      total += Buffer.byteLength(text);
      i++;
    }
    writeFileSync(join(dir, 'wire.jsonl'), jsonl.join('\n') + '\n');
    writeFileSync(stamp, '');
  }
  let docs = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.jsonl')) {
        const ls = readFileSync(p, 'utf8').split('\n').filter(Boolean);
        docs += ls.length;
        bytes += ls.reduce((s, l) => s + Buffer.byteLength((JSON.parse(l) as { text: string }).text), 0);
      } else {
        docs++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { dir, docs, bytes };
}

// ---------------------------------------------------------------------------
// measuring

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Spawned {
  secs: number;
  /** user + sys CPU seconds of the child, when /usr/bin/time is there */
  cpu: number;
  rssMb: number;
  stdoutBytes: number;
  code: number | null;
}

function spawnStance(args: string[]): Spawned {
  const t0 = performance.now();
  const cmd = TIME ? TIME : process.execPath;
  const argv = TIME ? ['-f', 'stance-time: %U %S %M', process.execPath, BIN, ...args] : [BIN, ...args];
  const r = spawnSync(cmd, argv, {
    cwd: ROOT,
    env: { ...process.env, STANCE_BENCH: '1' },
    maxBuffer: 1 << 30,
    encoding: 'buffer',
  });
  const secs = (performance.now() - t0) / 1000;
  const err = r.stderr.toString('utf8');
  const m = /stance-bench: maxrss_kb=(\d+)/.exec(err);
  const t = /stance-time: ([\d.]+) ([\d.]+) (\d+)/.exec(err);
  return { secs, cpu: t ? Number(t[1]) + Number(t[2]) : NaN, rssMb: m ? Number(m[1]) / 1024 : NaN, stdoutBytes: r.stdout.length, code: r.status };
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);

async function main() {
  const t00 = performance.now();
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`stance bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${load()}\n`);

  // startup
  const starts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [BIN, '--version']);
    starts.push(performance.now() - t0);
  }
  line('startup (stance --version, median of 10)', `${median(starts).toFixed(0)} ms`);

  // seed through the whole pipeline
  const seeds = [0, 1, 2].map(() => spawnStance(['-f', 'json', 'fixtures/seed.txt']));
  line('fixtures/seed.txt, whole run (median of 3)', `${(median(seeds.map((s) => s.secs)) * 1000).toFixed(0)} ms, peak RSS ${f1(seeds[0]!.rssMb)} MB`);

  // the corpus at -j 1 and -j 2
  const corpus = makeCorpus(`corpus-${MB}mb`, MB, 42);
  console.log(`\ncorpus: ${corpus.docs} documents, ${f2(corpus.bytes / 1e6)} MB (1–50 KB each) in ${corpus.dir}`);
  const runs: Record<string, Spawned> = {};
  for (const j of ['1', '2']) {
    const r = spawnStance(['-q', '-f', 'jsonl', '-j', j, corpus.dir]);
    if (r.code !== 0) throw new Error(`stance -j ${j} exited ${r.code}`);
    runs[j] = r;
    line(`-j ${j}`, `${f2(r.secs)} s (CPU ${f2(r.cpu)} s), ${f1(corpus.docs / r.secs)} documents/s, ${f2(corpus.bytes / 1e6 / r.secs)} MB/s, peak RSS ${f1(r.rssMb)} MB`);
  }
  const speedup = runs['1']!.secs / runs['2']!.secs;
  line('-j 2 speed-up over -j 1 (target ≥ 1.7)', `${f2(speedup)} ×`);

  // in-process: the pipeline vs compromise parsing alone, with the CLI's V8 settings
  const { tuneV8 } = await import('../src/cli/v8-flags.js');
  tuneV8();
  const { analyze } = await import('../src/pipeline/index.js');
  const { getNlp } = await import('../src/pipeline/nlp.js');
  const texts: string[] = [];
  const collect = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) collect(p);
      else if (e.name.endsWith('.txt')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  collect(corpus.dir);
  const sample = texts.slice(0, Math.max(20, Math.floor(texts.length / 2)));
  const sampleBytes = sample.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const nlp = getNlp();
  analyze(sample[0]!); // warm up: rules, gazetteer
  nlp(sample[0]!);
  // CPU time of this thread (less disturbed by other load than wall time)
  const cpuSecs = (f: () => void) => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  const nlpSecs = cpuSecs(() => sample.forEach((t) => nlp(t)));
  const pipeSecs = cpuSecs(() => sample.forEach((t) => analyze(t)));
  console.log(`\nin-process, ${sample.length} documents, ${f2(sampleBytes / 1e6)} MB (CPU seconds, after warm-up):`);
  line('compromise nlp(text) alone', `${f2(nlpSecs)} s, ${f2(sampleBytes / 1e6 / nlpSecs)} MB/s`);
  line('stance analyze(text)', `${f2(pipeSecs)} s, ${f2(sampleBytes / 1e6 / pipeSecs)} MB/s`);
  line('pipeline / compromise parsing (target ≤ 1.5)', `${f2(pipeSecs / nlpSecs)} ×`);

  // selective tagging: the tagger only on the sentences a later stage could use it for
  const { taggerNeeds } = await import('../src/pipeline/parse.js');
  const { normalise } = await import('../src/pipeline/normalise.js');
  const { splitSentences } = await import('../src/pipeline/sentences.js');
  let nSent = 0;
  let nCue = 0;
  let nNeeded = 0;
  for (const t of sample) {
    const a = normalise(t);
    for (const s of splitSentences(t, a)) {
      if (s.duplicateOf !== null) continue;
      const need = taggerNeeds(a.slice(s.start, s.end));
      nSent++;
      if (need.cues) nCue++;
      if (need.cues || need.actors) nNeeded++;
    }
  }
  // the modes interleaved, 3 rounds, median per mode (drift on a busy machine hits them alike)
  const modes = ['all', 'needed', 'cues'] as const;
  const times: Record<(typeof modes)[number], number[]> = { all: [], needed: [], cues: [] };
  for (let r = 0; r < 3; r++) for (const tagger of modes) times[tagger].push(cpuSecs(() => sample.forEach((t) => analyze(t, { tagger }))));
  const allSecs = median(times.all);
  const neededSecs = median(times.needed);
  const cueSecs = median(times.cues);
  const perDoc = (secs: number) => `${f1((secs * 1000) / sample.length)} ms`;
  const pct = (x: number) => `${f1((100 * x) / nSent)} %`;
  console.log(`\nselective tagging, ${nSent} non-duplicate sentences (CPU per document, median of 3; bare nlp(text) ${perDoc(nlpSecs)}):`);
  line('tagger on needed sentences (tagger: needed)', `tagger on ${pct(nNeeded)} of sentences: ${perDoc(neededSecs)} vs ${perDoc(allSecs)} full`);
  line('tagger on rule sentences only (tagger: cues)', `tagger on ${pct(nCue)} of sentences: ${perDoc(cueSecs)} vs ${perDoc(allSecs)} full (actors may differ)`);

  // memory at two corpus sizes: flat if the batch streams; and -j 2 against -j 1 once the workers' start-up
  // (about 1.5 s of CPU each) is a small part of the run
  const big = makeCorpus(`corpus-${MB * 3}mb`, MB * 3, 7);
  const rb1 = spawnStance(['-q', '-f', 'jsonl', '-j', '1', big.dir]);
  const rb = spawnStance(['-q', '-f', 'jsonl', '-j', '2', big.dir]);
  console.log(`\nthe ${big.docs}-document, ${f2(big.bytes / 1e6)} MB corpus:`);
  line('-j 1', `${f2(rb1.secs)} s (CPU ${f2(rb1.cpu)} s), ${f1(big.docs / rb1.secs)} documents/s, ${f2(big.bytes / 1e6 / rb1.secs)} MB/s`);
  line('-j 2', `${f2(rb.secs)} s (CPU ${f2(rb.cpu)} s), ${f1(big.docs / rb.secs)} documents/s, ${f2(big.bytes / 1e6 / rb.secs)} MB/s`);
  line('-j 2 speed-up over -j 1 (target ≥ 1.7)', `${f2(rb1.secs / rb.secs)} ×`);
  console.log('\npeak RSS by corpus size (flat = streaming):');
  line(`  -j 1: ${f2(corpus.bytes / 1e6)} MB, ${f2(big.bytes / 1e6)} MB`, `${f1(runs['1']!.rssMb)} MB, ${f1(rb1.rssMb)} MB`);
  line(`  -j 2: ${f2(corpus.bytes / 1e6)} MB, ${f2(big.bytes / 1e6)} MB`, `${f1(runs['2']!.rssMb)} MB, ${f1(rb.rssMb)} MB (output ${f1(rb.stdoutBytes / 1e6)} MB)`);
  console.log(`\nbench took ${f1((performance.now() - t00) / 1000)} s; load average now ${load()}`);
}

await main();
