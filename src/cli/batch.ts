/**
 * Run units through the pipeline on all cores and hand the records back in input
 * order, whatever finishes first.
 *
 * A bounded window of units is in flight (`window`, default 2 × jobs): the next
 * unit is pulled from the (lazy) input stream only when the oldest record has
 * been written, so memory is bounded by the window whatever the corpus size, and
 * stdout is byte-identical for any -j. Documents go to a pool of `jobs`
 * workers (pool.ts: child processes or threads; a worker that dies or runs past
 * --timeout costs only its document), created only when there is more than one
 * document to analyse (a worker costs ~0.3 s to load the NLP library and the
 * rules); a single input runs in-process.
 */
import { availableParallelism } from 'node:os';
import type { Unit } from './inputs.js';
import { contextFor, runTask, type DocTask, type TaskConfig, type TaskResult } from './task.js';
import type { PoolKind } from './pool.js';

export interface BatchOptions {
  jobs?: number;
  /** units in flight (read, queued, running or done but not yet written) */
  window?: number;
  cfg: TaskConfig;
  /** per-document time limit in seconds, enforced in workers (default 60; 0 = none) */
  timeout?: number;
  /**
   * start workers without first checking that there is more than one document
   * (streaming stdin: waiting for a second line would delay the first result)
   */
  eager?: boolean;
  /** called in input order; return false to stop (--fail-fast) */
  emit: (r: TaskResult, warning?: string) => Promise<boolean>;
}

interface Runner {
  run(task: DocTask): Promise<TaskResult>;
  close(): Promise<void>;
}

function inProcess(cfg: TaskConfig): Runner {
  return {
    run: async (task) => runTask(task, await contextFor(cfg)),
    close: async () => {},
  };
}

/**
 * how workers are made: child processes (from the start-up snapshot when the run is), unless STANCE_POOL=threads,
 * or STANCE_POOL=fork (processes forked from worker.js even from the snapshot); measured in README "Speed"
 */
export function poolKind(env: NodeJS.ProcessEnv = process.env): PoolKind {
  return env.STANCE_POOL === 'threads' ? 'threads' : env.STANCE_POOL === 'fork' ? 'fork' : 'processes';
}

/**
 * a worker's heap limit by default, in MB; the start-up snapshot is built with it (scripts/build-snapshot.mjs,
 * FLAGS), and worker processes start from the snapshot only when their limit is this one
 */
export const DEFAULT_WORKER_HEAP_MB = 2048;

/** each worker's heap limit in MB (STANCE_WORKER_MEMORY_MB, default DEFAULT_WORKER_HEAP_MB) */
export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.STANCE_WORKER_MEMORY_MB);
  return Number.isFinite(n) && n >= 64 ? Math.floor(n) : DEFAULT_WORKER_HEAP_MB;
}

async function pool(cfg: TaskConfig, jobs: number, timeoutMs: number): Promise<Runner> {
  const { Pool } = await import('./pool.js');
  const p = new Pool({ size: jobs, kind: poolKind(), timeoutMs, heapMb: workerHeapMb(), cfg });
  return { run: (task) => p.run(task), close: () => p.close() };
}

/** A one-shot wake-up between the reading and the writing loops. */
class Signal {
  #waiter: (() => void) | undefined;
  wait(): Promise<void> {
    return new Promise((r) => (this.#waiter = r));
  }
  notify(): void {
    const w = this.#waiter;
    this.#waiter = undefined;
    w?.();
  }
}

interface Slot {
  result: Promise<TaskResult>;
  warning?: string;
}

export async function runBatch(units: AsyncIterable<Unit>, opts: BatchOptions): Promise<void> {
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const window = Math.max(1, opts.window ?? 2 * jobs);
  const it = units[Symbol.asyncIterator]();

  // decide in-process or workers: look at most two units ahead
  const ahead: Unit[] = [];
  let ended = false;
  // a batch runs in workers at any -j (a crash, a runaway or an oversized document then costs only itself);
  // a single document runs in-process, which starts faster
  let useWorkers = true;
  if (!opts.eager) {
    for (let i = 0; i < 2 && !ended; i++) {
      const n = await it.next();
      if (n.done) ended = true;
      else ahead.push(n.value);
    }
    if (ended && ahead.filter((u) => 'task' in u).length <= 1) useWorkers = false;
  }
  let runner: Promise<Runner> | undefined;
  const timeoutMs = Math.round(1000 * (opts.timeout ?? 60));
  const getRunner = () => (runner ??= useWorkers ? pool(opts.cfg, jobs, timeoutMs) : Promise.resolve(inProcess(opts.cfg)));

  const start = (u: Unit): Slot =>
    'record' in u
      ? { result: Promise.resolve({ record: u.record }) }
      : { result: getRunner().then((r) => r.run(u.task)), ...(u.warning ? { warning: u.warning } : {}) };

  const queue: Slot[] = [];
  const space = new Signal();
  const work = new Signal();
  let readingDone = false;
  let stopped = false;
  let readError: unknown;

  const reader = (async () => {
    try {
      const next = async (): Promise<IteratorResult<Unit>> => (ahead.length ? { done: false, value: ahead.shift()! } : ended ? { done: true, value: undefined } : it.next());
      for (;;) {
        while (queue.length >= window && !stopped) await space.wait();
        if (stopped) break;
        const n = await next();
        if (n.done || stopped) break;
        queue.push(start(n.value));
        work.notify();
      }
    } catch (e) {
      readError = e;
    } finally {
      readingDone = true;
      work.notify();
    }
  })();

  try {
    for (;;) {
      const slot = queue[0];
      if (!slot) {
        if (readingDone) break;
        await work.wait();
        continue;
      }
      const r = await slot.result;
      queue.shift();
      space.notify();
      const go = await opts.emit(r, slot.warning);
      if (!go) {
        stopped = true;
        space.notify();
        break;
      }
    }
    if (readError) throw readError;
  } finally {
    stopped = true;
    space.notify();
    // let the reader finish unless it is waiting on input we no longer want (stdin)
    if (!readingDone) void it.return?.(undefined).catch(() => {});
    else await reader;
    if (runner) await (await runner).close();
  }
}
