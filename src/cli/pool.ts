/**
 * The workers of a batch: `size` worker threads (or child processes), each
 * analysing one document at a time.
 *
 * Isolation: a worker that dies costs only the document it held. It may die of
 * an uncaught exception or `process.exit` (WORKER_CRASH), of running out of its
 * heap (OUT_OF_MEMORY: each worker has a heap limit of its own, `heapMb`, so one
 * oversized document cannot take the whole process down), or be killed because
 * its document ran longer than `timeoutMs` (TIMEOUT). That document gets an
 * error record, the dead worker is replaced when there is work for it, and the
 * other documents are not affected. (An exception inside the pipeline never
 * gets this far: runTask turns it into an INTERNAL record in the worker.)
 *
 * Threads or processes (`kind`): both speak the same protocol (serve.ts), { id, task } in,
 * { id, result } out; `npm run bench` measures both (README, "Speed"). A worker
 * process starts from the start-up snapshot (dist/stance.blob) when this process
 * runs from it and the workers' heap limit is the blob's (snapshotForWorkers),
 * with compromise, the rules and the gazetteer already loaded; else it is forked
 * from worker.js, which loads them.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { errorRecord, type DocTask, type TaskConfig, type TaskResult } from './task.js';
import { V8_FLAGS } from './v8-flags.js';
import { SNAPSHOT_WORKER_ARG } from './worker-arg.js';

/** processes: started from the start-up snapshot when this process runs from one, else forked from worker.js; fork: always forked */
export type PoolKind = 'threads' | 'processes' | 'fork';

export interface PoolOptions {
  size: number;
  kind: PoolKind;
  /** per-document time limit in ms (0: none) */
  timeoutMs: number;
  /** each worker's heap limit (V8 old space) in MB */
  heapMb: number;
  cfg: TaskConfig;
}

/** Why a worker ended without answering. */
interface Death {
  code: 'WORKER_CRASH' | 'OUT_OF_MEMORY';
  detail: string;
}

/** One worker, thread or process, behind the same small interface. */
interface Handle {
  send(msg: unknown): void;
  kill(): void;
  /** resolves when the worker has ended (after kill(), or by itself) */
  ended: Promise<void>;
}

/** a worker's answers: ready (after loading the pipeline and the user's files), or a document's result */
type Reply = { ready: true } | { id: number; result: TaskResult };
type OnMessage = (msg: Reply) => void;
type OnDeath = (d: Death) => void;

const workerUrl = (): URL => {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here);
};

function threadHandle(heapMb: number, onMessage: OnMessage, onDeath: OnDeath): Handle {
  const w = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: false, stderr: false });
  let error: Error | undefined;
  w.on('message', onMessage);
  w.on('error', (e) => (error = e));
  const ended = new Promise<void>((resolve) =>
    w.on('exit', (code) => {
      const oom = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      onDeath({
        code: oom ? 'OUT_OF_MEMORY' : 'WORKER_CRASH',
        detail: oom ? 'the worker ran out of memory' : error ? `the worker died: ${error.message.split('\n')[0]}` : `the worker exited (code ${code})`,
      });
      resolve();
    }),
  );
  return { send: (m) => w.postMessage(m), kill: () => void w.terminate(), ended };
}

/** worker processes still running: none may outlive the run (process.exit on a closed pipe, say), least of all a runaway one */
const liveChildren = new Set<ChildProcess>();
let exitHook = false;

/**
 * The parent's node flags a worker process inherits: not its heap limit (each worker gets its own), nor a
 * start-up snapshot (added back by snapshotForWorkers when a worker can start from it).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '--snapshot-blob') i++;
    else if (!a.startsWith('--max-old-space-size') && !a.startsWith('--snapshot-blob=')) out.push(a);
  }
  return out;
}

/**
 * The start-up snapshot this process runs from, when a worker process can start from it too: the blob's
 * path and its node flags (node refuses a blob unless --max-old-space-size is the one it was built with,
 * so only when that is the workers' heap limit).
 */
export function snapshotForWorkers(execArgv: readonly string[], heapMb: number): string[] | undefined {
  let blob: string | undefined;
  let heap: string | undefined;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '--snapshot-blob') blob = execArgv[++i];
    else if (a.startsWith('--snapshot-blob=')) blob = a.slice('--snapshot-blob='.length);
    else if (a.startsWith('--max-old-space-size=')) heap = a;
  }
  if (!blob || heap !== `--max-old-space-size=${heapMb}`) return undefined;
  return [heap, '--snapshot-blob', blob];
}

let snapshotRefused = false;


function processHandle(heapMb: number, onMessage: OnMessage, onDeath: OnDeath, fromSnapshot: boolean): Handle {
  const inherited = workerExecArgv(process.execArgv);
  const snapshot = snapshotRefused || !fromSnapshot ? undefined : snapshotForWorkers(process.execArgv, heapMb);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const child of liveChildren) child.kill('SIGKILL');
    });
  }
  // from the snapshot: compromise, the rules and the gazetteer already loaded; else worker.js loads them
  const c: ChildProcess = snapshot
    ? spawn(process.execPath, [...inherited, ...V8_FLAGS, ...snapshot, '--', SNAPSHOT_WORKER_ARG], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    : fork(workerUrl(), [], { execArgv: [...inherited, ...V8_FLAGS, `--max-old-space-size=${heapMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let tail = '';
  c.stderr?.on('data', (b: Buffer) => (tail = (tail + b.toString('utf8')).slice(-4000)));
  c.on('message', onMessage as (m: unknown) => void);
  liveChildren.add(c);
  const ended = new Promise<void>((resolve) => {
    let done = false;
    const die = (d: Death) => {
      if (done) return;
      done = true;
      liveChildren.delete(c);
      onDeath(d);
      resolve();
    };
    c.on('exit', (code, signal) => {
      // 14: node refused the blob (a V8 flag it was not built with): later workers are forked from worker.js
      if (snapshot && code === 14) snapshotRefused = true;
      const oom = /heap out of memory|allocation failed/i.test(tail);
      die({
        code: oom ? 'OUT_OF_MEMORY' : 'WORKER_CRASH',
        detail: oom ? 'the worker ran out of memory' : `the worker exited (${signal ? `signal ${signal}` : `code ${code}`})`,
      });
    });
    // a send to a worker that has just died fails here (its exit follows); a worker that never started has no exit
    c.on('error', (e) => {
      if (c.pid === undefined) die({ code: 'WORKER_CRASH', detail: `the worker could not start: ${e.message}` });
    });
  });
  return { send: (m) => c.send(m as never), kill: () => void c.kill('SIGKILL'), ended };
}

interface Job {
  id: number;
  task: DocTask;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  handle: Handle;
  /** the worker has loaded the pipeline: a document's time limit runs from when it gets the document */
  ready: boolean;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
  /** set once the worker has ended or been told to */
  dead: boolean;
}

export class Pool {
  readonly #opts: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 0;
  #closed = false;
  /** workers that died before they were ready, in a row */
  #failedStarts = 0;

  constructor(opts: PoolOptions) {
    this.#opts = opts;
  }

  run(task: DocTask): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, task, resolve });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = [...this.#slots];
    for (const s of slots) this.#retire(s);
    await Promise.all(slots.map((s) => s.handle.ended));
  }

  /** Give queued documents to idle workers, starting workers up to `size`. */
  #dispatch(): void {
    if (this.#closed) return;
    if (this.#failedStarts >= 3) {
      // the workers cannot even start: nothing would ever run
      for (const job of this.#queue.splice(0))
        job.resolve({ record: errorRecord(job.task.source, 'WORKER_CRASH', 'no worker could start to analyse this document', job.task.id) });
      return;
    }
    while (this.#queue.length && this.#slots.length < this.#opts.size && this.#slots.filter((s) => !s.ready).length < this.#queue.length) this.#spawn();
    for (const slot of this.#slots) {
      if (!this.#queue.length) return;
      if (slot.job || slot.dead || !slot.ready) continue;
      const job = this.#queue.shift()!;
      slot.job = job;
      if (this.#opts.timeoutMs > 0) slot.timer = setTimeout(() => this.#timeout(slot!), this.#opts.timeoutMs);
      slot.handle.send({ id: job.id, task: job.task, cfg: this.#opts.cfg });
    }
  }

  #spawn(): Slot {
    const slot: Slot = { handle: undefined as unknown as Handle, ready: false, job: undefined, timer: undefined, dead: false };
    const onMessage: OnMessage = (m) => {
      if ('ready' in m) {
        slot.ready = true;
        this.#failedStarts = 0;
      } else if (slot.job?.id === m.id) this.#finish(slot, m.result);
      this.#dispatch();
    };
    const onDeath: OnDeath = (d) => {
      const job = slot.job;
      if (!slot.ready && !slot.dead) this.#failedStarts++;
      this.#retire(slot);
      if (job) job.resolve({ record: errorRecord(job.task.source, d.code, `${d.detail} while analysing this document`, job.task.id) });
      this.#dispatch();
    };
    const { kind, heapMb } = this.#opts;
    slot.handle = kind === 'threads' ? threadHandle(heapMb, onMessage, onDeath) : processHandle(heapMb, onMessage, onDeath, kind === 'processes');
    slot.handle.send({ init: this.#opts.cfg });
    this.#slots.push(slot);
    return slot;
  }

  #finish(slot: Slot, result: TaskResult): void {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    job.resolve(result);
  }

  /** The document ran too long: its worker is killed, the document gets a TIMEOUT record. */
  #timeout(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    this.#retire(slot);
    const secs = this.#opts.timeoutMs / 1000;
    job.resolve({ record: errorRecord(job.task.source, 'TIMEOUT', `analysis took longer than --timeout (${secs} s); the document was abandoned`, job.task.id) });
    this.#dispatch();
  }

  /** Take a worker out of the pool (and end it); its job, if any, is the caller's to settle. */
  #retire(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    if (!slot.dead) {
      slot.dead = true;
      slot.handle.kill();
    }
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
  }
}
