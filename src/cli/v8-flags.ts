/**
 * V8 settings for a run of the CLI. V8 flags hold for the whole process, so
 * they reach the worker threads of a batch too; they are set before any
 * document is analysed (setting them later is allowed, but only affects what
 * V8 decides afterwards).
 *
 * (`--max-optimized-bytecode-size=16384` used to keep the actors stage's one
 * 1,100-line function out of TurboFan, which spent about a second compiling it
 * after every deoptimisation. The stage is now a set of small passes
 * (src/pipeline/actors/), and the flag made no measurable difference: 4.32 s
 * against 4.37 s of CPU, best of 3, over the eval files at -j 1. It is gone.)
 *
 * `--no-parallel-scavenge`: each isolate collects its young generation on its
 * own thread instead of posting helper tasks to the process's shared platform
 * threads. compromise allocates a great deal, so with -j 2 on two cores the
 * workers' scavenges kept taking each other's core: on the 4.5 MB bench corpus
 * -j 2 took 10.8 s against 9.5 s at -j 1, and takes 8.3 s with this flag
 * (-j 1 is unchanged, 9.6 s). Unlike `--single-threaded-gc`, which V8 only
 * accepts at start-up (set later, it aborts on the next concurrent marking),
 * this flag is safe to set at run time.
 *
 * `--interrupt-budget=1000000` (V8's default is 67,584): how much bytecode a
 * function runs before V8 considers optimising it with TurboFan. With the
 * default, a short run pays for TurboFan compiling compromise's matcher and the
 * pipeline's larger functions on a background thread, which the run then ends
 * before using: fixtures/seed.txt end to end took 0.54 s of CPU, 0.46 s with
 * this budget (medians of 5), and the blob's own analysis of it 0.43 → 0.34 s
 * (medians of 7; load average 7-10 on 2 cores). Longer runs still optimise
 * what is hot: one 360 KB article took 5.06 s of CPU, 4.11 s with it, and a
 * -j 1 batch of 200 generated articles 11.26 s against 11.22 s. It is set at
 * run time only (V8_RUNTIME_FLAGS): on the command line node would refuse the
 * start-up snapshot, which was built without it.
 */
import { setFlagsFromString } from 'node:v8';

/** flags also given on a worker process's command line (node accepts the start-up snapshot with them) */
export const V8_FLAGS: readonly string[] = ['--no-parallel-scavenge'];
/** flags set at run time only (on the command line they would make node refuse the start-up snapshot) */
export const V8_RUNTIME_FLAGS: readonly string[] = ['--interrupt-budget=1000000'];
/**
 * flags a batch's worker sets at run time: `--heap-growing-percent=60` makes V8 let the old generation grow
 * to 1.6 × what a full collection left live before the next one, instead of a factor of up to 4 it picks
 * from the collector's speed. A worker's peak RSS then follows its live heap, not that factor, and stays
 * level over a long batch: at -j 2 on 1.4 MB (200 generated documents) and 5.1 MB (1,000), each worker's
 * peak was 171-181 MB and 205-218 MB without it, 159-161 MB and 166 MB with it (the whole run's peak
 * 483-490 → 458 MB and 557 → 473 MB), in the same CPU time (12.2-13.0 s and 12.8 s; 55.8 s and 53.2 s;
 * load average 10-15 on 2 cores).
 */
export const V8_WORKER_FLAGS: readonly string[] = ['--heap-growing-percent=60'];

let tuned = false;
/** Set V8_FLAGS and V8_RUNTIME_FLAGS for this process (once). */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of [...V8_FLAGS, ...V8_RUNTIME_FLAGS]) setFlagsFromString(flag);
}

let workerTuned = false;
/** Set V8_WORKER_FLAGS (once): in a batch's worker process, or from a worker thread for the whole process. */
export function tuneWorkerV8(): void {
  if (workerTuned) return;
  workerTuned = true;
  for (const flag of V8_WORKER_FLAGS) setFlagsFromString(flag);
}
