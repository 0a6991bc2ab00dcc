/** Self-contained records (names, line/column, date/url) and --actors files that only add, through the real CLI. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { StanceDocument } from '../src/schema/output.js';
import { corpus, jsonl, stance, tempFiles } from './reading-helpers.js';

describe('records carry what a reader needs without a join', () => {
  it('cues name holder and target, give line and column; date and url come from the input', async () => {
    const dir = corpus();
    const r = await stance(['-f', 'jsonl', '--actors', join(dir, 'actors.yml'), join(dir, 'news.jsonl')]);
    expect(r.code).toBe(0);
    const docs = jsonl<StanceDocument>(r.stdout).map((d) => StanceDocument.parse(d));
    expect(docs.map((d) => [d.date, d.url])).toEqual([
      ['2026-03-10', 'https://example.org/a1'],
      ['2026-05-02', 'https://example.org/a2'],
    ]);
    for (const d of docs) {
      const lines = d.text!.split('\n');
      for (const c of d.cues) {
        expect(c.holderName).toBe(d.actors.find((a) => a.id === c.holder)?.name ?? null);
        expect(c.targetName).toBe(d.actors.find((a) => a.id === c.target)?.name ?? null);
        expect(lines[c.line - 1]!.slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text);
      }
    }
    const refusal = docs[0]!.cues.find((c) => c.type === 'refusal')!;
    expect([refusal.holderName, refusal.targetName, refusal.line, refusal.column]).toEqual(['Norland', 'Vesk', 1, 9]);
    expect(docs[0]!.cues.some((c) => c.line === 3)).toBe(true);
  });

  it('a record without date or url has neither field', async () => {
    const r = await stance(['-f', 'json'], { input: 'Peru agreed to talks with Chile.\n' });
    const d = JSON.parse(r.stdout) as Record<string, unknown>;
    expect('date' in d || 'url' in d).toBe(false);
  });
});

describe('--actors files add and never remove', () => {
  const text = 'Tomas Vrell will meet with Finance Secretary Ilse Marrow on Friday.\n';
  const names = (out: string) => (JSON.parse(out) as StanceDocument).actors.map((a) => a.name);
  it('a person named after a title is kept when a file defines that person', async () => {
    const dir = tempFiles({ 'p.yml': 'actors:\n  - name: Ilse Marrow\n    type: person\n' });
    const [without, withFile] = await Promise.all([
      stance(['-f', 'json'], { input: text }),
      stance(['-f', 'json', '--actors', join(dir, 'p.yml')], { input: text }),
    ]);
    expect(names(without.stdout)).toContain('Ilse Marrow');
    expect(names(withFile.stdout)).toContain('Ilse Marrow');
  });
  it('every --actors file applies, not only the last', async () => {
    const dir = tempFiles({
      'a.yml': 'actors:\n  - name: Norland\n    type: country\n    id: NRL\n',
      'b.yml': 'actors:\n  - name: Vesk\n    type: country\n    id: VSK\n',
    });
    const r = await stance(['-f', 'json', '--actors', join(dir, 'a.yml'), '--actors', join(dir, 'b.yml')], {
      input: 'Norland refused to negotiate with Vesk.\n',
    });
    expect(names(r.stdout)).toEqual(expect.arrayContaining(['Norland', 'Vesk']));
  });
});
