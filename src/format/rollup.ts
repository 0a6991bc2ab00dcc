/**
 * `stance actors`: every actor across the inputs, with its cues as holder, the
 * parties they are aimed at, and — when the inputs carry dates — how its stance
 * moved over time. Documents are added one at a time (nothing but the tallies is
 * kept), so a folder of any size rolls up in bounded memory.
 */
import {
  CUE_TYPES,
  type ActorRollup,
  type ActorType,
  type CueCounts,
  type CueType,
  type StanceDocument,
  type StanceRun,
} from '../schema/output.js';

const zero = (): CueCounts => ({ engagement: 0, refusal: 0, condition: 0 });
export const total = (c: CueCounts) => c.engagement + c.refusal + c.condition;

interface Tally {
  id: string;
  name: string;
  type: ActorType;
  affiliation: string | null;
  known: boolean;
  documents: number;
  mentions: number;
  cues: CueCounts;
  targets: Map<string, { name: string; cues: CueCounts }>;
  /** (date, stance) of each dated document in which it holds a cue */
  dated: { date: string; stance: CueType; types: Set<CueType> }[];
}

/** A date given with an input, as YYYY-MM-DD, or null when it cannot be read. */
export function dayOf(date: string | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The actor's stance in one document: the later of refusal and engagement in the text, else condition. */
function stanceOf(cues: StanceDocument['cues']): CueType {
  const last = [...cues].reverse().find((c) => c.type !== 'condition');
  return last?.type ?? 'condition';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
const VERB: Record<CueType, string> = { engagement: 'engaged', refusal: 'refused', condition: 'set conditions' };

/** "refused in March 2026, engaged from April to May 2026" */
export function describeTimeline(runs: readonly StanceRun[]): string | null {
  if (!runs.length) return null;
  return runs
    .map((r) => {
      const [a, b] = [month(r.first), month(r.last)];
      if (a === b) return `${VERB[r.stance]} in ${a}`;
      return `${VERB[r.stance]} from ${r.first.slice(0, 4) === r.last.slice(0, 4) ? a.split(' ')[0] : a} to ${b}`;
    })
    .join(', ');
}

export class Rollup {
  readonly #actors = new Map<string, Tally>();
  /** names of actors seen anywhere (affiliations, targets) */
  readonly #names = new Map<string, string>();

  add(doc: StanceDocument): void {
    const day = dayOf(doc.date);
    for (const a of doc.actors) {
      this.#names.set(a.id, a.name);
      let t = this.#actors.get(a.id);
      if (!t) {
        const known = (a as { known?: boolean }).known !== false;
        t = { id: a.id, name: a.name, type: a.type, affiliation: a.affiliation, known, documents: 0, mentions: 0, cues: zero(), targets: new Map(), dated: [] };
        this.#actors.set(a.id, t);
      }
      if ((a as { known?: boolean }).known !== false) t.known = true;
      if (!t.affiliation && a.affiliation) t.affiliation = a.affiliation;
      t.documents++;
      t.mentions += a.mentions.length;
      const own = doc.cues.filter((c) => c.holder === a.id);
      for (const c of own) {
        t.cues[c.type]++;
        if (c.target) {
          const tg = t.targets.get(c.target) ?? { name: c.targetName ?? c.target, cues: zero() };
          tg.cues[c.type]++;
          t.targets.set(c.target, tg);
        }
      }
      if (day && own.length) t.dated.push({ date: day, stance: stanceOf(own), types: new Set(own.map((c) => c.type)) });
    }
  }

  /** Every actor, most cues first (then most mentions); `unknownOnly`: only actors not in the gazetteer or an --actors file, most mentioned first. */
  result(unknownOnly = false): ActorRollup[] {
    let list = [...this.#actors.values()];
    if (unknownOnly) list = list.filter((t) => !t.known);
    list.sort((x, y) =>
      unknownOnly
        ? y.mentions - x.mentions || x.name.localeCompare(y.name)
        : total(y.cues) - total(x.cues) || y.mentions - x.mentions || x.name.localeCompare(y.name),
    );
    return list.map((t) => this.#record(t));
  }

  #record(t: Tally): ActorRollup {
    const dated = [...t.dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const timeline: StanceRun[] = [];
    for (const d of dated) {
      const last = timeline[timeline.length - 1];
      if (last && last.stance === d.stance) {
        last.last = d.date;
        last.documents++;
      } else timeline.push({ stance: d.stance, first: d.date, last: d.date, documents: 1 });
    }
    const dates = Object.fromEntries(
      CUE_TYPES.map((ty) => {
        const ds = dated.filter((d) => d.types.has(ty)).map((d) => d.date);
        return [ty, ds.length ? { first: ds[0]!, last: ds[ds.length - 1]! } : null];
      }),
    ) as ActorRollup['dates'];
    const targets = [...t.targets.entries()]
      .map(([id, v]) => ({ id, name: v.name, cues: v.cues }))
      .sort((a, b) => total(b.cues) - total(a.cues) || a.name.localeCompare(b.name));
    return {
      id: t.id,
      name: t.name,
      type: t.type,
      affiliation: t.affiliation,
      affiliationName: t.affiliation ? (this.#names.get(t.affiliation) ?? null) : null,
      known: t.known,
      documents: t.documents,
      mentions: t.mentions,
      cues: t.cues,
      targets,
      dates,
      timeline,
      history: describeTimeline(timeline),
    };
  }
}
