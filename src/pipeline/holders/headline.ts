/**
 * Headline holder inheritance: "Board Rejects Takeover Bid" names no holder; a headline tells the story's lead,
 * so its stance belongs to whoever holds the first stance of the same type in the body.
 */
import type { CueCore as Cue } from '../../schema/output.js';
import type { ParsedSentence } from '../types.js';

/** give each headline cue in `guesses` (indexes into `cues`) the holder of the body's first cue of its type */
export function inheritHeadlineHolders(cues: Cue[], guesses: Iterable<number>, parsed: ParsedSentence[]): void {
  for (const i of guesses) {
    const h = cues[i]!;
    const lead = cues.find((x) => x.type === h.type && x.holder && !parsed[x.sentence]!.sentence.headline);
    if (!lead) continue;
    // (rebuilt so that `holders` keeps its place after `holder`)
    const { type, holder: _guess, holders: _guesses, target, ...rest } = h;
    cues[i] = { type, holder: lead.holder, ...(lead.holders ? { holders: lead.holders } : {}), target, ...rest };
  }
}
