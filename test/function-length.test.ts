/**
 * Issue 10: no function in src/ over 150 lines, so that every pass can be read, tested and replaced alone
 * (and V8 optimises it without special flags). Walks every .ts file under src/ with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX = 150;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** every function-like node with a body longer than `max` lines, as "file:line name (n lines)" */
export function longFunctions(file: string, text: string, max = MAX): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const a = src.getLineAndCharacterOfPosition(n.getStart(src)).line;
      const b = src.getLineAndCharacterOfPosition(n.end).line;
      const name = n.name ? n.name.getText(src) : '(anonymous)';
      if (b - a + 1 > max) out.push(`${file}:${a + 1} ${name} (${b - a + 1} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

describe('function length', () => {
  it(`no function in src/ is over ${MAX} lines`, () => {
    const long = tsFiles('src').flatMap((f) => longFunctions(f, readFileSync(f, 'utf8')));
    expect(long).toEqual([]);
  });
  it('the check sees a long function (it can fail)', () => {
    const body = Array.from({ length: MAX + 5 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function big() {\n${body}\n}\nconst small = () => 1;\n`)).toEqual(['x.ts:1 big (157 lines)']);
  });
});
