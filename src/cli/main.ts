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
  $ stance rules                           list the rules

Exit status: 0 all inputs analysed, 1 some input could not be read or analysed
(the others are still printed), 2 usage error, 3 internal error.`;

export interface AnalyzeCliOptions {
  format?: 'json' | 'jsonl' | 'table';
  color?: boolean;
  actors?: string;
  rules: string[];
  jobs?: number;
  timeout: number;
  quiet: boolean;
  ext?: string;
  maxBytes: number;
  failFast: boolean;
  stdinFormat: 'text' | 'jsonl';
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
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions();

  program
    .command('analyze', { isDefault: true })
    .description('analyse articles (files, folders, globs, or - for stdin)')
    .argument('[paths...]', 'files, folders or quoted globs; none or - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['json', 'jsonl', 'table']))
    .option('--color', 'force colour in the table view')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--actors <file>', 'YAML/JSON file of extra actors and aliases')
    .option('--rules <file>', 'YAML/JSON rule file to add (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-j, --jobs <n>', 'documents analysed at once, one worker each (default: number of cores)', positiveInt('--jobs'))
    .option('--timeout <seconds>', 'time limit per document in a batch; 0 = none', seconds, 60)
    .option('-q, --quiet', 'nothing on stderr but errors', false)
    .option('--ext <list>', 'file extensions to read in folders (default: txt,text,md,html,htm,json,jsonl,ndjson); named files are always read')
    .option('--max-bytes <size>', 'largest document analysed, e.g. 800k or 5m', bytes, 2_000_000)
    .option('--fail-fast', 'stop at the first input that cannot be analysed', false)
    .addOption(new Option('--stdin-format <format>', 'what stdin holds: one text, or JSON Lines articles (streamed, results in input order)').choices(['text', 'jsonl']).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: AnalyzeCliOptions, cmd: Command) => {
      const [{ runAnalyze }, { colorFlag }] = await Promise.all([import('./analyze.js'), import('./color.js')]);
      // --color/--no-color only when given on the command line (commander says where a value came from)
      exitCode = await runAnalyze(paths, { ...opts, color: colorFlag(cmd) }, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output records')
    .action(async () => {
      const { outputJsonSchema } = await import('../schema/json-schema.js');
      out(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
    });

  const rules = program.command('rules').description('list the rules, or check a rule file');
  rules
    .command('list', { isDefault: true })
    .description('list the rules: id, type, description')
    .option('--rules <file>', 'also list a rule file', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-f, --format <format>', 'table or json', 'table')
    .action(async (opts: { rules: string[]; format: string }) => {
      const { listRules } = await import('./rules-cmd.js');
      exitCode = listRules(opts, io);
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
    .option('-v, --verbose', 'list every miss and every extra with its rule id', false)
    .option('--actors <file>', 'YAML/JSON file of extra actors and aliases')
    .option('--rules <file>', 'YAML/JSON rule file to add (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .action(async (gold: string[], opts: { format: string; verbose: boolean; actors?: string; rules: string[] }) => {
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
