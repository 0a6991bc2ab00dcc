#!/usr/bin/env node
// The installed executable runs the compiled JavaScript in dist/ (npm run build).
// `--version` is answered before anything else is loaded: scripts call it often.
//
// When `npm run build` made a start-up snapshot (dist/stance.blob, see
// scripts/build-snapshot.mjs) for this very node binary and these very dist/
// files, the run is handed to `node --snapshot-blob dist/stance.blob -- ARGS`:
// a second node process, started with compromise, the rules and the gazetteer
// already loaded (README, "Speed"). Anything that does not match (another node,
// a rebuilt dist/ without a new blob, node flags given to this process or in
// NODE_OPTIONS, STANCE_NO_SNAPSHOT=1) means the modules are loaded here, as without a blob.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);

/** the blob's path and the node flags it was built with, when it can be used for this run, else undefined (never throws) */
function snapshotBlob() {
  // (node flags, here or in NODE_OPTIONS, would reach the second process too, and V8 flags can make node refuse the blob)
  if (process.env.STANCE_NO_SNAPSHOT === '1' || process.execArgv.length || process.env.NODE_OPTIONS) return undefined;
  // commands that analyse no text start faster without it (reading the 17 MB blob costs about 0.3 s of CPU)
  if (['rules', 'schema', 'help'].includes(args[0]) || args.includes('--help') || args.includes('-h')) return undefined;
  try {
    const dist = new URL('../dist/', import.meta.url);
    const meta = JSON.parse(readFileSync(new URL('stance.blob.json', dist), 'utf8'));
    if (meta.node !== process.version || meta.v8 !== process.versions.v8 || meta.arch !== process.arch || meta.execPath !== process.execPath) return undefined;
    for (const [file, size, mtimeMs] of meta.files) {
      const s = statSync(new URL(file, dist));
      if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
    }
    const blob = new URL('stance.blob', dist);
    statSync(blob);
    return { blob, flags: Array.isArray(meta.flags) ? meta.flags : [] };
  } catch {
    return undefined;
  }
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const snap = snapshotBlob();
  const res = snap && spawnSync(process.execPath, [...snap.flags, '--snapshot-blob', fileURLToPath(snap.blob), '--', ...args], { stdio: 'inherit' });
  // (14: node could not load the blob, before running any of it; stance's own exit codes are 0-3)
  if (res && !res.error && res.signal) process.kill(process.pid, res.signal);
  else if (res && !res.error && res.status !== null && res.status !== 14) process.exitCode = res.status;
  else {
    const { run } = await import('../dist/cli/run.js');
    await run();
  }
}
