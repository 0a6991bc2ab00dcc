/**
 * The sentences of issue 9's table: each plain stance must yield its cue type.
 * The cue stage is checked on every row (the cue comes from the language alone);
 * the whole pipeline on the rows whose holder this branch already resolves
 * (rows with an unknown or common-noun party also need the holders stage to stop
 * requiring a known actor, and "the cabinet" to be one; see issue 9, item 1).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { normalise } from '../src/pipeline/normalise.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { findCues } from '../src/pipeline/cues.js';

const rows: [string, string[], boolean][] = [
  // text, cue types in text order, whole pipeline checked here
  ['Farmers refused to negotiate with the government.', ['refusal'], false],
  ['The union refused to negotiate with management.', ['refusal'], false],
  ['Zorvania refused to negotiate with Plurim.', ['refusal'], false],
  ['Moscow blocked the draft resolution at the council.', ['refusal'], true],
  ['The cabinet is against any dialogue with the militia.', ['refusal'], false],
  ['The union has turned its back on the talks.', ['refusal'], true],
  ['The president phoned his Kenyan counterpart to discuss the peace plan.', ['engagement'], true],
  ['Both governments are hammering out an agreement.', ['engagement'], true],
  ['The militia must first hand over its weapons, the minister said.', ['condition'], false],
  // the last row, already split (the split after ." before another script is the reliability work)
  ['Iran\'s minister said: "We will not negotiate."\nIran rejected talks.', ['refusal', 'refusal'], true],
  // and as one run of text: no chain or negation crosses the quotation's end
  ['Iran\'s minister said: "We will not negotiate." שלום Iran rejected talks.', ['refusal', 'refusal'], true],
];

function cueTypes(text: string): string[] {
  const analysis = normalise(text);
  const parsed = parseSentences(analysis, splitSentences(text, analysis));
  return findCues(parsed)
    .sort((a, b) => a.sentence - b.sentence || a.tokStart - b.tokStart)
    .map((c) => c.type);
}

describe("issue 9's table", () => {
  it.each(rows.map(([text, types]) => [text, types] as const))('the cue stage finds %j', (text, types) => {
    expect(cueTypes(text)).toEqual(types);
  });

  it.each(rows.filter((r) => r[2]).map(([text, types]) => [text, types] as const))('the pipeline prints %j', (text, types) => {
    const doc = analyze(text);
    expect(doc.cues.map((c) => c.type)).toEqual(types);
    for (const c of doc.cues) expect(c.holder).not.toBeNull();
  });
});
