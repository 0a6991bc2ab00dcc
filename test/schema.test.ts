import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.js';
import { OutputRecord, StanceDocument, ErrorRecord } from '../src/schema/output.js';
import { outputJsonSchema } from '../src/schema/json-schema.js';
import { RuleFile } from '../src/schema/rules.js';
import * as z from 'zod';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Every property name anywhere in a JSON Schema. */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) fieldNames(s, out);
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
      fieldNames(v, out);
    }
  }
  return out;
}

describe('output schema', () => {
  it('analyze() output validates, with no field the schema does not know', () => {
    const text = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    const doc = analyze(text, { source: 'seed.txt', includeText: true });
    const parsed = StanceDocument.parse(doc);
    expect(parsed).toEqual(doc); // zod strips unknown keys, so equality means there were none
    expect(OutputRecord.safeParse(doc).success).toBe(true);
  });

  it('rejects a record with a wrong field', () => {
    const doc = analyze('Iran agreed to talks.', { source: 'x' });
    expect(OutputRecord.safeParse({ ...doc, sentences: [{ ...doc.sentences[0], start: -1 }] }).success).toBe(false);
    expect(ErrorRecord.safeParse({ schemaVersion: 1, source: 'x', error: { code: 'NOPE', message: '' } }).success).toBe(false);
  });

  it('the JSON Schema names every output field', () => {
    const names = fieldNames(outputJsonSchema());
    for (const f of ['sentences', 'duplicateOf', 'mentions', 'affiliation', 'modality', 'condition', 'summary', 'stats', 'error']) expect(names).toContain(f);
  });
});

describe('README documents the formats (so they cannot drift)', () => {
  it.each([...fieldNames(outputJsonSchema())].sort())('output field `%s` is described in README.md', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each([...fieldNames(z.toJSONSchema(RuleFile, { io: 'input' }))].filter((n) => n !== '$schema').sort())(
    'rule-file field `%s` is described in README.md',
    (name) => {
      expect(readme).toContain(`\`${name}\``);
    },
  );

  it('has the batch section markers and the set-up commands', () => {
    expect(readme).toMatch(/<!-- batch:start -->[^]*<!-- batch:end -->/);
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm test');
  });
});
