import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

/** the onus-on cue of a text, with its holder and target by name */
function onus(text: string) {
  const doc = analyze(text);
  const name = (id: string | null) => (id ? (doc.actors.find((a) => a.id === id)?.name ?? id) : null);
  const c = doc.cues.find((x) => x.rule === 'condition.onus-on');
  return c ? { holder: name(c.holder), target: name(c.target) } : undefined;
}

describe('holders: "the onus is on X" puts the next step on X, and the speaker holds it', () => {
  it('the party after "on" is the target, the reporting speaker the holder', () => {
    expect(onus('Peru said the onus is on the rebels to return to talks.')).toEqual({ holder: 'Peru', target: 'rebels' });
    expect(onus('The onus is on the rebels to return to talks, Minister Ana Ruiz said.')).toEqual({ holder: 'Ana Ruiz', target: 'rebels' });
  });
  it('is kept with no holder known rather than dropped', () => {
    expect(onus('The onus is on the dockworkers to make an offer.')).toEqual({ holder: null, target: 'dockworkers' });
  });
  it('takes no target from a trailing attribution', () => {
    expect(onus('The onus is on us to try, Minister Ana Ruiz said.')?.target).not.toBe('Ana Ruiz');
  });
});
