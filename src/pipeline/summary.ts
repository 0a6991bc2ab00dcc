/**
 * Stage 8 — summary: each stance-holding actor's cues counted by type, and its
 * stance in a few words ("engages, on conditions; earlier refused").
 */
import type { Actor, ActorSummary, CueCore as Cue, CueCounts, Sentence, Stats } from '../schema/output.js';

const zero = (): CueCounts => ({ engagement: 0, refusal: 0, condition: 0 });

export function countCues(cues: readonly Cue[]): CueCounts {
  const c = zero();
  for (const q of cues) c[q.type]++;
  return c;
}

/** A few words for an actor's stance, from its cues (in text order). */
export function describeStance(cues: readonly Cue[]): string {
  const now = cues.filter((c) => c.time === 'present');
  const past = cues.filter((c) => c.time === 'past');
  const phrase = (cs: readonly Cue[]): string => {
    const n = countCues(cs);
    const parts: string[] = [];
    if (n.engagement && n.refusal) {
      // the later cue in the text is the current position
      const last = [...cs].reverse().find((c) => c.type !== 'condition')!;
      parts.push(last.type === 'engagement' ? 'engages, with refusals' : 'refuses, after offers to engage');
    } else if (n.engagement) parts.push('engages');
    else if (n.refusal) parts.push('refuses');
    if (n.condition) parts.push(parts.length ? 'on conditions' : 'sets conditions');
    return parts.join(', ');
  };
  const out: string[] = [];
  if (now.length) out.push(phrase(now));
  if (past.length) {
    const p = phrase(past);
    out.push(out.length ? `earlier ${p.replace(/^engages/, 'engaged').replace(/^refuses/, 'refused').replace(/^sets/, 'set')}` : `earlier ${p}`);
  }
  return out.join('; ');
}

export function summarise(actors: readonly Actor[], cues: readonly Cue[]): ActorSummary[] {
  const out: ActorSummary[] = [];
  for (const a of actors) {
    // a conjoined stance counts for every conjunct
    const own = cues.filter((c) => c.holder === a.id || !!c.holders?.includes(a.id));
    if (!own.length) continue;
    out.push({ id: a.id, name: a.name, cues: countCues(own), stance: describeStance(own) });
  }
  return out.sort((x, y) => {
    const nx = x.cues.engagement + x.cues.refusal + x.cues.condition;
    const ny = y.cues.engagement + y.cues.refusal + y.cues.condition;
    return ny - nx || x.id.localeCompare(y.id);
  });
}

export function stats(text: string, sentences: readonly Sentence[], actors: readonly Actor[], cues: readonly Cue[]): Stats {
  return {
    characters: text.length,
    sentences: sentences.length,
    duplicates: sentences.filter((s) => s.duplicateOf !== null).length,
    actors: actors.length,
    cues: countCues(cues),
  };
}
