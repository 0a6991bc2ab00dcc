/**
 * The command line: parses options, hands the work to the pure core, picks a
 * formatter. Returns the exit code instead of exiting, so tests can call it.
 *
 * Exit codes: 0 every input analysed; 1 an input could not be read or analysed
 * (the others are still printed); 2 a usage error (bad option, bad rule or
 * actors file, no input on a terminal); 3 an internal error (a bug).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { UserFileError } from '../schema/user-file.js';
import type { CueType } from '../schema/output.js';
import { parseList, parseTypes } from './filter-args.js';

export const EXIT = { ok: 0, inputError: 1, usage: 2, internal: 3 } as const;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export class UsageError extends Error {}

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number of 1 or more.`);
  return n;
};

const seconds = (v: string) => {
  const n = Number(v);
  if (!/^\d+(?:\.\d+)?$/.test(v.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('give a number of seconds, such as 60 or 0.5 (0 = no limit).');
  return n;
};
/** a repeatable option's values, in order */
const collect = (v: string, prev: string[]) => [...prev, v];

const bytes = (v: string) => {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('give a size such as 500000, 800k or 5m.');
  const mult = { k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 }[(m[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.round(Number(m[1]) * mult);
};

const EXAMPLES = `
Examples:
  $ pbpaste | stance                       analyse a pasted article (table on a terminal)
  $ stance article.txt                     one file
  $ stance -f json article.txt | jq '.cues[] | select(.type == "refusal")'
  $ stance -f jsonl news/ > cues.jsonl     a whole folder, one JSON line per document
  $ stance -f jsonl --stdin-format jsonl < articles.jsonl
  $ stance eval gold.jsonl                 precision / recall against annotated articles
  $ stance --type refusal,condition a.txt  only some cue types (also --holder NAME, --rule ID)
  $ stance -f csv news/ > cues.csv         one row per cue, for a spreadsheet
  $ stance explain article.txt             the article with each stance marked
  $ stance actors news/                    who refused, conditioned or engaged whom, over time
  $ stance rules                           list the rules (stance rules ID: one rule)

Exit status: 0 all inputs analysed, 1 some input could not be read or analysed
(the others are still printed), 2 usage error, 3 internal error.`;

export type AnalyzeFormat = 'json' | 'jsonl' | 'table' | 'csv' | 'tsv';

const EXPLAIN_EXAMPLES = `
Examples:
  $ stance explain article.txt
  $ stance explain --rule refusal.refuse news/          every hit of one rule, in context
  $ stance explain --color article.txt | less -R        page through it with colour`;

const ACTORS_EXAMPLES = `
Examples:
  $ stance actors news/                     who holds which stances, most cues first
  $ stance actors --unknown news/           names not in the gazetteer: the start of an --actors file
  $ stance actors -f csv news/ > actors.csv
  $ stance actors --holder Norland -f json articles.jsonl`;

/** The options of a command, as its help lists them. */
function optionList(cmd: Command): string {
  const help = cmd.createHelp();
  const opts = help.visibleOptions(cmd);
  const termW = Math.max(...opts.map((o) => help.optionTerm(o).length));
  return opts.map((o) => `  ${help.optionTerm(o).padEnd(termW)}  ${help.optionDescription(o)}`).join('\n') + '\n';
}

export interface AnalyzeCliOptions {
  format?: AnalyzeFormat;
  color?: boolean;
  actors: string[];
  rules: string[];
  jobs?: number;
  timeout: number;
  quiet: boolean;
  ext?: string;
  maxBytes: number;
  failFast: boolean;
  /** --full-tag: every sentence through compromise's full tagger (also STANCE_FULL_TAG=1) */
  fullTag?: boolean;
  stdinFormat: 'text' | 'jsonl';
  /** --type, --holder, --rule */
  type?: CueType[];
  holder?: string;
  rule?: string[];
  /** stance actors --unknown */
  unknown?: boolean;
}

const cueTypes = (v: string): CueType[] => {
  try {
    return parseTypes(v);
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
};

/** The options every analysing command takes (analyze, explain, actors). */
function analysisOptions(cmd: Command, formats: string[] | null, formatHelp = 'output format'): Command {
  if (formats) cmd.addOption(new Option('-f, --format <format>', formatHelp).choices(formats));
  return cmd
    .argument('[paths...]', 'files, folders or quoted globs; none or - reads stdin')
    .option('--type <types>', 'only cues of these types, e.g. refusal,condition', cueTypes)
    .option('--holder <name>', "only cues held by this actor (its name, an alias, or its affiliation's; any case)")
    .option('--rule <ids>', 'only cues of these rule ids (comma-separated; see stance rules)', parseList)
    .option('--color', 'force colour on a terminal view')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--actors <file>', 'YAML/JSON file of extra actors and aliases (repeatable; each adds)', collect, [] as string[])
    .option('--rules <file>', 'YAML/JSON rule file to add (repeatable)', collect, [] as string[])
    .option('-j, --jobs <n>', 'documents analysed at once, one worker each (default: number of cores)', positiveInt('--jobs'))
    .option('--timeout <seconds>', 'time limit per document in a batch; 0 = none', seconds, 60)
    .option('-q, --quiet', 'nothing on stderr but errors', false)
    .option('--ext <list>', 'file extensions to read in folders (default: txt,text,md,html,htm,json,jsonl,ndjson); named files are always read')
    .option('--max-bytes <size>', 'largest document analysed, e.g. 800k or 5m', bytes, 2_000_000)
    .option('--fail-fast', 'stop at the first input that cannot be analysed', false)
    .option('--full-tag', 'tag every sentence fully, not only those that could hold a cue (slower; for comparison; also STANCE_FULL_TAG=1)', false)
    .addOption(new Option('--stdin-format <format>', 'what stdin holds: one text, or JSON Lines articles (streamed, results in input order)').choices(['text', 'jsonl']).default('text'));
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command();
  const out = (s: string) => io.stdout.write(s);
  const err = (s: string) => io.stderr.write(s);
  program
    .name('stance')
    .description('Who takes which stance toward engaging with whom: refusal, conditions and willingness to engage in news text.')
    .version(version(), '-V, --version')
    .configureOutput({ writeOut: out, writeErr: err, outputError: (s, write) => write(s) })
    .exitOverride()
    .showHelpAfterError('(run stance --help for usage)')
    .enablePositionalOptions();

  const run = (view: 'records' | 'explain' | 'actors') => async (paths: string[], opts: AnalyzeCliOptions, cmd: Command) => {
    const [{ runAnalyze }, { colorFlag }] = await Promise.all([import('./analyze.js'), import('./color.js')]);
    // --color/--no-color only when given on the command line (commander says where a value came from)
    exitCode = await runAnalyze(paths, { ...opts, color: colorFlag(cmd) }, io, view);
  };

  const analyze = analysisOptions(
    program.command('analyze', { isDefault: true }).description('analyse articles (files, folders, globs, or - for stdin)'),
    ['json', 'jsonl', 'table', 'csv', 'tsv'],
    'json, jsonl, table, csv (one row per cue) or tsv (default: table on a terminal, json otherwise)',
  )
    .addHelpText('after', EXAMPLES)
    .action(run('records'));
  program.addHelpText('after', () => `\nAnalysis options (stance [options] [paths...], also for explain and actors):\n${optionList(analyze)}${EXAMPLES}`);

  analysisOptions(
    program.command('explain').description('the article as text with each cue marked, and under each sentence who holds which stance toward whom, by which rule'),
    null,
  )
    .addHelpText('after', EXPLAIN_EXAMPLES)
    .action(run('explain'));

  analysisOptions(
    program.command('actors').description('every actor across the inputs: cues held per type, targets, and (dated inputs) how its stance moved'),
    ['table', 'json', 'csv', 'tsv'],
    'table, json, csv or tsv (default: table on a terminal, json otherwise)',
  )
    .option('--unknown', 'only actors found in neither the gazetteer nor an --actors file, most mentioned first', false)
    .addHelpText('after', ACTORS_EXAMPLES)
    .action(run('actors'));

  program
    .command('schema')
    .description('print the JSON Schema of the output records')
    .action(async () => {
      const { outputJsonSchema } = await import('../schema/json-schema.js');
      out(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
    });

  const rules = program.command('rules').description('list the rules, show one, or check a rule file');
  rules
    .command('list', { isDefault: true })
    .description('list the rules (id, type, description), or show one rule with its patterns and examples')
    .argument('[id]', 'a rule id (e.g. refusal.refuse): show that rule')
    .option('--rules <file>', 'also list a rule file', collect, [] as string[])
    .option('-f, --format <format>', 'table or json', 'table')
    .action(async (id: string | undefined, opts: { rules: string[]; format: string }) => {
      const { listRules, showRule } = await import('./rules-cmd.js');
      exitCode = id ? showRule(id, opts, io) : listRules(opts, io);
    });
  rules
    .command('test')
    .description("check a rule file's own examples")
    .argument('<files...>', 'rule files')
    .action(async (files: string[]) => {
      const { testRules } = await import('./rules-cmd.js');
      exitCode = testRules(files, io);
    });

  program
    .command('eval')
    .description('precision, recall and F1 against gold files (JSON Lines, see the spec)')
    .argument('<gold...>', 'gold .jsonl files')
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .option('-v, --verbose', 'list every miss and every extra with its rule id (in JSON: per document)', false)
    .option('--actors <file>', 'YAML/JSON file of extra actors and aliases (repeatable; each adds)', collect, [] as string[])
    .option('--rules <file>', 'YAML/JSON rule file to add (repeatable)', collect, [] as string[])
    .option('--full-tag', 'tag every sentence fully (for comparison; also STANCE_FULL_TAG=1)', false)
    .action(async (gold: string[], opts: { format: string; verbose: boolean; actors: string[]; rules: string[]; fullTag: boolean }) => {
      const { runEval } = await import('../eval/command.js');
      exitCode = await runEval(gold, opts, io);
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof UserFileError || e instanceof UsageError) {
      err(`stance: ${e.message}\n`);
      return EXIT.usage;
    }
    err(`stance: internal error (this is a bug; please report it): ${(e as Error)?.message ?? String(e)}\n`);
    if (io.env.STANCE_DEBUG) err(`${(e as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
