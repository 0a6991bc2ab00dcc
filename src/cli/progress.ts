/**
 * Everything the batch writes on stderr: error and warning lines, a progress line
 * (only on a terminal, not with --quiet) and the closing summary (same rule).
 * The progress line is redrawn in place at most ~8 times a second and cleared
 * before any other line is written, so messages never mix with it.
 */
import { CUE_TYPES, type CueCounts } from '../schema/output.js';

export interface ReporterOptions {
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
}

const fmtTime = (s: number) => {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** a monotonic clock in ms (process.hrtime, not performance.now: the global `performance` loads perf_hooks, about 6 ms of a short run) */
const msNow = (): number => {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
};

export class Reporter {
  readonly #err: ReporterOptions['stderr'];
  readonly #live: boolean;
  readonly #t0 = msNow();
  #drawn = false;
  #last = 0;
  /** inputs (files, stdin) the counting walk found; undefined until it has finished */
  total: number | undefined;
  files = 0;
  documents = 0;
  errors = 0;
  cues: CueCounts = { engagement: 0, refusal: 0, condition: 0 };

  readonly quiet: boolean;

  constructor(opts: ReporterOptions) {
    this.#err = opts.stderr;
    this.#live = !!opts.stderr.isTTY && !opts.quiet;
    this.quiet = opts.quiet;
  }

  /** show progress and the summary (stderr is a terminal, not --quiet) */
  get live(): boolean {
    return this.#live;
  }

  #clear(): void {
    if (this.#drawn) {
      this.#err.write('\r\x1b[K');
      this.#drawn = false;
    }
  }

  /** clear the progress line (before the table or another view is written to the same terminal) */
  clearLine(): void {
    this.#clear();
  }

  error(line: string): void {
    this.#clear();
    this.#err.write(`${line}\n`);
  }

  warn(line: string): void {
    if (this.quiet) return;
    this.#clear();
    this.#err.write(`${line}\n`);
  }

  fileStarted(): void {
    this.files++;
    this.tick();
  }

  tick(): void {
    if (!this.#live) return;
    const now = msNow();
    if (now - this.#last < 120) return;
    this.#last = now;
    const secs = (now - this.#t0) / 1000;
    const rate = this.documents / Math.max(secs, 1e-3);
    let line = `stance: ${plural(this.documents, 'document')}`;
    if (this.errors) line += `, ${plural(this.errors, 'error')}`;
    if (this.total !== undefined) {
      line += ` · files ${Math.min(this.files, this.total)}/${this.total}`;
      const fileRate = this.files / Math.max(secs, 1e-3);
      if (this.files > 2 && secs > 1) line += ` · ${fmtTime((this.total - this.files) / fileRate)} left`;
    }
    line += ` · ${rate.toFixed(1)} docs/s`;
    const width = this.#err.columns || 80;
    this.#err.write(`\r\x1b[K${line.slice(0, width - 1)}`);
    this.#drawn = true;
  }

  record(r: { error?: unknown; stats?: { cues: CueCounts } }): void {
    if (r.error) this.errors++;
    else {
      this.documents++;
      if (r.stats) for (const t of CUE_TYPES) this.cues[t] += r.stats.cues[t];
    }
    this.tick();
  }

  /** the one-line summary at the end (terminal only; not for a single input, whose view says it all) */
  finish(): void {
    if (!this.#live) return;
    this.#clear();
    if (this.documents + this.errors <= 1) return;
    const secs = (msNow() - this.#t0) / 1000;
    const cues = CUE_TYPES.map((t) => `${this.cues[t]} ${t}`).join(', ');
    const parts = [
      `stance: ${plural(this.documents, 'document')}, ${plural(this.errors, 'error')}`,
      `cues: ${cues}`,
      `${fmtTime(secs)}, ${(this.documents / Math.max(secs, 1e-3)).toFixed(1)} documents/s`,
    ];
    // one line when it fits the terminal, else one part a line (a wrapped line would break the layout)
    const one = parts.join('; ');
    this.#err.write(`${one.length < (this.#err.columns || 80) ? one : parts.join(';\n  ')}\n`);
  }
}
