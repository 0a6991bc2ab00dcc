import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { chalkFor, colorFlag, resolveColorLevel, type ColorInputs } from '../src/cli/color.js';

const tty = true;
const pipe = false;

describe('resolveColorLevel', () => {
  it.each<[string, ColorInputs, number]>([
    ['terminal, nothing set', { flag: undefined, env: {}, isTTY: tty }, 1],
    ['pipe, nothing set', { flag: undefined, env: {}, isTTY: pipe }, 0],
    ['terminal, NO_COLOR=1', { flag: undefined, env: { NO_COLOR: '1' }, isTTY: tty }, 0],
    ['terminal, NO_COLOR empty (ignored, per no-color.org)', { flag: undefined, env: { NO_COLOR: '' }, isTTY: tty }, 1],
    ['terminal, TERM=dumb', { flag: undefined, env: { TERM: 'dumb' }, isTTY: tty }, 0],
    ['terminal, 256 colours', { flag: undefined, env: { TERM: 'xterm-256color' }, isTTY: tty }, 2],
    ['terminal, truecolor', { flag: undefined, env: { COLORTERM: 'truecolor' }, isTTY: tty }, 3],
    ['--no-color on a terminal', { flag: false, env: {}, isTTY: tty }, 0],
    ['--no-color beats FORCE_COLOR', { flag: false, env: { FORCE_COLOR: '3' }, isTTY: tty }, 0],
    ['--color on a pipe', { flag: true, env: {}, isTTY: pipe }, 1],
    ['--color beats NO_COLOR', { flag: true, env: { NO_COLOR: '1' }, isTTY: pipe }, 1],
    ['--color with truecolor', { flag: true, env: { COLORTERM: '24bit' }, isTTY: pipe }, 3],
    ['FORCE_COLOR=1 on a pipe', { flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: pipe }, 1],
    ['FORCE_COLOR=2 on a pipe', { flag: undefined, env: { FORCE_COLOR: '2' }, isTTY: pipe }, 2],
    ['FORCE_COLOR=true on a pipe', { flag: undefined, env: { FORCE_COLOR: 'true' }, isTTY: pipe }, 1],
    ['FORCE_COLOR=0 on a terminal', { flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: tty }, 0],
    ['FORCE_COLOR=false on a terminal', { flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: tty }, 0],
    ['FORCE_COLOR beats NO_COLOR', { flag: undefined, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: pipe }, 1],
    ['FORCE_COLOR beats TERM=dumb', { flag: undefined, env: { FORCE_COLOR: '1', TERM: 'dumb' }, isTTY: pipe }, 1],
  ])('%s → %i', (_name, inputs, level) => {
    expect(resolveColorLevel(inputs)).toBe(level);
  });

  it('chalkFor gives escape codes only when the level is above 0', () => {
    expect(chalkFor(undefined, {}, { isTTY: false }).red('x')).toBe('x');
    expect(chalkFor(true, {}, { isTTY: false }).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(chalkFor(undefined, { NO_COLOR: '1' }, { isTTY: true }).red('x')).toBe('x');
  });
});

describe('colorFlag: whether --color / --no-color was given on the command line', () => {
  async function flagFor(argv: string[]): Promise<boolean | undefined | 'not run'> {
    let got: boolean | undefined | 'not run' = 'not run';
    const program = new Command().exitOverride();
    program
      .command('analyze', { isDefault: true })
      .argument('[paths...]')
      .option('--color')
      .option('--no-color')
      .action((_paths: string[], _opts: unknown, cmd: Command) => {
        got = colorFlag(cmd);
      });
    await program.parseAsync(argv, { from: 'user' });
    return got;
  }

  it.each<[string[], boolean | undefined]>([
    [[], undefined],
    [['a.txt'], undefined],
    [['--color'], true],
    [['--no-color'], false],
    [['--color', '--no-color'], false],
    [['--no-color', '--color'], true],
    [['--', '--color'], undefined],
  ])('%j → %s', async (argv, expected) => {
    expect(await flagFor(argv)).toBe(expected);
  });
});
