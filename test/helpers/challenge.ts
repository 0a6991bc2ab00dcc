import type { StanceDocument } from '../../src/schema/output.js';

type CueType = 'engagement' | 'refusal' | 'condition';

/** a challenge case's stance: the words it sits on, its type(s) and the names that may hold it */
export interface HolderCase {
  text: string;
  at: string;
  type: CueType | CueType[];
  holder: string[];
}

export type Outcome = 'right' | 'holder' | 'nocue';

/**
 * What the tool made of one case: the holder right (a cue of the type over `at` whose holder, one of its
 * conjoined holders or their affiliations is named in `holder`), another holder, or no cue of the type there.
 * `partyFound` (for another holder) says whether the expected party is among the actors at all.
 */
export function judgeHolder(doc: StanceDocument, k: HolderCase, norm: (s: string) => string): { outcome: Outcome; got: string[]; partyFound?: boolean } {
  const start = k.text.indexOf(k.at);
  const end = start + k.at.length;
  const types = Array.isArray(k.type) ? k.type : [k.type];
  const cues = doc.cues.filter((x) => types.includes(x.type) && x.start < end && start < x.end);
  if (!cues.length) return { outcome: 'nocue', got: [] };
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const namesOf = (id: string | null) => {
    const out: string[] = [];
    for (let a = id ? byId.get(id) : undefined, n = 0; a && n < 5; a = a.affiliation ? byId.get(a.affiliation) : undefined, n++) out.push(a.name);
    return out;
  };
  const want = new Set(k.holder.map(norm));
  const partyFound = doc.actors.some((a) => namesOf(a.id).some((n) => want.has(norm(n))));
  const got: string[] = [];
  for (const cue of cues) {
    const ids = cue.holders?.length ? cue.holders : [cue.holder];
    const names = ids.flatMap(namesOf);
    if (names.some((n) => want.has(norm(n)))) return { outcome: 'right', got: names };
    got.push(...(names.length ? names : ['(none)']));
  }
  return { outcome: 'holder', got, partyFound };
}
