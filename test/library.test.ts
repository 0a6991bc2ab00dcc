/** The library entry, imported by the package's own name (package.json "exports" → dist/; `npm test` builds first). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze, analyzeMany, loadRules, type StanceDocument, type OutputRecord } from 'stance';
import { ROOT } from './batch-helpers.js';
import { ARTICLES, ACTORS_YML, tempFiles } from './reading-helpers.js';

describe("import … from 'stance'", () => {
  it('analyze gives a self-contained document; a filter narrows it', () => {
    const doc: StanceDocument = analyze('Peru agreed to hold talks with Chile. Chile refused to negotiate with Peru.', { date: '2026-02-01' });
    expect(doc.date).toBe('2026-02-01');
    expect(doc.cues.map((c) => [c.type, c.holderName, c.targetName])).toEqual([
      ['engagement', 'Peru', 'Chile'],
      ['refusal', 'Chile', 'Peru'],
    ]);
    const only = analyze('Peru agreed to hold talks with Chile. Chile refused to negotiate with Peru.', { filter: { holder: 'chile' } });
    expect(only.cues.map((c) => c.holderName)).toEqual(['Chile']);
    expect(only.summary.actors.map((a) => a.name)).toEqual(['Chile']);
  });

  it('analyzeMany takes articles and paths, in input order, with actor files', async () => {
    const dir = tempFiles({ 'actors.yml': ACTORS_YML, 'missing-later.txt': 'Norland refused to negotiate with Vesk.' });
    const out: OutputRecord[] = [];
    for await (const r of analyzeMany([ARTICLES[0]!, join(dir, 'missing-later.txt'), join(dir, 'nope.txt')], { jobs: 1, actors: [join(dir, 'actors.yml')] }))
      out.push(r);
    expect(out.map((r) => r.source)).toEqual(['#0', join(dir, 'missing-later.txt'), join(dir, 'nope.txt')]);
    expect('error' in out[2]! && out[2].error.code).toBe('ENOENT');
    const first = out[0] as StanceDocument;
    expect([first.id, first.date, first.url]).toEqual(['a1', '2026-03-10', 'https://example.org/a1']);
    expect(first.cues.find((c) => c.type === 'refusal')?.holderName).toBe('Norland');
  });

  it('loadRules compiles the built-in rules and a file of ours', () => {
    const dir = tempFiles({
      'r.yml': 'description: test\nrules:\n  - id: parley\n    type: engagement\n    description: a parley\n    match: "agreed to parley"\n    examples:\n      match: ["The envoys agreed to parley."]\n',
    });
    const builtin = loadRules();
    const withFile = loadRules({ files: [join(dir, 'r.yml')] });
    expect(withFile.rules.length).toBe(builtin.rules.length + 1);
    const doc = analyze('Peru agreed to parley with Chile.', { rules: withFile });
    expect(doc.cues.some((c) => c.rule.endsWith('.parley'))).toBe(true);
  });

  it('resolves by name in plain Node too (the exports map)', () => {
    const code = "import { analyze } from 'stance'; console.log(analyze('Peru refused to negotiate with Chile.').cues[0].holderName)";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('Peru');
  });
});
