/**
 * Real-world mess: random mixes of news fragments, quotes, unicode, control
 * characters and line endings never crash the pipeline, and every offset it
 * reports still slices the text exactly (deterministic seed).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const pieces = [
  'the', 'U.S.', 'said', 'would not', 'negotiate', '"', '“', '”', '(', ')', ',', '.', '...', '…', '\n', '\n\n', '\r\n', ' ',
  '\u00a0', '😀', '中国', 'He', 'Lifeng', 'Mr.', 'No.', '10', 'if', 'unless', 'talks', 'rejected', "won't", '-', '—',
  'ZANU-PF', '؟', 'Ⅳ', '\t', '\u200b', "'s", 'they', 'it', 'Iran', 'Beijing', 'agreed to', 'must', 'A', 'I', '\u0000',
];

describe('random mixes of news fragments', () => {
  it('analyse without error, with exact offsets everywhere', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)]! + (rnd() < 0.6 ? ' ' : '');
      const doc = analyze(text);
      for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const c of doc.cues) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        if (c.condition) expect(text.slice(c.condition.start, c.condition.end)).toBe(c.condition.text);
      }
      for (const a of doc.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('a quotation closed before another script', () => {
  it('ends the sentence, and no cue runs across the quote\'s end', () => {
    const text = 'Norland\'s minister said: "We will not negotiate." שלום Norland rejected talks.';
    const doc = analyze(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Norland\'s minister said: "We will not negotiate."', 'שלום Norland rejected talks.']);
    for (const c of doc.cues) {
      const s = doc.sentences[c.sentence]!;
      expect(c.start >= s.start && c.end <= s.end).toBe(true);
    }
    expect(doc.cues.length).toBeGreaterThan(0);
  });
});
