import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getNlp } from '../src/pipeline/nlp.js';
import { fastBulkMatch } from '../src/pipeline/sweep.js';

const FIXTURES = ['seed.txt', 'headlines.txt', 'crlf.txt', 'cjk-emoji.txt', 'article-port-strike.txt', 'article-takeover.txt'];
const INVENTED = [
  "Norland's foreign minister, Ada Holm, said on Monday that the government wouldn't negotiate with Vesk until the blockade was lifted.",
  'The dock workers voted to accept the offer after 12 days of talks, but the union leaders refused to sign it.',
  'Shares in the largest exporters fell 4 percent before recovering in late trading; analysts expect more of the same.',
  '"We will not be pressured into talks," Piet Vos said, adding that Talvia remained open to a deal on fishing rights.',
  "I'd rather not say. They've been there, haven't they? It's 5 p.m. in the U.S. and Dr. Sato isn't back.",
];

type Bulk = typeof fastBulkMatch;
const summary = (found: unknown[]) => found.map((f) => {
  const o = f as { match: string; pointer: number[]; tag?: unknown; unTag?: unknown };
  return [o.match, o.pointer, o.tag, o.unTag];
});

describe("fastBulkMatch: compromise's bulkMatch, faster", () => {
  it('finds the same candidates, matches and order as compromise on every sweep of a full parse', () => {
    const nlp = getNlp();
    const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: Bulk } } }).methods.one;
    const own = one.bulkMatch;
    let sweeps = 0;
    let found = 0;
    one.bulkMatch = (document, net, methods, opts) => {
      const theirs = own(document, net, methods, opts);
      const ours = fastBulkMatch(document, net, methods, opts);
      expect(summary(ours)).toEqual(summary(theirs));
      sweeps++;
      found += theirs.length;
      return theirs;
    };
    try {
      const texts = [...FIXTURES.map((f) => readFileSync(`fixtures/${f}`, 'utf8')), ...INVENTED];
      for (const t of texts) {
        nlp(t); // the post-tagger's and the chunker's sweeps
        nlp(t).match('#Noun+ (said|says)').found; // a sweep through the View API
      }
    } finally {
      one.bulkMatch = own;
    }
    expect(sweeps).toBeGreaterThan(20);
    expect(found).toBeGreaterThan(100);
  });
});
