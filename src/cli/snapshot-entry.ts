/**
 * The entry of the V8 start-up snapshot (`scripts/build-snapshot.mjs` bundles
 * it with everything it reaches into one CommonJS file, then runs
 * `node --snapshot-blob dist/stance.blob --build-snapshot` on it; see README,
 * "Speed", Start-up). Building the snapshot runs this module once: compromise
 * is loaded, the built-in rules read from their cache, the gazetteer and the
 * word lists built, and an invented article analysed (which fills the
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

/**
 * An invented news article analysed while the blob is built: it fills the tables the pipeline builds on
 * first use (among them the rules' patterns parsed for the words met: said, talks, would, not, ready,
 * offer …), so a run's first article finds more of them built. A two-sentence text filled less: one
 * article (fixtures/seed.txt) from the blob took 311-318 ms of CPU after two sentences, 294-307 ms after
 * this one (means of 15), for 1.25 MB more blob.
 */
const WARM_UP = [
  "Norland and Vesk trade blame as port talks stall",
  "",
  "OSTIA, March 3 (Wire) - Norland's government said on Tuesday it would not return to negotiations with Vesk over the disputed harbour until the blockade was lifted, deepening a standoff that has halted shipping for weeks.",
  "",
  "\"We are ready to talk, but not under threat,\" Foreign Minister Ada Holm told reporters in the capital. \"If they withdraw their ships, we will sit down tomorrow.\"",
  "",
  "Vesk's prime minister, Tomas Lind, rejected the demand and accused Norland of stalling. He said his cabinet had offered a ceasefire and was still willing to meet the other side without preconditions.",
  "",
  "The United Nations urged both sides to resume dialogue. A spokesman for the European Union said the bloc welcomed the offer and called on Norland to accept it.",
  "",
  "Dock workers' unions in both countries have threatened to strike unless the governments agree on a plan by the end of the month. The opposition party said it would back any deal that protected jobs.",
  "",
  "Talks collapsed in January after the two delegations failed to agree on a timetable. Officials said a new round could begin in Geneva next week if mediators from Pellar succeed.",
  "",
  "Prices for grain rose 4 percent on Monday, according to figures published by the central bank.",
].join('\n');

if (startupSnapshot.isBuildingSnapshot()) {
  getNlp();
  builtinRuleSet();
  builtinGazetteer();
  analyze(WARM_UP);
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
