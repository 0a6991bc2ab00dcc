/**
 * The project's own eval sets, scored by the real executable (fixtures/eval/README.md):
 * - own.jsonl: 30 articles written and annotated from the spec alone, without running the tool;
 *   half of it (the 1st, 3rd and 5th article of each genre) may be read while tuning, the other
 *   half stays held out;
 * - own2.jsonl: 15 more articles written the same way, wholly held out (never read while tuning);
 * - own3.jsonl: 20 more articles written the same way, a tuning set;
 * - own4.jsonl: 16 more, a tuning set; own5.jsonl: 12 more, scraped-looking, wholly held out;
 * - own6.jsonl: 12 more in six genres, wholly held out, first run at the start of the round that added it;
 * - own7.jsonl: 12 more in registers the others lack (local, sport, health, technology, agency wire,
 *   live blogs and interviews), wholly held out, first run at the start of the round that added it.
 * The floors are the figures measured after the last change (README, Accuracy), less about 0.01:
 * a change that loses cues or holders on text written independently of the rules fails here.
 * Raise them when a change lifts the figures.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Floors {
  documents: number;
  span: Record<'overall' | 'engagement' | 'refusal' | 'condition', number>;
  holder: { overall: number };
}

const FLOORS: Record<string, Floors> = {
  'own.jsonl': { documents: 30, span: { overall: 0.91, engagement: 0.915, refusal: 0.92, condition: 0.875 }, holder: { overall: 0.84 } },
  'own2.jsonl': { documents: 15, span: { overall: 0.72, engagement: 0.70, refusal: 0.795, condition: 0.635 }, holder: { overall: 0.615 } },
  'own3.jsonl': { documents: 20, span: { overall: 0.91, engagement: 0.93, refusal: 0.895, condition: 0.885 }, holder: { overall: 0.855 } },
  'own4.jsonl': { documents: 16, span: { overall: 0.885, engagement: 0.91, refusal: 0.93, condition: 0.78 }, holder: { overall: 0.82 } },
  'own5.jsonl': { documents: 12, span: { overall: 0.67, engagement: 0.705, refusal: 0.68, condition: 0.595 }, holder: { overall: 0.56 } },
  'own6.jsonl': { documents: 12, span: { overall: 0.78, engagement: 0.76, refusal: 0.83, condition: 0.73 }, holder: { overall: 0.675 } },
  'own7.jsonl': { documents: 12, span: { overall: 0.74, engagement: 0.75, refusal: 0.79, condition: 0.67 }, holder: { overall: 0.535 } },
};

for (const [file, floors] of Object.entries(FLOORS)) {
  describe(`stance eval on the project's own set fixtures/eval/${file}`, () => {
    const run = spawnSync(process.execPath, ['bin/stance.js', 'eval', '-f', 'json', `fixtures/eval/${file}`], { encoding: 'utf8' });
    const r = JSON.parse(run.stdout || '{}');

    it(`reads all ${floors.documents} documents`, () => {
      expect(run.status).toBe(0);
      expect(r.documents).toBe(floors.documents);
    });

    it('keeps span F1 at or above its floors, overall and per type', () => {
      for (const [type, floor] of Object.entries(floors.span)) expect(r.span[type].f1, type).toBeGreaterThanOrEqual(floor);
    });

    it('keeps holder F1 at or above its floor', () => {
      expect(r.holder.overall.f1).toBeGreaterThanOrEqual(floors.holder.overall);
    });
  });
}
