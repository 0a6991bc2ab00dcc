import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getNlp } from '../src/pipeline/nlp.js';
import { fastMatch, type RunMatch } from '../src/pipeline/fast-match.js';
import { builtinRuleSet } from '../src/rules/load.js';
import { normalise } from '../src/pipeline/normalise.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { parseSentences } from '../src/pipeline/parse.js';

const FIXTURES = ['seed.txt', 'headlines.txt', 'crlf.txt', 'cjk-emoji.txt', 'article-port-strike.txt', 'article-takeover.txt'];
const INVENTED = [
  "Norland's foreign minister, Ada Holm, said on Monday that the government wouldn't negotiate with Vesk until the blockade was lifted.",
  'The dock workers voted to accept the offer after 12 days of talks, but the union leaders refused to sign it.',
  'Shares in the largest exporters fell 4 percent before recovering in late trading; analysts expect more of the same.',
  '"We will not be pressured into talks," Piet Vos said, adding that Talvia remained open to a deal on fishing rights.',
  "I'd rather not say. They've been there, haven't they? It's 5 p.m. in the U.S. and Dr. Sato isn't back.",
];
const texts = () => [...FIXTURES.map((f) => readFileSync(`fixtures/${f}`, 'utf8')), ...INVENTED];

describe("fastMatch: compromise's matcher, from fewer starts", () => {
  it('gives what compromise gives on every matcher call of full parses (the post-tagger, the chunker, the View API)', () => {
    const nlp = getNlp();
    const one = (nlp.world() as unknown as { methods: { one: { match: RunMatch } } }).methods.one;
    const own = one.match;
    let calls = 0;
    let found = 0;
    one.match = (docs, todo, cache) => {
      const theirs = own(docs, todo, cache);
      expect(JSON.stringify(fastMatch(own, docs, todo, cache))).toBe(JSON.stringify(theirs));
      calls++;
      found += theirs.ptrs.length;
      return theirs;
    };
    try {
      for (const t of texts()) {
        nlp(t).json({ offset: true });
        nlp(t).match('#Noun+ (said|says)').found;
        nlp(t).match('^#Determiner? [<what>#Noun] (is|was)$', 'what').found;
      }
    } finally {
      one.match = own;
    }
    expect(calls).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(100);
  });

  it('gives what compromise gives for every rule pattern whose words a sentence has', () => {
    const rules = builtinRuleSet();
    let calls = 0;
    let found = 0;
    for (const text of texts()) {
      const analysis = normalise(text);
      for (const ps of parseSentences(analysis, splitSentences(text, analysis), { tagger: 'all' })) {
        const doc = ps.doc as unknown as { docs: unknown[][]; _cache: unknown; methods: { one: { match: RunMatch } } } | null;
        if (!doc) continue;
        const words = new Set(ps.tokens.flatMap((t) => [t.normal, t.text.toLowerCase(), ...(t.implicit ? [t.implicit] : [])]));
        for (const p of rules.patterns) {
          if (!p.needs.every((n) => n.startsWith('#') || words.has(n))) continue;
          const theirs = doc.methods.one.match(doc.docs, { regs: p.regs }, doc._cache);
          expect(JSON.stringify(fastMatch(doc.methods.one.match, doc.docs, { regs: p.regs }, doc._cache))).toBe(JSON.stringify(theirs));
          calls++;
          found += theirs.ptrs.length;
        }
      }
    }
    expect(calls).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(20);
  });
});
