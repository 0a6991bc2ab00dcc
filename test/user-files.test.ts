/**
 * A rule or actor file is data: no tag runs code or is taken as a string, alias
 * bombs and deep brackets are refused before they take the memory, and a
 * pattern too costly to match is refused at load time with file:line:col.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { loadRuleSource, loadRules } from '../src/rules/load.js';
import { MAX_BRANCHING, branching, regexProblem } from '../src/rules/cost.js';
import { parseUserFile, UserFileError } from '../src/schema/user-file.js';
import { parseActorFile } from '../src/schema/actors.js';
import { getNlp } from '../src/pipeline/nlp.js';

const ruleFile = (match: string) =>
  [
    'description: test rules',
    'rules:',
    '  - id: one',
    '    type: refusal',
    '    description: a test rule',
    `    match: ${JSON.stringify(match)}`,
    '    examples:',
    '      match: ["Norland refused talks."]',
    '',
  ].join('\n');

const refused = (f: () => unknown, message: RegExp) => {
  expect(f).toThrow(UserFileError);
  expect(f).toThrow(message);
};

describe('user files are data', () => {
  it('refuses a "billion laughs" of nested aliases, naming the first alias', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    refused(() => parseUserFile(z.unknown(), bomb, 'bomb.yml'), /^bomb\.yml:2:\d+: aliases expand too much/);
  });

  it('still reads a few ordinary aliases', () => {
    expect(parseUserFile(z.unknown(), 'a: &x [1, 2]\nb: *x\n', 'ok.yml')).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it.each([
    ['a JavaScript function tag', 'actors: !!js/function "function () { process.exit(3) }"\n', /^t\.yml:1:9: .*no custom tags/],
    ['a custom tag', 'actors:\n  - !person {name: Ana Lind, type: person}\n', /^t\.yml:2:5: .*no custom tags/],
  ])('refuses %s instead of reading it as a string', (_n, text, message) => {
    refused(() => parseActorFile(text, 't.yml'), message);
  });

  it('refuses brackets nested deeper than the parser can take (it would run out of memory)', () => {
    const deep = `actors: []\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    refused(() => parseActorFile(deep, 'deep.yml'), /^deep\.yml:2:\d+: brackets nested more than 64 deep/);
    // brackets inside quoted strings and comments do not count
    expect(parseUserFile(z.unknown(), `a: "${'['.repeat(100)}" # ${'{'.repeat(100)}\n`, 'q.yml')).toEqual({ a: '['.repeat(100) });
  });

  it('refuses a file larger than the limit', () => {
    refused(() => parseActorFile(`actors: []\n#${'x'.repeat(5_000_001)}\n`, 'big.yml'), /^big\.yml: \d+ characters, more than/);
  });
});

describe('pattern cost', () => {
  it('the built-in rules are all within the limits', () => {
    expect(() => loadRules()).not.toThrow();
  });

  it('refuses a pattern of many optional wildcards at its line and column', () => {
    refused(() => loadRuleSource(ruleFile(`${'.? '.repeat(12)}refused`), 'costly.yml'), /^costly\.yml:6:12: rule one: the pattern is too costly: .* 4096 ways/);
  });

  it('refuses a pattern whose parentheses do not balance, either way, at its line and column', () => {
    refused(() => loadRuleSource(ruleFile('{walk} out of (the|a talks'), 'open.yml'), /^open\.yml:6:12: rule one: unbalanced parenthesis/);
    refused(() => loadRuleSource(ruleFile('{walk} out of the|a) talks'), 'close.yml'), /^close\.yml:6:12: rule one: unbalanced parenthesis .*closes no/);
    expect(() => loadRuleSource(ruleFile('{walk} out of (the|a) talks'), 'ok.yml')).not.toThrow();
  });

  it('refuses repeats that multiply', () => {
    refused(() => loadRuleSource(ruleFile('#Noun+ .* #Verb+ .* #Noun+ refused'), 'r.yml'), /too costly/);
  });

  it('refuses a pattern that expands into too many plain patterns', () => {
    const group = '(sit down|take part|go ahead|stand up|step in|back down)';
    refused(() => loadRuleSource(ruleFile(`${group} ${group} ${group} ${group} ${group}`), 'wide.yml'), /^wide\.yml:6:\d+: rule one: the pattern is too costly: it expands into more than/);
  });

  it('refuses a regular expression with nested repeats, and only that', () => {
    refused(() => loadRuleSource(ruleFile('/^(a+)+$/ refused'), 'redos.yml'), /nested repeats/);
    expect(regexProblem('^(?:re)?fus(es|ed)$')).toBeUndefined();
    expect(regexProblem('(\\w+\\s?)*$')).toMatch(/nested repeats/);
    expect(regexProblem('([a+])+')).toBeUndefined(); // a "+" inside a character class is no repeat
  });

  it('counts optional and repeated terms, and choices of different lengths', () => {
    const nlp = getNlp() as unknown as { parseMatch(s: string): unknown[] };
    expect(branching(nlp.parseMatch('talks'))).toBe(1);
    expect(branching(nlp.parseMatch('#Adjective? talks'))).toBe(2);
    expect(branching(nlp.parseMatch('(talks|negotiations) #Noun{1,3}'))).toBe(3);
    expect(branching(nlp.parseMatch('(sit down|agree) .?'))).toBe(4);
    expect(branching(nlp.parseMatch('.? '.repeat(11) + 'x'))).toBeGreaterThan(MAX_BRANCHING);
  });
});
