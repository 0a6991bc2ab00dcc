/**
 * The first passes, per sentence, left to right over its tokens: at each token the
 * name pass (gazetteer), the acronym and organisation pass, the capitalised-run pass
 * (organisations, people) and the group pass are tried in that order; the first
 * that names something there moves the reading past it. Then each person found in
 * the sentence gets an affiliation. Before the group pass, the organisations a plural
 * head lists after it (lists.ts). "The Government of X" (governments.ts) is read first, and a region's government ("the Halden state government") right after it; a state the gazetteer
 * lacks (states.ts) right after the gazetteer. Last, the new names a sentence lists beside a party or names after a
 * word of contact (conjuncts.ts).
 */
import type { ActorContext } from './context.js';
import { scanOf, type SentenceScan } from './scan.js';
import { gazetteerNameAt } from './names.js';
import { acronymAt, stockListingAt } from './organisations.js';
import { affiliate, capitalisedRunAt, sharedAppositions } from './people.js';
import { groupAt, peopleAt } from './groups.js';
import { listedOrganisations } from './lists.js';
import { companyOrganOfAt, governmentOfAt, regionGovernmentAt } from './governments.js';
import { inferredStateAt } from './states.js';
import { coordinatedNames } from './conjuncts.js';

type Pass = (sc: SentenceScan, i: number) => number | undefined;
const NAME_PASSES: Pass[] = [gazetteerNameAt, inferredStateAt, peopleAt, acronymAt, capitalisedRunAt, listedOrganisations, groupAt];
const PASSES: Pass[] = [stockListingAt, governmentOfAt, regionGovernmentAt, companyOrganAt, ...NAME_PASSES];

/** "the Board of X": X named by the name passes, its mention widened to the body ("Board of Halcyra Energy") */
function companyOrganAt(sc: SentenceScan, i: number): number | undefined {
  const x = companyOrganOfAt(sc, i);
  if (x === undefined) return undefined;
  for (const pass of NAME_PASSES) {
    const next = pass(sc, x);
    if (next === undefined) continue;
    const m = sc.owner[x];
    if (m && m.t0 === x && m.draft.type === 'organization') {
      m.t0 = i;
      m.start = sc.toks[i]!.start;
      m.kind = 'description';
      for (let k = i; k < x; k++) {
        sc.used[k] = 1;
        sc.owner[k] = m;
      }
    }
    return next;
  }
  return undefined;
}

/** Every named mention of every sentence, into the context. */
export function findMentions(cx: ActorContext): void {
  for (const ps of cx.parsed) {
    const sc = scanOf(cx, ps);
    if (sc) scanSentence(sc);
  }
}

function scanSentence(sc: SentenceScan): void {
  let i = sc.from;
  while (i < sc.n) {
    if (sc.used[i]) {
      i++;
      continue;
    }
    let next: number | undefined;
    for (const pass of PASSES) {
      next = pass(sc, i);
      if (next !== undefined) break;
    }
    i = next ?? i + 1;
  }
  coordinatedNames(sc);
  for (const p of sc.pending) affiliate(sc, p);
  sharedAppositions(sc);
}
