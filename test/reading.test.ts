/**
 * Reading the results through the real CLI: filters, CSV/TSV (parsed back with
 * csv-parse and compared with the JSON), explain, the actors roll-up, one rule,
 * top-level help, the stdin JSONL warning and eval's JSON details.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ActorRollup, StanceDocument } from '../src/schema/output.js';
import { Rollup, describeTimeline } from '../src/format/rollup.js';
import { widest } from '../src/format/explain.js';
import { corpus, jsonl, stance, tempFiles, ARTICLES_JSONL, type Run } from './reading-helpers.js';

let dir: string;
let args: (...a: string[]) => string[];
let all: StanceDocument[];
beforeAll(async () => {
  dir = corpus();
  args = (...a: string[]) => [...a, '--actors', join(dir, 'actors.yml'), join(dir, 'news.jsonl')];
  all = jsonl<StanceDocument>((await stance(['-f', 'jsonl', ...args()])).stdout);
});

describe('filters: --type, --holder, --rule', () => {
  it('narrow cues, summary and stats.cues; keep sentences and actors; say what was asked', async () => {
    const r = await stance(['-f', 'jsonl', ...args('--type', 'refusal,condition')]);
    const docs = jsonl<StanceDocument>(r.stdout).map((d) => StanceDocument.parse(d));
    expect(docs.flatMap((d) => d.cues.map((c) => c.type)).sort()).toEqual(['condition', 'refusal']);
    expect(docs[0]!.sentences).toEqual(all[0]!.sentences);
    expect(docs[0]!.actors).toEqual(all[0]!.actors);
    expect(docs[1]!.stats.cues).toEqual({ engagement: 0, refusal: 0, condition: 0 });
    expect(docs[1]!.summary.actors).toEqual([]);
    expect(docs[0]!.filter).toEqual({ type: ['refusal', 'condition'] });
  });

  it('--holder matches a name, an alias or a demonym mention, any case; --rule a rule id', async () => {
    const [byName, byAlias, byRule] = await Promise.all([
      stance(['-f', 'jsonl', ...args('--holder', 'norland')]),
      stance(['-f', 'jsonl', ...args('--holder', 'VESKAN REPUBLIC')]),
      stance(['-f', 'jsonl', ...args('--rule', 'condition.if-condition')]),
    ]);
    const holders = (r: Run) => jsonl<StanceDocument>(r.stdout).flatMap((d) => d.cues.map((c) => c.holderName));
    expect(holders(byName)).toEqual(['Norland', 'Norland']);
    expect(holders(byAlias)).toEqual(['Vesk', 'Vesk']);
    expect(jsonl<StanceDocument>(byRule.stdout).flatMap((d) => d.cues.map((c) => c.rule))).toEqual(['condition.if-condition']);
  });

  it('--holder matches through an affiliation', async () => {
    const d = tempFiles({
      'a.yml': 'actors:\n  - name: Norland\n    type: country\n    id: NRL\n  - name: Ilse Marrow\n    type: person\n    affiliation: NRL\n',
      'n.txt': 'Ilse Marrow refused to negotiate with the rebels.\n',
    });
    const r = await stance(['-f', 'json', '--holder', 'Norland', '--actors', join(d, 'a.yml'), join(d, 'n.txt')]);
    const doc = JSON.parse(r.stdout) as StanceDocument;
    expect(doc.cues.map((c) => c.holderName)).toEqual(['Ilse Marrow']);
  });

  it('a bad --type is a usage error; an unknown --rule is warned about', async () => {
    const [bad, unknown] = await Promise.all([stance(['--type', 'refusalz', '-']), stance(['-f', 'json', '--rule', 'no.such-rule'], { input: 'Peru refused.' })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a cue type/);
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toMatch(/no rule "no\.such-rule"/);
  });
});

describe('-f csv and -f tsv', () => {
  it('CSV parsed back by a CSV library equals the JSON, row for cue', async () => {
    const r = await stance(['-f', 'csv', ...args()]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('source,id,date,sentence,type,holder,holder_affiliation,target,trigger,condition,rule,start,end,line,column');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const cues = all.flatMap((d) => d.cues.map((c) => ({ d, c })));
    expect(rows.length).toBe(cues.length);
    rows.forEach((row, i) => {
      const { d, c } = cues[i]!;
      expect(row).toEqual({
        source: d.source, id: d.id ?? '', date: d.date ?? '', sentence: String(c.sentence + 1), type: c.type,
        holder: c.holderName ?? '', holder_affiliation: '', target: c.targetName ?? '', trigger: c.text,
        condition: c.condition?.text ?? '', rule: c.rule, start: String(c.start), end: String(c.end),
        line: String(c.line), column: String(c.column),
      });
    });
  });

  it('quotes commas, quotes and line breaks (RFC 4180); TSV has no tabs inside a field', async () => {
    const text = 'He said: "Peru, for its part, refused to negotiate with Chile."\n';
    const [csv, tsv] = await Promise.all([stance(['-f', 'csv'], { input: text }), stance(['-f', 'tsv'], { input: text })]);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.source).toBe('-');
    const lines = tsv.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(rows.length + 1);
    for (const l of lines) expect(l.split('\t').length).toBe(15);
  });

  it('an input with no cues gives the header alone', async () => {
    const r = await stance(['-f', 'csv'], { input: 'The weather was mild.\n' });
    expect(r.stdout).toBe('source,id,date,sentence,type,holder,holder_affiliation,target,trigger,condition,rule,start,end,line,column\r\n');
  });
});

describe('stance explain', () => {
  it('marks triggers [type: …] without colour and lists each cue under its sentence', async () => {
    const r = await stance(['explain', ...args()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[refusal: refused to negotiate with]');
    expect(r.stdout).toMatch(/\n\s+refusal\s+Norland → Vesk\s+engagement\.engage-with\n/);
    // (a long line wraps: compare with white space collapsed)
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/condition Vesk → Norland condition\.if-condition .*if: Norland withdrew its troops/);
    expect(r.stdout).toContain('2026-03-10 · https://example.org/a1');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('--rule shows only that rule\'s hits; FORCE_COLOR colours the trigger and underlines mentions', async () => {
    const [rule, colour] = await Promise.all([
      stance(['explain', ...args('--rule', 'condition.if-condition')]),
      stance(['explain', ...args()], { env: { FORCE_COLOR: '1' } }),
    ]);
    expect(rule.stdout.replace(/\s+/g, ' ')).toContain('[condition: if Norland withdrew]');
    expect(rule.stdout).not.toContain('refused to negotiate');
    expect(rule.stdout).not.toContain('agreed to hold talks');
    expect(colour.stdout).toContain('\u001b[31mrefused to negotiate with');
    expect(colour.stdout).toContain('\u001b[4mNorland\u001b[24m');
    expect(colour.stdout).not.toContain('[refusal:');
  });
});

describe('stance actors', () => {
  it('JSON: per actor cue counts, targets, dates and the shift over time', async () => {
    const r = await stance(['actors', '-f', 'json', ...args()]);
    const actors = (JSON.parse(r.stdout) as unknown[]).map((a) => ActorRollup.parse(a));
    const norland = actors.find((a) => a.id === 'NRL')!;
    expect(norland.cues).toEqual({ engagement: 1, refusal: 1, condition: 0 });
    expect(norland.documents).toBe(2);
    expect(norland.targets).toEqual([{ id: 'VSK', name: 'Vesk', cues: { engagement: 1, refusal: 1, condition: 0 } }]);
    expect(norland.dates.refusal).toEqual({ first: '2026-03-10', last: '2026-03-10' });
    expect(norland.history).toBe('refused in March 2026, engaged in May 2026');
  });

  it('table and CSV; filters apply to the roll-up', async () => {
    const [table, csv, refusals] = await Promise.all([
      stance(['actors', '-f', 'table', ...args()]),
      stance(['actors', '-f', 'csv', ...args()]),
      stance(['actors', '-f', 'json', '--type', 'refusal', ...args()]),
    ]);
    expect(table.stdout).toMatch(/Norland\s+country\s+2\s+\d+\s+1\s+1\s+·\s+Vesk \(2\)/);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.find((x) => x.id === 'NRL')).toMatchObject({ refusal: '1', engagement: '1', refusal_first: '2026-03-10', history: 'refused in March 2026, engaged in May 2026' });
    const n = (JSON.parse(refusals.stdout) as ActorRollup[]).find((a) => a.id === 'NRL')!;
    expect(n.cues).toEqual({ engagement: 0, refusal: 1, condition: 0 });
  });

  it('--unknown: only actors with known === false, most mentioned first (unit: Rollup)', () => {
    const doc = (actors: { id: string; known?: boolean; n: number }[]): StanceDocument =>
      ({
        schemaVersion: 1, source: '-', id: null, title: null, sentences: [], cues: [], summary: { actors: [] },
        stats: { characters: 0, sentences: 0, duplicates: 0, actors: 0, cues: { engagement: 0, refusal: 0, condition: 0 } },
        actors: actors.map((a) => ({
          id: a.id, name: a.id, type: 'group', affiliation: null, ...(a.known !== undefined ? { known: a.known } : {}),
          mentions: Array.from({ length: a.n }, () => ({ start: 0, end: 1, text: 'x', sentence: 0, kind: 'name' as const })),
        })),
      }) as StanceDocument;
    const r = new Rollup();
    r.add(doc([{ id: 'rare', known: false, n: 1 }, { id: 'often', known: false, n: 2 }, { id: 'gaz', n: 9 }, { id: 'told', known: true, n: 5 }]));
    r.add(doc([{ id: 'often', known: false, n: 3 }]));
    expect(r.result(true).map((a) => [a.id, a.mentions])).toEqual([['often', 5], ['rare', 1]]);
    expect(r.result().find((a) => a.id === 'gaz')!.known).toBe(true);
  });

  it('describes a timeline in words', () => {
    expect(describeTimeline([
      { stance: 'refusal', first: '2026-03-02', last: '2026-04-20', documents: 2 },
      { stance: 'condition', first: '2026-12-01', last: '2027-01-03', documents: 2 },
    ])).toBe('refused from March to April 2026, set conditions from December 2026 to January 2027');
  });
});

describe('smaller fixes', () => {
  it('stance --help lists the analysis options; stance rules ID shows one rule with examples', async () => {
    const [help, rule, none] = await Promise.all([stance(['--help']), stance(['rules', 'refusal.refuse']), stance(['rules', 'no-such-rule'])]);
    for (const o of ['--type', '--holder', '--rule', '--actors', '--stdin-format', '--max-bytes']) expect(help.stdout).toContain(o);
    expect(help.stdout).toMatch(/explain/);
    expect(rule.code).toBe(0);
    expect(rule.stdout).toMatch(/^refusal\.refuse {2}\(refusal\)/);
    expect(rule.stdout).toMatch(/examples it matches:\n {4}\+ /);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no rule "no-such-rule"/);
  });

  it('warns when stdin read as text looks like JSON Lines articles (not with --stdin-format jsonl)', async () => {
    const [text, asJsonl] = await Promise.all([
      stance(['-f', 'json'], { input: ARTICLES_JSONL }),
      stance(['-f', 'jsonl', '--stdin-format', 'jsonl'], { input: ARTICLES_JSONL }),
    ]);
    expect(text.stderr).toMatch(/looks like JSON Lines.*--stdin-format jsonl/);
    expect(asJsonl.stderr).not.toMatch(/looks like JSON Lines/);
  });

  it('eval -v -f json keeps the misses; a bad gold record says which field is wrong', async () => {
    const d = tempFiles({
      'gold.jsonl': JSON.stringify({ id: 'g1', text: 'Peru refused to negotiate with Chile. Chile hopes to talk.', cues: [{ type: 'engagement', holder: ['Chile'], evidence: 'hopes to talk' }, { type: 'condition', holder: ['Peru'], evidence: 'to negotiate' }] }) + '\n',
      'bad.jsonl': JSON.stringify({ id: 'g2', text: 'x', cues: [{ type: 'maybe', evidence: 'x' }] }) + '\n',
    });
    const [ok, bad] = await Promise.all([stance(['eval', '-v', '-f', 'json', join(d, 'gold.jsonl')]), stance(['eval', join(d, 'bad.jsonl')])]);
    const rep = JSON.parse(ok.stdout) as { details: { id: string; misses: { evidence: string }[]; extras: unknown[] }[] };
    expect(rep.details[0]!.id).toBe('g1');
    expect(rep.details[0]!.misses.map((m) => m.evidence)).toContain('to negotiate');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.jsonl:1: not a gold record: cues\[0\]\.type: /);
  });
});
