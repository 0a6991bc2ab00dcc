import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

/** the condition cue of a text, with its holder and target by name */
function cond(text: string) {
  const doc = analyze(text);
  const name = (id: string | null | undefined) => (id ? (doc.actors.find((a) => a.id === id)?.name ?? id) : null);
  const c = doc.cues.find((x) => x.type === 'condition');
  return c ? { holder: name(c.holder), target: name(c.target) } : undefined;
}

describe('holders: a requirement reported inside a relative clause on the party required', () => {
  it('"Y, which X says must first …": X holds it, Y is its target', () => {
    expect(cond('Togo, which Ghana says must first withdraw its troops, has not replied.')).toEqual({ holder: 'Ghana', target: 'Togo' });
    expect(cond('The army, which the Tarsk Liberation Front says must first halt the shelling, has not replied.')).toEqual({
      holder: 'Tarsk Liberation Front',
      target: 'army',
    });
  });
  it('a plain relative clause on the speaker is as before: "Ghana, which says Togo must first …"', () => {
    expect(cond('Ghana, which says Togo must first withdraw its troops, stayed away.')).toEqual({ holder: 'Ghana', target: 'Togo' });
  });
});
