#!/usr/bin/env node
/**
 * Where the start-up of one small run goes (issue #11, start-up item).
 *
 *   node scripts/startup-profile.mjs [FILE] [RUNS]   # default fixtures/seed.txt, 5 runs; build first
 *
 * Runs `node bin/stance.js FILE` RUNS times under `--cpu-prof` and prints, per
 * phase, the median CPU milliseconds the profiler saw (inclusive), with the
 * process's median user+sys CPU time and wall time beside them. The machine is
 * shared, so compare CPU time, not wall time, and note the load average printed.
 * This is the run without the start-up snapshot (node flags such as --cpu-prof
 * turn it off; the timed run sets STANCE_NO_SNAPSHOT=1): what the modules cost to
 * load. bench.ts times the run with the snapshot.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2] ?? 'fixtures/seed.txt';
const runs = Number(process.argv[3] ?? 5);

/** phase name → how to recognise its frames: [function name, part of the script's url] */
const PHASES = {
  'rules cache (readCache)': ['readCache', 'rules/load'],
  'compromise load (getNlp)': ['getNlp', 'pipeline/nlp'],
  'gazetteer compile': ['compileGazetteer', 'actors/gazetteer'],
  'tagging (parse.js run)': ['run', 'pipeline/parse'],
  'cue matching (findCues)': ['findCues', 'pipeline/cues'],
  'module compile + link': ['#translate', 'esm/loader'],
  'garbage collector': ['(garbage collector)', ''],
};

function inclusive(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = Object.fromEntries(Object.keys(PHASES).map((k) => [k, 0]));
  let total = 0;
  profile.samples.forEach((sample, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const hit = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      for (const [k, [fn, url]] of Object.entries(PHASES)) if (f.functionName === fn && f.url.includes(url)) hit.add(k);
    }
    for (const k of hit) out[k] += dt;
  });
  out['profiled total'] = total;
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const rows = [];
const cpu = [];
const wall = [];
for (let r = 0; r < runs; r++) {
  const dir = mkdtempSync(join(tmpdir(), 'stance-prof-'));
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, 'bin/stance.js', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (res.status !== 0) throw new Error(`stance exited with ${res.status}`);
  const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  rows.push(inclusive(JSON.parse(readFileSync(join(dir, prof), 'utf8'))));
  rmSync(dir, { recursive: true, force: true });
  // the same run without the profiler, for its CPU time
  const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, 'bin/stance.js', file], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STANCE_NO_SNAPSHOT: '1' } });
  const m = /([\d.]+) ([\d.]+)\s*$/.exec(timed.stderr ?? '');
  if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000);
}
console.log(`${file}, ${runs} runs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (cpu.length) console.log(`user+sys CPU, unprofiled: median ${median(cpu).toFixed(0)} ms (${cpu.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`wall, profiled: median ${median(wall).toFixed(0)} ms`);
console.log('profiled CPU ms by phase (inclusive, median):');
for (const k of Object.keys(rows[0])) console.log(`  ${(median(rows.map((r) => r[k])) / 1000).toFixed(0).padStart(6)}  ${k}`);
