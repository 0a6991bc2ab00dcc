/**
 * Recall of gold actors by the actors stage.
 *
 *   npx tsx scripts/actor-recall.ts ../shared/eval/*.jsonl [--verbose]
 *
 * A gold actor counts as found when some predicted actor's canonical name, or the
 * text of any predicted mention, equals (case-insensitive) the gold name or one
 * of its aliases. Also lists the predicted people that match no gold actor (a
 * rough precision check).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { normalise } from '../src/pipeline/normalise.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { findActors } from '../src/pipeline/actors.js';

interface GoldActor {
  name: string;
  aliases?: string[];
  type: string;
}
interface GoldDoc {
  id?: string;
  text: string;
  actors: GoldActor[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: actor-recall.ts FILE.jsonl…');
  process.exit(2);
}
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

let allFound = 0;
let allGold = 0;
let ms = 0;
for (const file of files) {
  let found = 0;
  let gold = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  for (const [ln, line] of lines.entries()) {
    const doc = JSON.parse(line) as GoldDoc;
    const t0 = performance.now();
    const a = normalise(doc.text);
    const parsed = parseSentences(a, splitSentences(doc.text, a));
    const actors = findActors(doc.text, parsed);
    ms += performance.now() - t0;
    const predicted = new Set<string>();
    for (const x of actors) {
      predicted.add(norm(x.name));
      for (const m of x.mentions) if (m.kind !== 'pronoun') predicted.add(norm(m.text));
    }
    const goldNames = new Set<string>();
    for (const g of doc.actors) {
      const names = [g.name, ...(g.aliases ?? [])].map(norm);
      names.forEach((x) => goldNames.add(x));
      gold++;
      if (names.some((x) => predicted.has(x))) found++;
      else misses.push(`${doc.id ?? `line ${ln + 1}`}: ${g.name} (${g.type})`);
    }
    for (const x of actors)
      if (x.type === 'person' && !goldNames.has(norm(x.name)))
        spurious.push(`${doc.id ?? `line ${ln + 1}`}: ${x.name}`);
    if (verbose) {
      console.log(`# ${doc.id}`);
      for (const x of actors)
        console.log(`  ${x.id} | ${x.name} | ${x.type} | ${x.affiliation} | ${x.mentions.map((m) => m.text).join(', ')}`);
    }
  }
  allFound += found;
  allGold += gold;
  console.log(`${basename(file)}: recall ${(found / gold).toFixed(3)} (${found}/${gold})`);
  for (const m of misses) console.log(`  miss  ${m}`);
  for (const m of spurious) console.log(`  extra person  ${m}`);
}
console.log(`overall: recall ${(allFound / allGold).toFixed(3)} (${allFound}/${allGold}); parse+actors ${ms.toFixed(0)} ms`);
