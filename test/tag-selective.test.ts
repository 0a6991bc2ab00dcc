import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { normalise } from '../src/pipeline/normalise.js';
import { parseSentences, wordForms } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { cueCouldFire } from '../src/pipeline/cue-skeleton.js';
import { builtinRuleSet, compileRules, loadRules } from '../src/rules/load.js';
import { fullTagFromEnv } from '../src/pipeline/full-tag.js';

const FIXTURES = ['seed.txt', 'headlines.txt', 'crlf.txt', 'cjk-emoji.txt', 'article-port-strike.txt', 'article-takeover.txt'];
const mentions = (d: ReturnType<typeof analyze>) => d.actors.flatMap((a) => a.mentions.map((m) => `${a.id}@${m.start}-${m.end}`));

describe('selective tagging (the default)', () => {
  it('finds the same cues as tagging every sentence, on the fixtures', () => {
    let diff = 0;
    let total = 0;
    for (const f of FIXTURES) {
      const text = readFileSync(`fixtures/${f}`, 'utf8');
      const full = analyze(text, { tagger: 'all' });
      const sel = analyze(text);
      expect(sel.cues, f).toEqual(full.cues);
      expect(sel.sentences, f).toEqual(full.sentences);
      const a = mentions(full);
      const b = new Set(mentions(sel));
      total += a.length;
      diff += a.filter((m) => !b.has(m)).length;
    }
    // the pre-tagger alone may read a name in a cue-less sentence differently; rarely
    expect(diff / total).toBeLessThan(0.02);
  });

  it('tags fully only the sentences that could hold a cue', () => {
    const text = 'Norland said it would not negotiate with Vesk. Prices rose sharply in the third quarter. The harbour stayed calm.';
    const a = normalise(text);
    const parsed = parseSentences(a, splitSentences(text, a), { tagger: 'selective' });
    expect(parsed.map((p) => p.doc !== null)).toEqual([true, false, false]);
    // the others still have tokens with exact offsets and the pre-tagger's tags (what the actors stage reads)
    for (const p of parsed.slice(1)) {
      expect(p.tokens.length).toBeGreaterThan(0);
      for (const t of p.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(parsed[1]!.tokens.find((t) => t.text === 'Prices')!.tags.has('Noun')).toBe(true);
  });

  it('derives the cue skeleton from the rules in use, so a user rule file is honoured', () => {
    const rules = compileRules(loadRules({ extraFiles: ['test/fixtures/rules/invented-verb.yml'] }));
    const sentence = 'The delegation blorfed the zintak on Monday.';
    expect(cueCouldFire(wordForms(sentence), builtinRuleSet())).toBe(false);
    expect(cueCouldFire(wordForms(sentence), rules)).toBe(true);
    const text = `Prices rose. ${sentence}`;
    const sel = analyze(text, { cues: { rules } });
    expect(sel.cues.map((c) => c.rule)).toEqual(['invented-verb.blorf-the-zintak']);
    expect(sel.cues).toEqual(analyze(text, { tagger: 'all', cues: { rules } }).cues);
  });

  it('keeps a sentence whose cue words come as contractions or inflections', () => {
    const rules = builtinRuleSet();
    for (const s of ["Vesk won't negotiate.", 'Norland refused to talk to Vesk.', 'They rejected the talks outright.'])
      expect(cueCouldFire(wordForms(s), rules), s).toBe(true);
  });

  it('leaves terms without a root, so a rule alternation is matched on written forms only (what the skeleton assumes)', async () => {
    const { tagSentence } = await import('../src/pipeline/parse.js');
    const doc = tagSentence('The talks were held, and Vesk negotiated longer.', builtinRuleSet()) as unknown as { docs: { root?: string }[][] };
    expect(doc.docs.flat().filter((t) => t.root !== undefined)).toEqual([]);
  });

  it('is switched off by STANCE_FULL_TAG=1 (and --full-tag)', () => {
    expect(fullTagFromEnv({ STANCE_FULL_TAG: '1' })).toBe(true);
    expect(fullTagFromEnv({ STANCE_FULL_TAG: '0' })).toBe(false);
    expect(fullTagFromEnv({})).toBe(false);
  });
});
