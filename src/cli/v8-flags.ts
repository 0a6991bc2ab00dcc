/**
 * V8 settings for a run of the CLI. V8 flags hold for the whole process, so
 * they reach the worker threads of a batch too; they are set before any
 * document is analysed (setting them later is allowed, but only affects what
 * V8 decides afterwards).
 *
 * `--max-optimized-bytecode-size`: functions with more bytecode than this stay
 * in V8's baseline tier instead of being optimised by TurboFan. The only such
 * function is the actors stage's `findActors` (one 1,100-line function, 29 KB of
 * bytecode; the next largest has 4 KB). TurboFan takes about a second of CPU
 * for each compile of it, recompiles it after every deoptimisation (4–5 times
 * in a 100-document batch, and again in every worker thread), and its
 * optimised code is no faster there than the baseline code: measured on the
 * bench corpus at -j 1, 8.2 s of CPU (4.0 of them on V8's background compiler
 * threads) became 5.1 s, with identical output (issue #5, README "Speed").
 * V8's default limit is 60 KB.
 *
 * `--no-parallel-scavenge`: each isolate collects its young generation on its
 * own thread instead of posting helper tasks to the process's shared platform
 * threads. compromise allocates a great deal, so with -j 2 on two cores the
 * workers' scavenges kept taking each other's core: on the 4.5 MB bench corpus
 * -j 2 took 10.8 s against 9.5 s at -j 1, and takes 8.3 s with this flag
 * (-j 1 is unchanged, 9.6 s). Unlike `--single-threaded-gc`, which V8 only
 * accepts at start-up (set later, it aborts on the next concurrent marking),
 * this flag is safe to set at run time.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--max-optimized-bytecode-size=16384', '--no-parallel-scavenge'];

let tuned = false;
/** Set V8_FLAGS for this process (once). */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
