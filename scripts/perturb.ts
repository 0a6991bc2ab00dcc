/**
 * How brittle are the rules? Every built-in rule's own `examples.match` sentences, perturbed
 * without changing their meaning (test/helpers/perturb.ts: a time or place in front, an adverb
 * before the verb, reported speech, another kind of subject, another tense, an apposition after
 * the subject, a quotation), analysed by the whole pipeline: a perturbed sentence survives when it
 * still yields a cue of the example's type over the original cue's words.
 *
 *   npm run perturb [-- --kind b,e] [--file refusal] [--rule intend] [--list 40] [--every 3]
 *
 * Prints survival per perturbation (and variant) and per rule file, then the failing
 * (rule, perturbation, sentence) triples, grouped by perturbation (`--list N`: at most N per
 * perturbation; 0 for none). `--every K` takes every K-th example (a quicker look).
 * A dev tool, not part of `npm test` (test/perturbation.test.ts holds a fixed sample at a floor).
 */
import { loadRules } from '../src/rules/load.js';
import { PERTURBATIONS, baseCues, cuesOf, examplesOf, perturb, survives, type PerturbationKind } from '../test/helpers/perturb.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const kinds = new Set((opt('kind') ?? Object.keys(PERTURBATIONS).join(',')).split(',') as PerturbationKind[]);
const list = Number(opt('list') ?? 30);
const every = Number(opt('every') ?? 1);

const examples = examplesOf(loadRules()).filter(
  (ex, i) => i % every === 0 && (!opt('file') || ex.file.includes(opt('file')!)) && (!opt('rule') || ex.rule.includes(opt('rule')!)),
);

type Count = { n: number; ok: number };
const bump = (m: Map<string, Count>, key: string, ok: boolean) => {
  const c = m.get(key) ?? { n: 0, ok: 0 };
  c.n++;
  if (ok) c.ok++;
  m.set(key, c);
};
const byKind = new Map<string, Count>();
const byVariant = new Map<string, Count>();
const byFile = new Map<string, Count>();
const failures = new Map<string, string[]>();
let baseMissing = 0;

const t0 = Date.now();
for (const [i, ex] of examples.entries()) {
  const base = baseCues(ex);
  if (!base.length) {
    baseMissing++;
    continue;
  }
  for (const v of perturb(ex.text, [base[0]!.start, base[0]!.end])) {
    if (!kinds.has(v.kind)) continue;
    const ok = survives(ex, base, v, cuesOf(v.text));
    bump(byKind, v.kind, ok);
    bump(byVariant, `${v.kind} ${v.name}`, ok);
    bump(byFile, ex.file, ok);
    if (!ok) {
      const l = failures.get(v.kind) ?? [];
      l.push(`  ${ex.rule}  [${v.name}]  ${v.text}`);
      failures.set(v.kind, l);
    }
  }
  if (process.stderr.isTTY && i % 50 === 0) process.stderr.write(`\r${i}/${examples.length}`);
}
if (process.stderr.isTTY) process.stderr.write('\r');

const pct = (c: Count) => `${((100 * c.ok) / Math.max(1, c.n)).toFixed(1).padStart(5)} %  (${c.ok}/${c.n})`;
const total = [...byKind.values()].reduce((a, c) => ({ n: a.n + c.n, ok: a.ok + c.ok }), { n: 0, ok: 0 });
console.log(`${examples.length} examples (${baseMissing} yield no cue of their type unperturbed, left out), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`\nsurvival per perturbation (all: ${pct(total).trim()})`);
for (const k of Object.keys(PERTURBATIONS) as PerturbationKind[]) {
  const c = byKind.get(k);
  if (!c) continue;
  console.log(`  ${k} ${PERTURBATIONS[k].padEnd(30)} ${pct(c)}`);
  for (const [name, vc] of byVariant) if (name.startsWith(`${k} `)) console.log(`      ${name.slice(2).padEnd(28)} ${pct(vc)}`);
}
console.log('\nsurvival per rule file');
for (const [f, c] of [...byFile].sort()) console.log(`  ${f.padEnd(32)} ${pct(c)}`);
if (list > 0)
  for (const k of Object.keys(PERTURBATIONS) as PerturbationKind[]) {
    const l = failures.get(k);
    if (!l?.length) continue;
    console.log(`\nfailing: ${k} ${PERTURBATIONS[k]} (${l.length}${l.length > list ? `, first ${list}` : ''})`);
    console.log(l.slice(0, list).join('\n'));
  }
