/**
 * Word lists of general English that say where an actor can be named: titles and
 * roles, group heads, descriptions ("the country", "the union"), reporting verbs.
 * Shared by the actors stage and the parse stage's choice of sentences to tag.
 *
 * The lists are data: words.yml beside this module's source (each list with what it
 * is for and examples), validated with zod. `npm run build` writes the validated
 * lists to a cache beside the built module, keyed by a hash of words.yml, so a run
 * reads JSON (well under a millisecond) instead of parsing YAML (tens of
 * milliseconds); a stale or missing cache means parsing the YAML.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { parseUserFile } from '../schema/user-file.js';

/** a set of the words of a space-separated list */
export const words = (s: string) => new Set(s.trim().split(/\s+/));

/** words.yml, also when running from dist/ */
export const WORDS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'actors', 'words.yml');

const LIST_NAMES = [
  'role', 'honorific', 'group_head', 'gov_head', 'country_desc', 'org_desc', 'group_modifier', 'org_head', 'gov_role',
  'company_head', 'delegate_head', 'gov_org_head', 'weak_group_head', 'any_org_desc', 'member_head', 'labour_head',
  'venue_prep', 'connector', 'bare_body', 'say_ing', 'say', 'stop_cap', 'quant', 'gov_group_head', 'be_like', 'aux_chain',
  'expletive_adv', 'expletive_adj', 'expletive_that', 'not_actor_acronym', 'clause_break', 'not_party_name', 'party_label',
  'opposition_act', 'state_of', 'office', 'title_modifier', 'org_group_head', 'thing_head', 'event_word', 'members_of',
  'military_head', 'org_classifier', 'sector_desc', 'state_organ', 'state_organ_modifier', 'state_organ_of', 'place_head', 'company_organ', 'employer_word', 'staff_head',
  'legal_suffix', 'regulator_desc', 'regulator_head', 'described_body_head', 'apposed_body_head', 'party_plural', 'chamber', 'unnamed_body_head', 'unnamed_body_modifier', 'sub_body_head', 'bench_title', 'local_government',
  'described_as', 'members_body', 'proper_body_head', 'leads_verb',
  'subnational_level', 'place_prefix', 'bloc_head', 'body_voice_head', 'portfolio_word', 'post_nominal',
] as const;
type ListName = (typeof LIST_NAMES)[number];

/** the schema of words.yml (built on first use: a run that reads the cache never needs it) */
export function wordsFileSchema() {
  const WordList = z.strictObject({
    about: z.string().min(1),
    examples: z.array(z.string().min(1)).min(1),
    words: z.string().regex(/^[\s\p{Ll}\d'-]+$/u, 'lower-case words separated by spaces'),
  });
  return z.strictObject(Object.fromEntries(LIST_NAMES.map((k) => [k, WordList])) as Record<ListName, typeof WordList>);
}
export type WordsFile = z.infer<ReturnType<typeof wordsFileSchema>>;

/** Parse and validate a words file's text (throws UserFileError with the line of a fault). */
export function parseWords(source: string, file = WORDS_FILE): Record<ListName, Set<string>> {
  const data = parseUserFile(wordsFileSchema(), source, file) as WordsFile;
  return Object.fromEntries(LIST_NAMES.map((k) => [k, words(data[k].words)])) as Record<ListName, Set<string>>;
}

const CACHE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'words.cache.json');
const keyOf = (source: string) => createHash('sha1').update(source).digest('hex');

function loadBuiltin(): Record<ListName, Set<string>> {
  const source = readFileSync(WORDS_FILE, 'utf8');
  try {
    const cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { key: string; lists: Record<ListName, string[]> };
    if (cache.key === keyOf(source) && LIST_NAMES.every((k) => Array.isArray(cache.lists[k])))
      return Object.fromEntries(LIST_NAMES.map((k) => [k, new Set(cache.lists[k])])) as Record<ListName, Set<string>>;
  } catch {
    // no cache (running from src/, or not built): parse the YAML
  }
  return parseWords(source);
}

/** Validate words.yml and write the cache beside this module (run by `npm run build`). */
export function writeWordsCache(): string {
  const source = readFileSync(WORDS_FILE, 'utf8');
  const lists = parseWords(source);
  writeFileSync(CACHE_FILE, JSON.stringify({ key: keyOf(source), lists: Object.fromEntries(LIST_NAMES.map((k) => [k, [...lists[k]]])) }));
  return CACHE_FILE;
}

/** The built-in lists (words.yml), by name. */
export const WORDS = loadBuiltin();

/** nouns that are a title or role of a person */
export const ROLE = WORDS.role;
/** abbreviations written with a period that belong to the name that follows */
export const HONORIFIC = WORDS.honorific;
/** plural role nouns heading a group ("Chinese officials", "the rebels") */
export const GROUP_HEAD = WORDS.group_head;
/** nouns after a demonym/country that mean the state itself ("the Chinese government") */
export const GOV_HEAD = WORDS.gov_head;
/** "the country" etc. → the most recent country */
export const COUNTRY_DESC = WORDS.country_desc;
/** "the union" etc. → the most recent organisation with that head (or any organisation) */
export const ORG_DESC = WORDS.org_desc;
/** a singular group noun as a modifier ("rebel leaders", "rebel demands") refers to the group with the plural head */
export const GROUP_MODIFIER = WORDS.group_modifier;
