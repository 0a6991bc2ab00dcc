/**
 * The argument that makes a process started from the start-up snapshot serve as one of a batch's worker
 * processes (pool.ts starts it as `node … --snapshot-blob BLOB -- --stance-worker`; snapshot-entry.ts
 * reads it). A module of its own: the snapshot entry may not load pool.ts or serve.ts when the blob is
 * built, since node:worker_threads loaded then breaks new Worker() in a run from the blob.
 */
export const SNAPSHOT_WORKER_ARG = '--stance-worker';
