/** Gold files (spec, last section): one annotated article per JSON line. */
import * as z from 'zod';
import { CueType } from '../schema/output.js';

export const GoldCue = z.object({
  type: CueType,
  holder: z.array(z.string()).default([]),
  target: z.array(z.string()).nullish(), // null = no target named, as absent
  evidence: z.string().min(1),
  occurrence: z.number().int().positive().default(1),
  time: z.enum(['past', 'present']).nullish(), // null = not stated, as absent
  optional: z.boolean().default(false),
});
export type GoldCue = z.infer<typeof GoldCue>;

export const GoldActor = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  type: z.string().optional(),
  affiliation: z.string().optional(),
});

export const GoldDoc = z.object({
  id: z.string(),
  title: z.string().optional(),
  text: z.string(),
  actors: z.array(GoldActor).default([]),
  cues: z.array(GoldCue),
});
export type GoldDoc = z.infer<typeof GoldDoc>;

/** [start, end) of the gold evidence in the text, or null when it is not there. */
export function evidenceSpan(text: string, cue: GoldCue): [number, number] | null {
  let from = 0;
  let at = -1;
  for (let k = 0; k < cue.occurrence; k++) {
    at = text.indexOf(cue.evidence, from);
    if (at < 0) return null;
    from = at + 1;
  }
  return [at, at + cue.evidence.length];
}
