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
