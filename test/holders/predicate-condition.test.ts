import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

/** the condition cue of a text, with its holder and the party it falls on by name */
function cond(text: string) {
  const doc = analyze(text);
  const name = (id: string | null | undefined) => (id ? (doc.actors.find((a) => a.id === id)?.name ?? id) : null);
  const c = doc.cues.find((x) => x.type === 'condition');
  return c ? { holder: name(c.holder), actor: name(c.condition?.actor) } : undefined;
}

describe('holders: a condition named by a predicate noun ("… is a precondition", "… a red line for X")', () => {
  it('a party inside the demanded subject must act; the reporting speaker sets the condition', () => {
    expect(cond("Ghana said Togo's withdrawal from the border was a precondition for any talks.")).toEqual({ holder: 'Ghana', actor: 'Togo' });
    expect(cond('Ghana said Togo lifting the blockade was a precondition for any talks.')).toEqual({ holder: 'Ghana', actor: 'Togo' });
  });
  it('a trailing attribution sets it too', () => {
    expect(cond("Togo's withdrawal is a prerequisite for any talks, Ghana's foreign minister said.")?.actor).toBe('Togo');
    expect(cond("Togo's withdrawal is a prerequisite for any talks, Ghana's foreign minister said.")?.holder).not.toBe('Togo');
  });
  it('the party a red line is for holds it, not the possessor of what it is for', () => {
    expect(cond('Any delay in the pullout is a red line for Ghana, its foreign minister said.')?.holder).toBe('Ghana');
    expect(cond("The European Union has said progress in the dialogue is a condition for both countries' hopes of joining the bloc.")?.holder).toBe('European Union');
  });
});
