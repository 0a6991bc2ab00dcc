/** Development entry: the CLI run from the TypeScript sources with tsx (`npm run dev -- ARGS`). */
import { run } from './run.js';

await run();
