/**
 * The one place that decides whether output is coloured (chalk 5 alone keeps
 * colour on a TTY under NO_COLOR, and sniffs argv itself).
 *
 * Order: --color / --no-color, then FORCE_COLOR, then NO_COLOR, then whether
 * stdout is a terminal (and TERM is not "dumb"). Colour never reaches a pipe
 * or a file unless forced with --color or FORCE_COLOR.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Command } from 'commander';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** true for --color, false for --no-color, undefined when neither was given */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export function resolveColorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  if (flag === false) return 0;
  const depth = (): ColorLevel => {
    const t = env.COLORTERM ?? '';
    if (/truecolor|24bit/i.test(t)) return 3;
    if (/256/.test(env.TERM ?? '')) return 2;
    return 1;
  };
  if (flag === true) return depth();
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return (n >= 1 && n <= 3 ? n : Math.max(1, depth())) as ColorLevel;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return depth();
}

export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/**
 * The --color / --no-color flag as the user gave it: true, false, or undefined
 * when neither was given on the command line. Asks commander where the value
 * came from instead of sniffing process.argv, so "--color" inside a file name
 * or after "--" does not count, and a default added later cannot pose as a flag.
 *
 *   .action(async (paths, opts, cmd: Command) => runAnalyze(paths, { ...opts, color: colorFlag(cmd) }, io))
 */
export function colorFlag(cmd: Pick<Command, 'getOptionValueSource' | 'getOptionValue'>): boolean | undefined {
  if (cmd.getOptionValueSource('color') !== 'cli') return undefined;
  const v: unknown = cmd.getOptionValue('color');
  return typeof v === 'boolean' ? v : undefined;
}

/** The chalk instance for a stream: level from the flag, the environment and whether the stream is a terminal. */
export function chalkFor(flag: boolean | undefined, env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): ChalkInstance {
  return makeChalk(resolveColorLevel({ flag, env, isTTY: !!stream.isTTY }));
}
