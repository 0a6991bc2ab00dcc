#!/usr/bin/env node
/**
 * Build the V8 start-up snapshot of the CLI (run by `npm run build`, after tsc
 * and the rules cache). See README, "Speed", Start-up.
 *
 *   node scripts/build-snapshot.mjs        # writes dist/stance.blob and dist/stance.blob.json
 *
 * 1. esbuild bundles dist/cli/snapshot-entry.js and everything it reaches
 *    (compromise, commander, zod, the pipeline, the dynamic imports of the
 *    commands) into one CommonJS file, dist/stance-snapshot.cjs (kept: stack
 *    traces of a run from the blob point into it): a snapshot's
 *    entry may only require Node's built-in modules. Each module's
 *    `import.meta.url` becomes its own dist/ file's URL, so the paths it derives
 *    (package.json, the rule files, worker.js, and the createRequire of yaml and
 *    the HTML libraries, loaded from node_modules only when an input needs them)
 *    are those of this build; so does each dependency's (fdir, under tinyglobby,
 *    makes a require from it). compromise, which nlp.js loads through
 *    createRequire, is bundled instead.
 * 2. `node --snapshot-blob dist/stance.blob --build-snapshot` runs the bundle
 *    (snapshot-entry.ts loads and warms everything) and saves the heap.
 * 3. dist/stance.blob.json records what the blob is tied to: the node binary
 *    (execPath, version, arch, V8 version), the node flags it was built with
 *    (FLAGS, given again to every run from it) and the dist/ files bundled (size
 *    and modification time). bin/stance.js uses the blob only when all of them
 *    still match, and otherwise runs the modules as before.
 *
 * The snapshot only speeds up start-up, so a failure here is a warning, never a
 * failed build: any old blob is removed and the CLI runs without one.
 * STANCE_NO_SNAPSHOT=1 skips the build (and, at run time, the use) of the blob.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const blob = join(dist, 'stance.blob');
const meta = join(dist, 'stance.blob.json');
const bundle = join(dist, 'stance-snapshot.cjs');

/**
 * node flags the blob is built with, and which every run from it must repeat (node refuses a blob whose
 * heap flags differ): the heap limit of a batch's worker processes (batch.ts, DEFAULT_WORKER_HEAP_MB), so
 * that they can start from the blob too (pool.ts); the main process gets the same limit.
 */
const FLAGS = ['--max-old-space-size=2048'];

function removeOld() {
  for (const f of [blob, meta, bundle]) rmSync(f, { force: true });
}

/**
 * each module's import.meta.url (ours in dist/, and ES modules of dependencies such as fdir, which
 * createRequire from it) is its own file's URL; nlp.js gets compromise bundled
 */
const metaUrls = {
  name: 'stance-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.m?js$/ }, (args) => {
      let src = readFileSync(args.path, 'utf8');
      if (relative(dist, args.path).split(/[\\/]/).join('/') === 'pipeline/nlp.js') {
        // only the loading changes: the rest of getNlp (its lexicon changes) runs as in dist/, or a run from the
        // blob would tag differently from one without it
        const loader = /const require = createRequire\(import\.meta\.url\);\s*(\w+) = require\('compromise'\)/;
        if (!loader.test(src)) throw new Error('dist/pipeline/nlp.js no longer loads compromise with createRequire: update build-snapshot.mjs');
        src = `import nlpLib from 'compromise';\n${src.replace(/^import \{ createRequire \} from 'node:module';\n/m, '').replace(loader, '$1 = nlpLib')}`;
      } else if (!src.includes('import.meta')) return undefined;
      return { contents: src.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(dist, 'cli', 'snapshot-entry.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    plugins: [metaUrls],
    metafile: true,
    logLevel: 'error',
  });
  // any other use of import.meta would be an empty object in the bundle: refuse to build a blob that breaks a path
  const left = readFileSync(bundle, 'utf8').match(/import_meta\d*\.\w+/g);
  if (left) throw new Error(`import.meta left in the bundle: ${[...new Set(left)].join(', ')}`);
  const res = spawnSync(process.execPath, ['--no-warnings', ...FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.status !== 0) throw new Error(`node --build-snapshot exited with ${res.status ?? res.signal}: ${(res.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  // the dist/ files in the blob: a later tsc build that changes any of them makes the blob stale
  const files = Object.keys(result.metafile.inputs)
    .map((p) => resolve(root, p))
    .filter((p) => p.startsWith(dist + '/') || p.startsWith(dist + '\\'))
    .map((p) => {
      const s = statSync(p);
      return [relative(dist, p).split(/[\\/]/).join('/'), s.size, s.mtimeMs];
    });
  // and what the warmed state was read from: the caches, and the files they are keyed by
  const src = join(root, 'src');
  const read = [
    ...['rules/builtin-rules.cache.json', 'actors/words.cache.json'].map((f) => join(dist, f)),
    ...readdirSync(join(src, 'rules')).filter((f) => f.endsWith('.yml')).map((f) => join(src, 'rules', f)),
    join(src, 'actors', 'words.yml'),
  ];
  for (const p of read) {
    const s = statSync(p);
    files.push([relative(dist, p).split(/[\\/]/).join('/'), s.size, s.mtimeMs]);
  }
  writeFileSync(meta, JSON.stringify({ node: process.version, v8: process.versions.v8, arch: process.arch, execPath: process.execPath, flags: FLAGS, files }) + '\n');
  return statSync(blob).size;
}

removeOld();
if (process.env.STANCE_NO_SNAPSHOT === '1') {
  process.stdout.write('start-up snapshot: skipped (STANCE_NO_SNAPSHOT=1)\n');
} else {
  try {
    const size = await build();
    process.stdout.write(`start-up snapshot: ${blob} (${(size / 1e6).toFixed(1)} MB, node ${process.version})\n`);
  } catch (e) {
    removeOld();
    process.stderr.write(`start-up snapshot: not built (the CLI runs without it): ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
