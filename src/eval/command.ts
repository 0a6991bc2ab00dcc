/** `stance eval GOLD.jsonl…`: run the pipeline over gold files and score it. */
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline/index.js';
import { compileRules, loadRules } from '../rules/load.js';
import { CUE_TYPES, type StanceDocument } from '../schema/output.js';
import { UsageError, EXIT, type Io } from '../cli/main.js';
import { GoldDoc, type GoldDoc as GoldRecord } from './gold.js';
import { report, scoreDoc, type DocScore, type Prf } from './score.js';
import { loadActorOptions } from '../cli/actors-option.js';
import { fullTagFromEnv } from '../pipeline/full-tag.js';

export interface EvalOptions {
  format: string;
  verbose: boolean;
  actors: string[];
  rules: string[];
  /** every sentence through the full tagger (--full-tag; also STANCE_FULL_TAG=1 in the environment) */
  fullTag?: boolean;
}

const pct = (x: number) => x.toFixed(3);

/** One gold line → a record, or a UsageError saying where and what is wrong (every problem, by field path). */
function parseGold(line: string, where: string): GoldRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new UsageError(`${where}: not a gold record: not valid JSON: ${(e as Error).message}`);
  }
  const r = GoldDoc.safeParse(value);
  if (r.success) return r.data;
  const path = (p: readonly PropertyKey[]) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k))).join('') || '(record)';
  const problems = r.error.issues.slice(0, 5).map((i) => `${path(i.path)}: ${i.message}`);
  if (r.error.issues.length > 5) problems.push(`(${r.error.issues.length - 5} more)`);
  throw new UsageError(`${where}: not a gold record: ${problems.join('; ')}`);
}

/** -v -f json: each document's misses and extras, as the table's -v lists them. */
function docDetails(s: DocScore, doc: StanceDocument) {
  const name = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? id ?? null;
  return {
    id: s.id,
    source: doc.source,
    misses: s.misses.map((m) => ({
      mode: m.mode,
      type: m.gold.type,
      evidence: m.gold.evidence,
      holder: m.gold.holder,
      ...(m.predictedHolder !== undefined ? { predictedHolder: name(m.predictedHolder) } : {}),
    })),
    extras: s.extras.map((x) => ({
      mode: x.mode,
      type: x.cue.type,
      text: x.cue.text,
      holder: x.holderName,
      rule: x.cue.rule,
      sentence: doc.sentences[x.cue.sentence]?.text ?? null,
    })),
    missingEvidence: s.missingEvidence.map((g) => g.evidence),
  };
}

export async function runEval(files: string[], opts: EvalOptions, io: Io): Promise<number> {
  const tagger = opts.fullTag || fullTagFromEnv(io.env) ? 'all' : 'selective';
  const rules = opts.rules.length ? compileRules(loadRules({ extraFiles: opts.rules })) : undefined;
  const actors = loadActorOptions(opts.actors);
  const scores: DocScore[] = [];
  const details: ReturnType<typeof docDetails>[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    source.split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      const gold = parseGold(line, `${file}:${n + 1}`);
      const doc = analyze(gold.text, { source: `${file}:${n + 1}`, id: gold.id, ...(actors ? { actors } : {}), ...(rules ? { cues: { rules } } : {}), tagger });
      const s = scoreDoc(gold, doc);
      scores.push(s);
      if (opts.verbose && opts.format === 'json') details.push(docDetails(s, doc));
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
    io.stdout.write(JSON.stringify(opts.verbose ? { ...r, details } : r, null, 2) + '\n');
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
