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
  // process.stdin is created on first read (node then sets up a stream for whatever fd 0 is, about 30 ms):
  // only a run that reads stdin asks for it
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
  const code = await main(process.argv, io);
  process.exitCode = code;
}
