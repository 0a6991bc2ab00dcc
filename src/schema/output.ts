/**
 * The output document: the single source of truth for what `stance` prints.
 *
 * Every TypeScript type of the output is `z.infer` of a schema here, `stance schema`
 * prints `z.toJSONSchema(OutputRecord)`, and the tests validate real CLI output
 * against it. Offsets are 0-based, half-open, in UTF-16 code units of the text as
 * read (after a UTF-8 BOM is dropped), so `text.slice(start, end)` is the span.
 *
 * Versioning: adding a field keeps `schemaVersion`; renaming or removing one bumps it.
 */
import * as z from 'zod';

export const SCHEMA_VERSION = 1 as const;

const Offset = z.number().int().nonnegative();

export const CueType = z.enum(['engagement', 'refusal', 'condition']);
export type CueType = z.infer<typeof CueType>;
export const CUE_TYPES = CueType.options;

export const ActorType = z.enum(['country', 'organization', 'person', 'group', 'location']);
export type ActorType = z.infer<typeof ActorType>;

export const Sentence = z
  .object({
    index: z.number().int().nonnegative().describe('0-based position in the document'),
    start: Offset.describe('0-based UTF-16 offset of the first character'),
    end: Offset.describe('0-based UTF-16 offset just past the last character'),
    text: z.string().describe('text.slice(start, end)'),
    paragraph: z.number().int().nonnegative().describe('0-based paragraph (blank-line separated block)'),
    headline: z.boolean().describe('a short title-like line of its own, without final punctuation'),
    duplicateOf: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('index of the first copy of this sentence, or null; duplicates yield no mentions or cues'),
    boilerplate: z
      .boolean()
      .describe(
        'a line of page furniture, not article prose: a photo caption or credit, a "Related:"/"Read more:" link, a byline, a reporting credit, "Advertisement", a media contact; yields no cues',
      ),
  })
  .describe('A sentence of the text as read');
export type Sentence = z.infer<typeof Sentence>;

export const MentionKind = z.enum(['name', 'alias', 'surname', 'title', 'demonym', 'pronoun', 'description']);
export type MentionKind = z.infer<typeof MentionKind>;

export const Mention = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  sentence: z.number().int().nonnegative(),
  kind: MentionKind.describe(
    'how the actor is named here: its name, an alias (capital, acronym, metonym), surname, title alone, demonym, a resolved pronoun, or a description ("the country")',
  ),
});
export type Mention = z.infer<typeof Mention>;

export const Actor = z.object({
  id: z.string().describe('stable within the document: ISO 3166 alpha-3 for countries, a slug otherwise'),
  name: z.string().describe('canonical name'),
  type: ActorType,
  affiliation: z.string().nullable().describe('id of the actor this one belongs to, or null'),
  mentions: z.array(Mention),
  known: z
    .boolean()
    .optional()
    .describe('false when the actor is in neither the gazetteer nor a user actor file (found by its shape in the text); absent otherwise'),
});
export type Actor = z.infer<typeof Actor>;

export const Condition = z.object({
  text: z.string().describe('what is demanded, as written'),
  start: Offset,
  end: Offset,
  actor: z.string().nullable().describe('id of the actor the demand falls on, or null'),
});
export type Condition = z.infer<typeof Condition>;

/** A cue as the holders stage makes it; the output's Cue adds the fields that make it self-contained. */
export const CueCore = z.object({
  type: CueType,
  holder: z.string().nullable().describe('id of the actor whose stance this is'),
  holders: z
    .array(z.string())
    .min(2)
    .optional()
    .describe('conjoined holders ("X and Y agreed", "both sides"): every conjunct\'s actor id in text order, `holder` first; absent when the stance has one holder'),
  target: z.string().nullable().describe('id of the party the stance is directed at'),
  source: z.string().nullable().describe('id of the actor who reports the stance, when not the holder'),
  time: z.enum(['past', 'present']),
  negated: z.boolean().describe('the trigger is under a negation (a refusal from a negated willingness, or vice versa)'),
  modality: z
    .enum(['asserted', 'conditional', 'hypothetical', 'hedged', 'reported'])
    .describe('how firmly the stance is put'),
  start: Offset.describe('start of the trigger phrase'),
  end: Offset.describe('end of the trigger phrase'),
  text: z.string().describe('the trigger phrase, text.slice(start, end)'),
  sentence: z.number().int().nonnegative(),
  rule: z.string().describe('id of the rule that produced the cue'),
  condition: Condition.nullable().describe('for condition cues: what is demanded, and of whom'),
});
export type CueCore = z.infer<typeof CueCore>;

export const Cue = CueCore.extend({
  holderName: z.string().nullable().describe("the holder's canonical name (the actor's `name`), or null"),
  targetName: z.string().nullable().describe("the target's canonical name, or null"),
  line: z.number().int().positive().describe('1-based line of the trigger start in the text as read (lines end at \\n)'),
  column: z
    .number()
    .int()
    .positive()
    .describe('1-based column of the trigger start on its line, in UTF-16 code units (the unit of the offsets)'),
});
export type Cue = z.infer<typeof Cue>;

export const CueCounts = z.object({
  engagement: z.number().int().nonnegative(),
  refusal: z.number().int().nonnegative(),
  condition: z.number().int().nonnegative(),
});
export type CueCounts = z.infer<typeof CueCounts>;

export const ActorSummary = z.object({
  id: z.string(),
  name: z.string(),
  cues: CueCounts,
  stance: z.string().describe('the stance in a few words, e.g. "engages, on conditions; earlier refused"'),
});
export type ActorSummary = z.infer<typeof ActorSummary>;

export const Stats = z.object({
  characters: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative().describe('sentences skipped as later copies'),
  actors: z.number().int().nonnegative(),
  cues: CueCounts,
});
export type Stats = z.infer<typeof Stats>;

export const CueFilter = z.object({
  type: z.array(CueType).optional().describe('--type: only cues of these types'),
  holder: z.string().optional().describe("--holder: only cues whose holder's name, alias or affiliation is this (case-insensitive)"),
  rule: z.array(z.string()).optional().describe('--rule: only cues of these rule ids'),
});
export type CueFilter = z.infer<typeof CueFilter>;

export const StanceDocument = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z
      .string()
      .describe(
        'where the text came from: the path as given, "-" for stdin, plus ":LINE" (1-based) for a line of a JSON Lines file, or "#N" (0-based, as jq .[N]) for an element of a JSON array',
      ),
    id: z.string().nullable().describe("the input record's own id, or null"),
    title: z.string().nullable().describe('the title given with the input (JSON records, HTML pages), or null'),
    date: z.string().optional().describe('the date given with the input record ("date", "published" …), as given'),
    url: z.string().optional().describe('the address given with the input record ("url", "link"), as given'),
    text: z
      .string()
      .optional()
      .describe(
        'the analysed text, present when it is not the input file as is (HTML pages, JSON records, files decoded from UTF-16 or Windows-1252 or with a byte-order mark)',
      ),
    extraction: z
      .enum(['article', 'visible-text'])
      .optional()
      .describe(
        'HTML pages only: how the text was taken from the page: "article" (the article found by readability) or "visible-text" (none was found: the page\'s visible text, without scripts, styles and navigation)',
      ),
    sentences: z.array(Sentence),
    actors: z.array(Actor),
    cues: z.array(Cue),
    summary: z.object({ actors: z.array(ActorSummary) }),
    stats: Stats,
    filter: CueFilter.optional().describe(
      'present when --type/--holder/--rule narrowed the output: `cues`, `summary` and `stats.cues` then cover only the cues kept',
    ),
  })
  .describe('stance analysis of one document');
export type StanceDocument = z.infer<typeof StanceDocument>;

export const ErrorCode = z.enum([
  'ENOENT',
  'EISDIR',
  'EACCES',
  'BINARY',
  'TOO_LARGE',
  'BAD_JSON',
  'NO_TEXT',
  'EMPTY',
  'READ_ERROR',
  'INTERNAL',
  'WORKER_CRASH',
  'OUT_OF_MEMORY',
  'TIMEOUT',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.string(),
    id: z.string().nullable().optional(),
    error: z.object({ code: ErrorCode, message: z.string() }),
  })
  .describe('an input that could not be read or analysed');
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** One record of the output stream: a document or an error. */
export const OutputRecord = z.union([StanceDocument, ErrorRecord]);
export type OutputRecord = z.infer<typeof OutputRecord>;

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return 'error' in r;
}

/** A stance over a run of dated documents (see ActorRollup.timeline). */
export const StanceRun = z.object({
  stance: CueType.describe("the actor's stance in these documents (the later of refusal and engagement in a document; condition when it only set conditions)"),
  first: z.string().describe('date of the first document of the run (YYYY-MM-DD)'),
  last: z.string().describe('date of the last document of the run (YYYY-MM-DD)'),
  documents: z.number().int().positive(),
});
export type StanceRun = z.infer<typeof StanceRun>;

export const DateRange = z.object({ first: z.string(), last: z.string() });

/** One actor across all inputs: `stance actors`. */
export const ActorRollup = z
  .object({
    id: z.string().describe('the actor id (the same actor in two documents has the same id)'),
    name: z.string(),
    type: ActorType,
    affiliation: z.string().nullable().describe('id of the actor this one belongs to, or null'),
    affiliationName: z.string().nullable().describe("that actor's name, when known"),
    known: z.boolean().describe('false when the actor came from neither the gazetteer nor an --actors file'),
    documents: z.number().int().nonnegative().describe('documents that name the actor'),
    mentions: z.number().int().nonnegative(),
    cues: CueCounts.describe('cues the actor holds'),
    targets: z
      .array(z.object({ id: z.string(), name: z.string(), cues: CueCounts }))
      .describe('parties its cues are directed at, most cues first'),
    dates: z
      .object({ engagement: DateRange.nullable(), refusal: DateRange.nullable(), condition: DateRange.nullable() })
      .describe('first and last date of a document in which it holds each type of cue (dated inputs only)'),
    timeline: z.array(StanceRun).describe('its stance over the dated documents, in date order, runs of the same stance merged'),
    history: z.string().nullable().describe('the timeline in words: "refused in March 2026, engaged in May 2026"'),
  })
  .describe('one actor across all inputs (stance actors)');
export type ActorRollup = z.infer<typeof ActorRollup>;
