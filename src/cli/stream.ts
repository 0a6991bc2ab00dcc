/**
 * The batch as a pull stream: `for await (const r of analyzeStream(units, opts))`
 * gets each result in input order; the next document is taken only when the
 * consumer asks for it (runBatch's window bounds what is in flight), and leaving
 * the loop early stops the batch and its workers. The library's analyzeMany and
 * the CLI's analysing commands both read it.
 */
import type { Unit } from './inputs.js';
import { runBatch, type BatchOptions } from './batch.js';
import type { TaskResult } from './task.js';

export interface StreamItem extends TaskResult {
  /** a warning about this input (e.g. its encoding) */
  warning?: string;
}

export async function* analyzeStream(units: AsyncIterable<Unit>, opts: Omit<BatchOptions, 'emit'>): AsyncGenerator<StreamItem> {
  const queue: StreamItem[] = [];
  let wake: (() => void) | undefined;
  let resume: (() => void) | undefined;
  let done = false;
  let stop = false;
  let failure: { error: unknown } | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const batch = runBatch(units, {
    ...opts,
    emit: async (r, warning) => {
      queue.push({ ...r, ...(warning ? { warning } : {}) });
      notify();
      // wait until the consumer has taken it and asks for the next one
      await new Promise<void>((res) => (resume = res));
      return !stop;
    },
  }).then(
    () => {
      done = true;
      notify();
    },
    (error: unknown) => {
      failure = { error };
      done = true;
      notify();
    },
  );
  try {
    for (;;) {
      if (queue.length) {
        yield queue.shift()!;
        const r = resume;
        resume = undefined;
        r?.();
      } else if (done) break;
      else await new Promise<void>((res) => (wake = res));
    }
    if (failure) throw failure.error;
  } finally {
    // the consumer left early (or it all ended): let the batch stop and close its workers
    stop = true;
    const r = resume;
    resume = undefined;
    r?.();
    await batch;
  }
}
