/**
 * The entry of the V8 start-up snapshot (`scripts/build-snapshot.mjs` bundles
 * it with everything it reaches into one CommonJS file, then runs
 * `node --snapshot-blob dist/stance.blob --build-snapshot` on it; see README,
 * "Speed", Start-up). Building the snapshot runs this module once: compromise
 * is loaded, the built-in rules read from their cache, the gazetteer and the
 * word lists built, and one short invented text analysed (which fills the
 * pipeline's lazily built tables). The process's heap is then saved, and a
 * run started from the blob (`bin/stance.js` does this when the blob matches
 * the node binary) begins with all of that in place and goes straight to the
 * command line, or, started by a batch's pool with `--stance-worker`, to
 * serving as one of its worker processes (serve.ts). Not imported by anything else; a run without the blob never
 * loads it.
 */
import { startupSnapshot } from 'node:v8';
import { run } from './run.js';
import { SNAPSHOT_WORKER_ARG } from './worker-arg.js';
import { getNlp } from '../pipeline/nlp.js';
import { builtinRuleSet } from '../rules/load.js';
import { builtinGazetteer } from '../actors/gazetteer.js';
import { analyze } from '../pipeline/index.js';

if (startupSnapshot.isBuildingSnapshot()) {
  getNlp();
  builtinRuleSet();
  builtinGazetteer();
  analyze('Norland refused to hold talks with Ostia. Its foreign minister said they would negotiate if the sanctions were lifted.');
  // the analysing commands' own modules (input reading, views, output; main.ts imports them when a command
  // runs) and the node modules they load (fs/promises, readline): initialised here, they are in
  // the saved heap, and a run does not compile them again (node takes the snapshot once these imports
  // have settled)
  void Promise.all([import('./analyze.js'), import('./color.js')]);
  startupSnapshot.setDeserializeMainFunction(() => {
    // a batch's worker process (pool.ts starts it as `node … --snapshot-blob BLOB -- --stance-worker`);
    // serve.ts is imported now, not at build time (worker-arg.ts says why), before any message can arrive
    if (process.argv[1] === SNAPSHOT_WORKER_ARG && process.send) {
      void import('./serve.js').then(({ serve }) => serve());
      return;
    }
    // started as `node --snapshot-blob BLOB -- ARGS`: argv is [node, ...ARGS]; commander expects [node, script, ...ARGS]
    process.argv.splice(1, 0, process.env.STANCE_SNAPSHOT_SCRIPT ?? 'stance');
    void run();
  });
}
