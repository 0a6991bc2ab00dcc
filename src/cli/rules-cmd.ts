/**
 * `stance rules` and `stance rules test FILE…`.
 *
 * `rules test` exits 0 when every example of every file passes, 1 when an
 * example fails, and 2 when a file cannot be read or breaks the rule-file
 * schema (the same exit code as a bad `--rules FILE`).
 */
import { compileRules, loadRules } from '../rules/load.js';
import { checkRuleExamples } from '../rules/check.js';
import { EXIT, UsageError, type Io } from './main.js';
import { UserFileError } from '../schema/user-file.js';

export function listRules(opts: { rules: string[]; format: string }, io: Io): number {
  const rules = loadRules({ extraFiles: opts.rules });
  if (opts.format === 'json') {
    io.stdout.write(
      JSON.stringify(rules.map((r) => ({ id: r.key, type: r.type, description: r.description, match: r.match, file: r.file })), null, 2) + '\n',
    );
    return EXIT.ok;
  }
  const w = Math.max(...rules.map((r) => r.key.length));
  for (const r of rules) io.stdout.write(`${r.key.padEnd(w)}  ${r.type.padEnd(10)}  ${r.description}\n`);
  io.stdout.write(`${rules.length} rules\n`);
  return EXIT.ok;
}

/**
 * `stance rules ID`: one rule with its settings, patterns and examples. ID is the
 * full id ("refusal.refuse") or the part after the dot when that is unique.
 */
export function showRule(id: string, opts: { rules: string[]; format: string }, io: Io): number {
  const rules = loadRules({ extraFiles: opts.rules });
  let rule = rules.find((r) => r.key === id);
  if (!rule) {
    const short = rules.filter((r) => r.id === id);
    if (short.length === 1) rule = short[0];
    else if (short.length > 1) throw new UsageError(`"${id}" names several rules: ${short.map((r) => r.key).join(', ')}`);
  }
  if (!rule) {
    const near = rules.filter((r) => r.key.includes(id)).map((r) => r.key);
    throw new UsageError(`no rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 5).join(', ')}?)` : ''}; stance rules lists them`);
  }
  const { key, file, type, description, match, notIf, examples } = rule;
  if (opts.format === 'json') {
    const { notIfPatterns, notIfRegs, patterns, ...own } = rule;
    void notIfPatterns, void notIfRegs, void patterns;
    io.stdout.write(JSON.stringify({ ...own, id: key, file }, null, 2) + '\n');
    return EXIT.ok;
  }
  const ex = (e: (typeof examples.match)[number]) => (typeof e === 'string' ? e : `${e.text}${e.type ? `  (→ ${e.type})` : ''}`);
  const settings = (['negatable', 'holder', 'target', 'condition', 'scope', 'when', 'needsTarget', 'needsHolder', 'requires', 'priority'] as const)
    .map((k) => `${k}: ${String(rule[k])}`)
    .join(', ');
  const lines = [
    `${key}  (${type})`,
    `  ${description}`,
    `  file:     ${file}`,
    `  match:    ${match}`,
    ...(notIf ? [`  not if:   ${notIf}`] : []),
    `  settings: ${settings}`,
    '  examples it matches:',
    ...examples.match.map((e) => `    + ${ex(e)}`),
    ...(examples.noMatch.length ? ['  examples it must not match:', ...examples.noMatch.map((e) => `    - ${ex(e)}`)] : []),
  ];
  io.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
}

export function testRules(files: string[], io: Io): number {
  let failed = 0;
  let broken = 0;
  let total = 0;
  for (const file of files) {
    let rules;
    try {
      rules = loadRules({ builtins: false, extraFiles: [file] });
      compileRules(rules);
    } catch (e) {
      if (e instanceof UserFileError) {
        io.stderr.write(`stance: ${e.message}\n`);
        broken++;
        continue;
      }
      throw e;
    }
    const all = compileRules([...loadRules(), ...rules]);
    const failures = checkRuleExamples(rules, all);
    const examples = rules.reduce((n, r) => n + r.examples.match.length + r.examples.noMatch.length, 0);
    total += examples;
    for (const f of failures) {
      io.stdout.write(`FAIL ${f.file}: ${f.rule}: ${f.kind} example "${f.text}": ${f.problem}\n`);
    }
    failed += failures.length;
    io.stdout.write(`${file}: ${rules.length} rules, ${examples} examples, ${failures.length} failed\n`);
  }
  io.stdout.write(`${total - failed} passed, ${failed} failed${broken ? `, ${broken} file${broken > 1 ? 's' : ''} not loaded` : ''}\n`);
  return broken ? EXIT.usage : failed ? EXIT.inputError : EXIT.ok;
}
