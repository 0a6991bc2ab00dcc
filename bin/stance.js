#!/usr/bin/env node
// The installed executable runs the compiled JavaScript in dist/ (npm run build).
// `--version` is answered before anything else is loaded: scripts call it often.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { run } = await import('../dist/cli/run.js');
  await run();
}
