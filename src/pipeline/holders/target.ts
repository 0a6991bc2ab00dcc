/** Target finding: the other party of a stance, the first actor after the trigger in its clause, never a venue. */
import type { ActorMention } from '../types.js';
import { quoteAt } from '../quotes.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { tokenAt } from './syntax.js';
import { CONTRAST_CONJUNCTIONS, VENUE_PREPOSITIONS } from './words.js';

/** the first actor mention after token `tok` in the sentence, other than `notId` and its own side */
export function mentionAfter(hc: HolderContext, c: SentenceCtx, tok: number, notId: string | null): ActorMention | null {
  const { tokens } = c.ps;
  const from = tokens[tok]?.start ?? Infinity;
  // the trigger's clause ends at ";" or at ", but" / "while" / "although" …, and a quoted trigger's at the
  // quotation's end (what follows is its attribution: "… is our red line," the minister said)
  let clauseEnd = quoteAt(hc.quotes, from)?.[1] ?? Infinity;
  for (let j = tok + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start >= clauseEnd) break;
    if (/;/.test(tokens[j - 1]!.post) || (CONTRAST_CONJUNCTIONS.has(t.normal) && /,/.test(tokens[j - 1]!.post))) {
      clauseEnd = t.start;
      break;
    }
  }
  for (const m of c.mentions) {
    if (m.start >= clauseEnd) break;
    if (m.start < from || !hc.holdable(m)) continue;
    // a place where something happens is not the other party: "a meeting in Brussels"
    const mt = tokenAt(tokens, m.start);
    if (mt > 0 && VENUE_PREPOSITIONS.has(tokens[mt - 1]!.normal)) continue;
    // not the holder's own side: itself, its members, the state it belongs to
    if (notId && (m.actorId === notId || hc.byId.get(m.actorId)?.affiliation === notId || hc.byId.get(notId)?.affiliation === m.actorId)) continue;
    if (/^(?:our|my|we|us|i|its|their|his|her)$|^(?:our|my)\b/i.test(m.text)) continue; // "its stance", "our soldiers": not a party
    return m;
  }
  return null;
}
