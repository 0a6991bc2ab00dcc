import { describe, expect, it } from 'vitest';
import { countCues, describeStance, summarise } from '../src/pipeline/summary.js';
import type { Actor, Cue, CueType } from '../src/schema/output.js';

let pos = 0;
function cue(type: CueType, time: 'past' | 'present' = 'present', holder = 'IRN'): Cue {
  pos += 10;
  return {
    type, holder, target: null, source: null, time, negated: false, modality: 'asserted',
    start: pos, end: pos + 5, text: 'xxxxx', sentence: 0, rule: `${type}.x`, condition: null,
    holderName: null, targetName: null, line: 1, column: pos + 1,
  };
}

describe('summary.describeStance', () => {
  it.each<[string, Cue[], string]>([
    ['engagement only', [cue('engagement')], 'engages'],
    ['refusal only', [cue('refusal')], 'refuses'],
    ['condition only', [cue('condition')], 'sets conditions'],
    ['engagement then refusal: the later one is the position', [cue('engagement'), cue('refusal')], 'refuses, after offers to engage'],
    ['refusal then engagement', [cue('refusal'), cue('engagement')], 'engages, with refusals'],
    ['engagement with conditions', [cue('engagement'), cue('condition')], 'engages, on conditions'],
    ['past refusal only', [cue('refusal', 'past')], 'earlier refuses'],
    ['present engagement, past refusal', [cue('refusal', 'past'), cue('engagement')], 'engages; earlier refused'],
    ['present engagement, past refusal with conditions', [cue('refusal', 'past'), cue('condition', 'past'), cue('engagement')], 'engages; earlier refused, on conditions'],
    ['present condition, past engagement', [cue('engagement', 'past'), cue('condition')], 'sets conditions; earlier engaged'],
    ['no cues', [], ''],
  ])('%s', (_name, cues, expected) => {
    expect(describeStance(cues)).toBe(expected);
  });
});

describe('summary.summarise', () => {
  it('counts cues per holder, leaves out actors without cues, most cues first', () => {
    const actor = (id: string): Actor => ({ id, name: id.toLowerCase(), type: 'country', affiliation: null, mentions: [] });
    const cues = [cue('refusal', 'present', 'IRN'), cue('engagement', 'present', 'USA'), cue('condition', 'present', 'USA')];
    expect(countCues(cues)).toEqual({ engagement: 1, refusal: 1, condition: 1 });
    expect(summarise([actor('IRN'), actor('USA'), actor('RUS')], cues)).toEqual([
      { id: 'USA', name: 'usa', cues: { engagement: 1, refusal: 0, condition: 1 }, stance: 'engages, on conditions' },
      { id: 'IRN', name: 'irn', cues: { engagement: 0, refusal: 1, condition: 0 }, stance: 'refuses' },
    ]);
  });
});
