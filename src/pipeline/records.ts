/**
 * Self-contained cues: each cue also names its holder and target (so a question
 * about one cue needs no join with `actors`) and gives the 1-based line and
 * column of its trigger, for editors and `grep -n` users.
 */
import type { Actor, Cue, CueCore } from '../schema/output.js';

/** Offsets at which each line starts (lines end at \n; a \r before it stays on its line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 code units) of `offset`, given the line starts. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function selfContainedCues(text: string, actors: readonly Actor[], cues: readonly CueCore[]): Cue[] {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const starts = lineStarts(text);
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  return cues.map((c) => ({ ...c, holderName: name(c.holder), targetName: name(c.target), ...lineColumn(starts, c.start) }));
}
