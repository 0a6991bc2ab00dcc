import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseWords, WORDS, WORDS_FILE } from '../../src/actors/words.js';

describe('word lists (src/actors/words.yml)', () => {
  it('loads every list with its words', () => {
    expect(WORDS.role.has('ambassador')).toBe(true);
    expect(WORDS.group_head.has('farmers')).toBe(true);
    expect(parseWords(readFileSync(WORDS_FILE, 'utf8'))).toEqual(WORDS);
  });
  it('rejects a list without examples, or with capitals, naming the line', () => {
    const src = readFileSync(WORDS_FILE, 'utf8');
    expect(() => parseWords(src.replace(/  examples: \["Foreign Minister[^\n]*\n/, ''), 'w.yml')).toThrow(/w\.yml:\d+:\d+: role\.examples/);
    expect(() => parseWords(src.replace('president vice-president', 'President vice-president'), 'w.yml')).toThrow(/role\.words: lower-case/);
  });
  it('rejects a missing list', () => {
    const src = readFileSync(WORDS_FILE, 'utf8');
    expect(() => parseWords(src.replace(/^clause_break:[\s\S]*$/m, ''), 'w.yml')).toThrow(/clause_break/);
  });
});
