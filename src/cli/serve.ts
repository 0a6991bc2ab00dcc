/**
 * A batch worker's side of the pool's protocol (pool.ts), for a worker thread
 * or a child process. First { init: cfg }: the worker loads the pipeline, the
 * built-in rules and --rules/--actors, and answers { ready: true } (so a
 * document's time limit does not include the worker's start-up); then
 * { id, task, cfg } in, { id, result } out, one document at a time.
 *
 * `serve()` is called by worker.ts (a worker thread, or a process forked from
 * it) and by the start-up snapshot's main function (snapshot-entry.ts: a worker
 * process started from dist/stance.blob, with the pipeline already loaded).
 *
 * Test-only: STANCE_TEST_FAULT=<kind>:<marker> makes the worker misbehave on a
 * document whose text contains <marker>, so that the tests can show what the
 * batch does then: `exit` (process.exit), `throw` (an uncaught exception),
 * `oom` (allocates until its heap is exhausted), `hang` (never answers). Unset,
 * it costs one environment look-up per worker. (Read when the worker starts,
 * never when the module is loaded: a snapshot loads it at build time.)
 */
import { parentPort } from 'node:worker_threads';
import { contextFor, renderResult, runTask, type DocTask, type TaskConfig } from './task.js';
import { tuneV8, tuneWorkerV8 } from './v8-flags.js';

interface Request {
  id: number;
  task: DocTask;
  cfg: TaskConfig;
}

type Fault = RegExpExecArray | null;

function misbehave(kind: string): void {
  if (kind === 'exit') process.exit(70);
  if (kind === 'throw') setImmediate(() => {
    throw new Error('test fault: an uncaught exception');
  });
  if (kind === 'oom') {
    const hoard: unknown[] = [];
    for (;;) hoard.push(new Array(1 << 16).fill({ x: hoard.length }));
  }
  if (kind === 'hang') for (;;);
}

async function init(cfg: TaskConfig): Promise<void> {
  const [{ getNlp }, { builtinRuleSet }] = await Promise.all([import('../pipeline/nlp.js'), import('../rules/load.js'), import('../pipeline/index.js')]);
  getNlp();
  builtinRuleSet();
  await contextFor(cfg);
}

async function handle(m: Request | { init: TaskConfig }, fault: Fault, reply: (m: unknown) => void): Promise<void> {
  if ('init' in m) {
    await init(m.init);
    reply({ ready: true });
    return;
  }
  const { id, task, cfg } = m;
  if (fault && task.text.includes(fault[2]!)) {
    misbehave(fault[1]!);
    if (fault[1] === 'throw') return;
  }
  reply({ id, result: renderResult(await runTask(task, await contextFor(cfg)), cfg.render) });
}

/** Answer the pool's messages: on the parent port (a worker thread) or the IPC channel (a child process). */
export function serve(): void {
  const fault = /^(exit|throw|oom|hang):(.+)$/s.exec(process.env.STANCE_TEST_FAULT ?? '');
  tuneWorkerV8();
  if (parentPort) {
    const port = parentPort;
    port.on('message', (m: Request | { init: TaskConfig }) => void handle(m, fault, (r) => port.postMessage(r)));
  } else if (process.send) {
    // a child process: V8_FLAGS come on its command line (tuneV8 is a no-op for those), the run-time ones are set here
    tuneV8();
    process.on('message', (m: Request | { init: TaskConfig }) => void handle(m, fault, (r) => process.send!(r as never)));
    process.on('disconnect', () => process.exit(0));
  }
}
