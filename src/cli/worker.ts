/**
 * Worker entry, for a worker thread or a child process forked by the pool
 * (pool.ts); the protocol is serve.ts's. Compiled to dist/cli/worker.js.
 */
import { serve } from './serve.js';

serve();
