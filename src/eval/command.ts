/** `stance eval GOLD.jsonl…`: run the pipeline over gold files and score it. */
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline/index.js';
import { compileRules, loadRules } from '../rules/load.js';
import { CUE_TYPES } from '../schema/output.js';
import { UsageError, EXIT, type Io } from '../cli/main.js';
import { GoldDoc } from './gold.js';
import { report, scoreDoc, type DocScore, type Prf } from './score.js';
import { loadActorOptions } from '../cli/actors-option.js';

export interface EvalOptions {
  format: string;
  verbose: boolean;
  actors: string[];
  rules: string[];
}

const pct = (x: number) => x.toFixed(3);

export async function runEval(files: string[], opts: EvalOptions, io: Io): Promise<number> {
  const rules = opts.rules.length ? compileRules(loadRules({ extraFiles: opts.rules })) : undefined;
  const actors = loadActorOptions(opts.actors);
  const scores: DocScore[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    source.split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      let gold;
      try {
        gold = GoldDoc.parse(JSON.parse(line));
      } catch (e) {
        throw new UsageError(`${file}:${n + 1}: not a gold record: ${(e as Error).message.split('\n')[0]}`);
      }
      const doc = analyze(gold.text, { source: `${file}:${n + 1}`, id: gold.id, ...(actors ? { actors } : {}), ...(rules ? { cues: { rules } } : {}) });
      const s = scoreDoc(gold, doc);
      scores.push(s);
      if (opts.verbose && opts.format !== 'json') {
        const out = (x: string) => io.stdout.write(x + '\n');
        const holderName = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? id ?? '-';
        for (const m of s.misses)
          if (m.mode === 'span') out(`MISS  ${gold.id}  ${m.gold.type.padEnd(10)} "${m.gold.evidence}" (${m.gold.holder[0] ?? '-'})`);
          else if (m.predictedHolder !== undefined)
            out(`HOLDER ${gold.id}  ${m.gold.type.padEnd(10)} "${m.gold.evidence}" gold ${m.gold.holder.join('|')} got ${holderName(m.predictedHolder)}`);
        for (const x of s.extras)
          if (x.mode === 'span') out(`EXTRA ${gold.id}  ${x.cue.type.padEnd(10)} "${x.cue.text}" (${x.holderName ?? '-'}) [${x.cue.rule}]  «${doc.sentences[x.cue.sentence]!.text.slice(0, 140)}»`);
        for (const g of s.missingEvidence) out(`WARN  ${gold.id}  evidence not found in text: "${g.evidence}"`);
      }
    });
  }
  const r = report(scores);
  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return EXIT.ok;
  }
  const row = (name: string, a: Prf, b: Prf) =>
    `${name.padEnd(11)} ${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)}  ${String(a.tp).padStart(4)} ${String(a.fp).padStart(4)} ${String(a.fn).padStart(4)}   ${pct(b.precision)}  ${pct(b.recall)}  ${pct(b.f1)}`;
  io.stdout.write(`${r.documents} documents\n`);
  io.stdout.write(`${''.padEnd(11)} ---------- type + span ----------------   ---- + holder -------\n`);
  io.stdout.write(`${'type'.padEnd(11)} P      R      F1       TP   FP   FN     P      R      F1\n`);
  for (const t of CUE_TYPES) io.stdout.write(row(t, r.span[t], r.holder[t]) + '\n');
  io.stdout.write(row('overall', r.span.overall, r.holder.overall) + '\n');
  return EXIT.ok;
}
