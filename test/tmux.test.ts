/**
 * The terminal views in a real terminal (tmux), at 70 and 160 columns: the table
 * and the explain view fit the width (no line wraps), the progress line does not
 * share a line with the output, and a single input ends without a batch summary.
 * Skipped when tmux is not installed. STANCE_CAPTURE_DIR=dir keeps the captures.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { BIN, ROOT } from './batch-helpers.js';
import { corpus } from './reading-helpers.js';

const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
const SOCKET = `stance-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run `stance ARGS` in a detached tmux window of `cols` columns; the screen (wrapped lines joined) once it is done. */
async function capture(args: string[], cols: number): Promise<string> {
  const name = `w${cols}-${Math.random().toString(36).slice(2, 8)}`;
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const cmd = `cd '${ROOT}' && env -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color ${quoted}; echo __END__; sleep 120`;
  const r = tmux('new-session', '-d', '-s', name, '-x', String(cols), '-y', '200', cmd);
  if (r.status !== 0) throw new Error(`tmux: ${r.stderr}`);
  try {
    for (let t = 0; t < 600; t++) {
      await sleep(250);
      const screen = tmux('capture-pane', '-p', '-J', '-t', name, '-S', '-', '-E', '-').stdout;
      if (/^__END__$/m.test(screen)) return screen.slice(0, screen.search(/^__END__$/m));
    }
    throw new Error('timed out');
  } finally {
    tmux('kill-session', '-t', name);
  }
}

describe.skipIf(!hasTmux)('in a terminal (tmux)', () => {
  it.each([70, 160])('table and explain at %i columns: no line wider than the terminal, no progress line mixed in, no batch summary for one input', async (cols) => {
    const dir = corpus();
    try {
      const views = {
        table: await capture(['fixtures/seed.txt'], cols),
        explain: await capture(['explain', '--actors', join(dir, 'actors.yml'), join(dir, 'news.jsonl')], cols),
        actors: await capture(['actors', '--actors', join(dir, 'actors.yml'), join(dir, 'news.jsonl')], cols),
      };
      for (const [view, screen] of Object.entries(views)) {
        if (process.env.STANCE_CAPTURE_DIR) {
          mkdirSync(process.env.STANCE_CAPTURE_DIR, { recursive: true });
          writeFileSync(join(process.env.STANCE_CAPTURE_DIR, `${view}-${cols}.txt`), screen);
        }
        const lines = screen.split('\n');
        // -J joins a line the terminal wrapped: a joined line wider than the terminal is an overflow
        for (const l of lines) expect(stringWidth(l), `${view} at ${cols}: ${l}`).toBeLessThanOrEqual(cols);
        expect(screen, view).not.toMatch(/stance: \d+ documents? .*docs\/s/);
        expect(lines.some((l) => l.trim()), view).toBe(true);
      }
      expect(views.table).toMatch(/holder → target/);
      expect(views.table).not.toMatch(/documents\/s/); // one input: no batch summary
      expect(views.explain).toMatch(/refused to negotiate with/);
      expect(views.actors).toMatch(/^Norland\s+country/m);
    } finally {
      tmux('kill-server');
    }
  }, 240_000);
});
