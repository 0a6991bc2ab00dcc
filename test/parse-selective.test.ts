import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { normalise } from '../src/pipeline/normalise.js';
import { parseSentences, taggerNeeds, wordForms } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';

const parse = (text: string, tagger: 'all' | 'needed' | 'cues') => {
  const a = normalise(text);
  return parseSentences(a, splitSentences(text, a), { tagger });
};

describe('selective tagging', () => {
  it('does not tag a sentence with no rule anchor and no capitalised word, but still gives it tokens', () => {
    const text = 'China said it would not negotiate. Prices rose sharply in the quarter. The weather was mild.';
    const [a, b, c] = parse(text, 'needed');
    expect(a!.doc).not.toBeNull();
    // "Prices" starts the sentence but is not a closed-class word: tagged; "The weather …" is not
    expect(b!.doc).not.toBeNull();
    expect(c!.doc).toBeNull();
    expect(c!.tokens.map((t) => t.text)).toEqual(['The', 'weather', 'was', 'mild']);
    for (const t of c!.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.tags.size).toBe(0);
    }
    expect(taggerNeeds('the weather was mild.')).toEqual({ cues: false, actors: false });
  });

  it('tags sentences that a rule or the actors stage could use', () => {
    expect(taggerNeeds('they refused to talk.').cues).toBe(true);
    expect(taggerNeeds('prices rose, he said.').actors).toBe(true); // a pronoun
    expect(taggerNeeds('the weather was mild in Geneva.').actors).toBe(true); // a name
    expect(taggerNeeds('the minister was mild.').actors).toBe(true); // "the <title>"
    expect(taggerNeeds('analysts were mild.').actors).toBe(true); // a group
  });

  it('sees contractions and hyphenated words under every form compromise gives them', () => {
    const f = wordForms("They won't re-engage; it's a cease-fire. He'd cannot");
    for (const w of ['will', 'not', 'won\'t', 're', 'engage', 'is', 'it', 'cease', 'fire', 'cease-fire', 'would', 'had', 'can'])
      expect(f.has(w), w).toBe(true);
  });

  it('gives the same output as tagging every sentence on the fixtures', () => {
    for (const file of ['fixtures/seed.txt', 'fixtures/headlines.txt', 'fixtures/crlf.txt', 'fixtures/cjk-emoji.txt']) {
      const text = readFileSync(file, 'utf8');
      const all = analyze(text, { tagger: 'all' });
      expect(analyze(text, { tagger: 'needed' }), file).toEqual(all);
    }
  });

  it('gives the same output on text with untagged sentences', () => {
    const text =
      'Norland said on Monday it would not negotiate with Vesk.\n\nThe weather was mild. It was cold later. ' +
      'Officials in Vesk said they were ready to talk. The weather was mild again, and the harbour stayed calm. She agreed to meet them.';
    const tagged = parse(text, 'needed').filter((p) => p.doc).length;
    expect(tagged).toBeLessThan(parse(text, 'all').length);
    expect(analyze(text, { tagger: 'needed' })).toEqual(analyze(text, { tagger: 'all' }));
  });
});

describe('the tagger without chunks', () => {
  it('gives every term the tags and words of nlp(text) when no rule matches on chunks', async () => {
    const { getNlp } = await import('../src/pipeline/nlp.js');
    const { builtinRuleSet } = await import('../src/rules/load.js');
    const { tagSentence, usesChunks } = await import('../src/pipeline/parse.js');
    const rules = builtinRuleSet();
    expect(usesChunks(rules)).toBe(false);
    const terms = (d: unknown) =>
      (d as { docs: { text: string; normal: string; tags: Set<string> }[][] }).docs.flat().map((t) => [t.text, t.normal, [...t.tags].sort().join()]);
    for (const s of ["Ms. Vale said Norland won't resume talks until the border reopens.", 'The union rejected the offer, calling it an insult.']) {
      const full = getNlp()(s);
      const lean = tagSentence(s, rules);
      expect(terms(lean)).toEqual(terms(full));
      // the chunks hook was skipped: the chunker gives every term a chunk, the tagger alone only some
      const chunked = (d: unknown) => (d as { docs: { chunk?: string }[][] }).docs.flat().filter((t) => t.chunk).length;
      expect(chunked(lean)).toBeLessThan(chunked(full));
    }
  });

  it('runs the chunker when a rule matches on a chunk', async () => {
    const { compileRules, loadRules } = await import('../src/rules/load.js');
    const { usesChunks } = await import('../src/pipeline/parse.js');
    const rules = compileRules(loadRules());
    expect(usesChunks(rules)).toBe(false);
    rules.patterns[0]!.regs.push({ chunk: 'Noun' });
    expect(usesChunks(rules)).toBe(true);
  });
});
