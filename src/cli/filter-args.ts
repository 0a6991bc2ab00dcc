/** Parsing --type and --rule (kept out of the formatters, so `stance --help` loads no analysis module). */
import { CUE_TYPES, type CueType } from '../schema/output.js';

/** "refusal,condition" → the types; throws an Error naming a bad one. */
export function parseTypes(list: string): CueType[] {
  const out: CueType[] = [];
  for (const raw of list.split(/[,\s]+/).filter(Boolean)) {
    const t = raw.toLowerCase();
    // "refusals", "conditions", "eng": plurals and unambiguous prefixes are accepted
    const hit = CUE_TYPES.filter((c) => c === t || c + 's' === t || (t.length >= 3 && c.startsWith(t)));
    if (hit.length !== 1) throw new Error(`"${raw}" is not a cue type (${CUE_TYPES.join(', ')})`);
    if (!out.includes(hit[0]!)) out.push(hit[0]!);
  }
  if (!out.length) throw new Error(`give one or more of ${CUE_TYPES.join(', ')}`);
  return out;
}

export const parseList = (list: string): string[] => list.split(/[,\s]+/).filter(Boolean);

