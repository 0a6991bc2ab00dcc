/**
 * One correction to compromise's tags, made after its tagger on the sentences that can hold a cue.
 *
 * compromise reads the verb after a party named in the plural as a noun when the word is also a noun, or
 * unknown to it: "if investors baulk at the plan", "before the troops return to their positions", "until the
 * rebels halt their offensive", and the headline "Rebels balk at peace deal". The clause then has no verb, and a
 * rule that wants one ("if <party> <verb>", "before <party> <verb>") cannot fire. Where a plural party noun
 * (a group head of src/actors/words.yml: investors, troops, workers, rebels …) opens a clause — at the start of
 * the sentence or right after a subordinating conjunction, with a determiner, a possessive, an adjective, a name or a number before it — and is
 * followed by a lower-case singular noun and then a preposition, a particle, a determiner, a possessive or a
 * pronoun, that noun is the party's verb in the present tense. The party must be a plural of people or bodies,
 * so that compounds such as "the customs union at" or "the parts shortage in" keep their nouns.
 */
import { GROUP_HEAD } from '../actors/words.js';
import type { View } from './nlp.js';

interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
}

/** conjunctions that open a clause whose subject comes next */
const OPENER = new Set(['if', 'unless', 'until', 'till', 'before', 'once', 'when', 'whenever', 'after', 'because', 'provided', 'providing', 'whether', 'while', 'as']);
/** words after the verb that show it is one: prepositions and particles */
const AFTER_WORD = new Set(['at', 'to', 'on', 'in', 'from', 'with', 'over', 'into', 'out', 'back', 'away', 'off', 'down', 'up', 'against', 'for', 'about']);
const AFTER_TAG = ['Determiner', 'Possessive', 'Pronoun'];
/** what may stand before the party noun in its phrase: "the", "their", "striking", "Tarvessan", "two" */
const MODIFIER = ['Determiner', 'Adjective', 'ProperNoun', 'Value', 'Possessive'];
/** the tags a noun reading leaves on the term, removed when it becomes a verb */
const NOUN_TAGS = ['Noun', 'Singular', 'Uncountable', 'Plural', 'Possessive', 'ProperNoun'];

/** the party-verb correction on every sentence of a tagged compromise document (changes the terms' tags in place) */
export function retagPartyVerbs(doc: View): void {
  const sentences = (doc as unknown as { docs: Term[][] }).docs;
  for (const terms of sentences) {
    for (let i = 1; i + 1 < terms.length; i++) {
      const verb = terms[i]!;
      if (!verb.tags.has('Singular') || verb.tags.has('ProperNoun') || verb.text !== verb.text.toLowerCase() || !/^[a-z]+$/.test(verb.normal)) continue;
      const party = terms[i - 1]!;
      if (!GROUP_HEAD.has(party.normal) || !party.tags.has('Noun') || party.tags.has('Possessive') || /['’]$/.test(party.text)) continue;
      const next = terms[i + 1]!;
      if (!AFTER_WORD.has(next.normal) && !AFTER_TAG.some((t) => next.tags.has(t))) continue;
      // what opens the clause: the sentence start or a conjunction, with a determiner, a possessive or adjectives between
      let k = i - 2;
      while (k >= 0 && MODIFIER.some((t) => terms[k]!.tags.has(t))) k--;
      if (k >= 0 && !OPENER.has(terms[k]!.normal)) continue;
      for (const t of NOUN_TAGS) verb.tags.delete(t);
      verb.tags.add('Verb').add('PresentTense').add('Infinitive');
    }
  }
}
