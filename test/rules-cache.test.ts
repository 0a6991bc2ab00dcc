/**
 * The build compiles the built-in rules into a cache beside dist/rules/load.js;
 * loading from it must give exactly the rule set that compiling gives.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const script = `
const L = await import('./dist/rules/load.js');
const { slotsOf } = await import('./dist/pipeline/cue-skeleton.js');
const cached = L.readCache();
if (!cached) { process.stdout.write(JSON.stringify({ same: false, missing: true })); process.exit(0); }
const fresh = L.compileRules(L.loadRules());
const sets = (_, v) => (v instanceof Set ? { set: [...v] } : v);
const sig = (s) => {
  const at = new Map(s.patterns.map((p, i) => [p, i]));
  return JSON.stringify({
    rules: s.rules.map((r) => [r.key, r.patterns, r.notIfPatterns, r.notIfRegs]),
    patterns: s.patterns.map((p) => [p.match, p.reason, p.needs, p.wants, p.minWant, p.regs, p.slots ?? slotsOf(p)]),
    byWord: [...s.index.byWord].map(([w, list]) => [w, list.map((p) => at.get(p))]),
    always: s.index.always.map((p) => at.get(p)),
    chunks: L.usesChunks(s),
  }, sets);
};
process.stdout.write(JSON.stringify({ same: sig(cached) === sig(fresh), n: fresh.patterns.length }));
`;

describe('built-in rules cache', () => {
  it('exists after the build and matches a fresh compile', () => {
    expect(existsSync('dist/rules/builtin-rules.cache.json')).toBe(true);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.missing).toBeUndefined();
    expect(out.same).toBe(true);
    expect(out.n).toBeGreaterThan(500);
  });
});
