import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { normalise } from '../src/pipeline/normalise.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';

/** the tags the parse stage leaves on one word of a one-sentence text */
function tagsOf(text: string, word: string): string[] {
  const a = normalise(text);
  const [ps] = parseSentences(a, splitSentences(text, a));
  const t = ps!.tokens.find((x) => x.text === word);
  return t ? [...t.tags] : [];
}

const cues = (text: string) => analyze(text).cues.map((c) => [c.type, c.text]);

describe('a verb after a plural party is a verb (src/pipeline/retag.ts)', () => {
  it('reads it as a verb after a conjunction and at the start of a headline', () => {
    expect(tagsOf('The deal is still possible if the shareholders baulk at the plan.', 'baulk')).toContain('Verb');
    expect(tagsOf('Vesk will not resume talks before the Norland troops return to their bases.', 'return')).toContain('Verb');
    expect(tagsOf('Dockers balk at the new rota', 'balk')).toContain('Verb');
  });

  it('so the clause can be a condition or a refusal', () => {
    expect(cues('The door stays open for a merger if the shareholders baulk at the plan.')).toContainEqual(['condition', 'if the shareholders baulk']);
    expect(cues('Vesk will not resume talks before the Norland troops return to their bases.')).toContainEqual(['condition', 'before the Norland troops return']);
    expect(cues('Dockers balk at the new pay offer')).toContainEqual(['refusal', 'balk at']);
  });

  it('leaves compounds, possessives and other subjects alone', () => {
    // (no party noun before it)
    expect(tagsOf('Trade will suffer if the customs union at the border ends.', 'union')).not.toContain('Verb');
    // (a possessive party: "the workers' return")
    expect(tagsOf("The board will talk after the workers' return to the plant.", 'return')).not.toContain('Verb');
    // (not the opening of a clause: an object)
    expect(tagsOf('The mayor thanked the volunteers group at the depot.', 'group')).not.toContain('Verb');
  });
});
