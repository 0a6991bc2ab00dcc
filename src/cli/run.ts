/** Process glue: real streams, a quiet end on a closed pipe, the exit code. */
import { main } from './main.js';
import { tuneV8 } from './v8-flags.js';

export async function run(): Promise<void> {
  tuneV8();
  // `stance … | head`: a closed pipe ends the run quietly, with success
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const code = await main(process.argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
  process.exitCode = code;
}
