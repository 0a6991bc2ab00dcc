/**
 * Stances inside conditions. A stance named inside what a condition demands is either the demand's content
 * ("called on Norland to lift sanctions": another party's action, so no stance of its own) or, when the
 * condition's holder is the stance's holder and it refuses, what the "condition" only emphasised ("insisted it
 * will not allow observers"): then the stance stays and the condition goes; a refusal noun in the demand ("in
 * exchange for the lifting of the boycott") is what is demanded, so the condition stays and the noun goes. A stance overlapping another party's
 * call ("called on both sides to return to the table") is that call's content, and so is an engagement in the
 * to-clause of a call on another party ("Peru called on Chile to return to talks": neither Peru's stance nor
 * Chile's).
 */
import type { CueCore as Cue } from '../../schema/output.js';
import { CALL_ON_PARTY_TO, OWN_ACT_RULE } from './words.js';

const DETERMINER = /(?:^|\s)(?:the|a|an|its|their|his|her|our|your|any|this|of|[\w-]+'s?)\s*$/i;

/**
 * Is the refusal a noun phrase ("the lifting of the boycott", "drops its refusal to negotiate")? Inside a condition
 * it is a thing the condition names, not a refusal the condition only emphasises.
 */
const nominal = (text: string, c: Cue): boolean =>
  !callForBoycott(text, c) && (DETERMINER.test(text.slice(Math.max(0, c.start - 40), c.start)) || /^(?:the|its|their|his|her|our|any)\s/i.test(c.text));

/**
 * A call for a boycott or a walkout ("called for a boycott of the referendum", "urged a walkout from the talks") is the
 * caller's own refusal, not a thing it demands of the other side: the refusal stays and the call goes.
 */
const callForBoycott = (text: string, c: Cue): boolean =>
  /^(?:boycott|walkout|walk-out)/i.test(c.text) &&
  /\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+for\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(Math.max(0, c.start - 60), c.start));

/**
 * An engagement that is the holder's own act of seeking or keeping talks open, found where a demand names it ("demanded a
 * meeting with the harbour board", "insisted that its offer is still on the table"): the demand is the meeting or the offer
 * itself, no term set on the other side, so the engagement stays and the condition goes.
 */
const ownAct = (c: Cue, d: Cue): boolean => c.type === 'engagement' && OWN_ACT_RULE.test(c.rule) && (inside(c, d) || (c.start <= d.start && c.end > d.start));

/** `c` lies inside the condition clause of `d` */
const inside = (c: Cue, d: Cue): boolean => !!d.condition && c.start >= d.condition.start && c.end <= d.condition.end;

/** the cues that remain, sorted by offset */
export function pruneNested(text: string, cues: Cue[]): Cue[] {
  const conditions = cues.filter((c) => c.type === 'condition');
  const stancesOnly = cues.filter((c) => c.type !== 'condition');
  const emphasis = new Set(
    conditions.filter((d) =>
      stancesOnly.some(
        (c) => (c.holder === d.holder && inside(c, d) && c.type === 'refusal' && !nominal(text, c)) || ((c.holder === d.holder || !c.holder) && ownAct(c, d)),
      ),
    ),
  );
  const condSpans = conditions.map((c) => ({ start: c.start, end: c.condition?.start ?? c.end, holder: c.holder }));
  const kept = cues.filter((c) =>
    c.type === 'condition'
      ? !emphasis.has(c) &&
        // a condition whose demand opens with another condition is only its frame: "insists that any deal hinges on …"
        !conditions.some(
          (o) =>
            o !== c && c.condition && o.start >= c.condition.start && o.end <= c.condition.end &&
            text.slice(c.condition.start, o.start).split(/\s+/).filter(Boolean).length <= 3,
        )
      : !(c.type === 'engagement' && CALL_ON_PARTY_TO.test(text.slice(Math.max(0, c.start - 120), c.start))) &&
        !conditions.some((d) => !emphasis.has(d) && inside(c, d)) &&
        !condSpans.some((d) => c.start < d.end && c.end > d.start && c.start > d.start && c.holder !== d.holder),
  );
  // the own act whose subject names no party ("insisted that the package put to Vesk is still on the table") is the
  // holder's of the demand that named it
  for (const c of kept) {
    const d = !c.holder ? [...emphasis].find((e) => ownAct(c, e)) : undefined;
    if (d?.holder) Object.assign(c, { holder: d.holder, holders: d.holders });
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
  return kept;
}
