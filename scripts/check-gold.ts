// Checks a gold JSON Lines file (default fixtures/eval/own.jsonl) against the
// format in ../shared/spec/stance-cues.md:
//  - every cue's evidence is the text between its start and end offsets (when
//    given) and its `occurrence`-th occurrence in the text starts there;
//  - every holder, target and `holders` entry, and every actor affiliation, is
//    the name of an actor declared in the same document;
//  - types, ids and required fields are well formed.
// Usage: npx tsx scripts/check-gold.ts [--loose] [file.jsonl ...]
// --loose: an undeclared holder/target/affiliation name is a warning, not an
// error (the shared gold files list acceptable names that are not always
// declared actors, which the spec allows; own.jsonl is checked strictly).
import { readFileSync } from "node:fs";

const TYPES = new Set(["refusal", "condition", "engagement"]);
const ACTOR_TYPES = new Set(["country", "organization", "person", "group", "region"]);

type Actor = { name: string; aliases?: string[]; type: string; affiliation?: string };
type Cue = {
  type: string; holder: string[]; target?: string[] | null; holders?: string[];
  evidence: string; occurrence?: number; start?: number; end?: number;
  time?: string | null; optional?: boolean;
};
type Doc = { id: string; title?: string; text: string; actors: Actor[]; cues: Cue[] };

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const args = process.argv.slice(2);
const loose = args.includes("--loose");
const files = args.filter((a) => a !== "--loose");
if (files.length === 0) files.push("fixtures/eval/own.jsonl");
let errors = 0;
const warnings: string[] = [];
const fail = (where: string, msg: string) => { errors++; console.error(`${where}: ${msg}`); };
const undeclared = (where: string, msg: string) => (loose ? warnings.push(`${where}: ${msg}`) : fail(where, msg));

for (const file of files) {
  const ids = new Set<string>();
  const counts = { refusal: 0, condition: 0, engagement: 0 };
  let optional = 0, actors = 0, docs = 0;
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where0 = `${file}:${i + 1}`;
    let d: Doc;
    try { d = JSON.parse(line); } catch (e) { fail(where0, `bad JSON: ${e}`); return; }
    const where = `${where0} (${d.id})`;
    docs++;
    if (!d.id || ids.has(d.id)) fail(where, "missing or duplicate id");
    ids.add(d.id);
    if (typeof d.text !== "string" || !d.text) { fail(where, "no text"); return; }
    const names = new Map<string, Actor>();
    for (const a of d.actors ?? []) {
      actors++;
      if (!a.name) { fail(where, "actor without a name"); continue; }
      const key = a.name.toLowerCase();
      if (names.has(key)) fail(where, `actor declared twice: ${a.name}`);
      names.set(key, a);
      if (!ACTOR_TYPES.has(a.type)) fail(where, `actor ${a.name}: bad type ${a.type}`);
      for (const al of a.aliases ?? []) {
        if (!d.text.includes(al)) warnings.push(`${where}: actor ${a.name}: alias not in text: ${JSON.stringify(al)}`);
      }
    }
    for (const a of d.actors ?? []) {
      if (a.affiliation && !names.has(a.affiliation.toLowerCase()))
        undeclared(where, `actor ${a.name}: affiliation ${a.affiliation} is not a declared actor`);
    }
    const known = (n: string) => names.has(n.toLowerCase());
    for (const [k, c] of (d.cues ?? []).entries()) {
      const cw = `${where} cue ${k} ${JSON.stringify(c.evidence)}`;
      if (!TYPES.has(c.type)) fail(cw, `bad type ${c.type}`);
      else counts[c.type as keyof typeof counts]++;
      if (c.optional) optional++;
      if (!Array.isArray(c.holder) || c.holder.length === 0) fail(cw, "holder must be a non-empty list");
      for (const h of c.holder ?? []) if (!known(h)) undeclared(cw, `holder ${h} is not a declared actor`);
      for (const t of c.target ?? []) if (!known(t)) undeclared(cw, `target ${t} is not a declared actor`);
      for (const h of c.holders ?? []) {
        if (!known(h)) undeclared(cw, `holders entry ${h} is not a declared actor`);
        if (!c.holder.includes(h)) fail(cw, `holders entry ${h} is missing from holder`);
      }
      if (c.time != null && c.time !== "past") fail(cw, `bad time ${c.time}`);
      if (!c.evidence) { fail(cw, "empty evidence"); continue; }
      const occ = c.occurrence ?? 1;
      const at = nthIndex(d.text, c.evidence, occ);
      if (at < 0) { fail(cw, `occurrence ${occ} not found in text`); continue; }
      if (c.start !== undefined || c.end !== undefined) {
        if (d.text.slice(c.start, c.end) !== c.evidence)
          fail(cw, `text.slice(${c.start}, ${c.end}) is ${JSON.stringify(d.text.slice(c.start, c.end))}`);
        if (at !== c.start) fail(cw, `occurrence ${occ} starts at ${at}, not at start ${c.start}`);
      }
    }
  });
  const total = counts.refusal + counts.condition + counts.engagement;
  console.log(`${file}: ${docs} documents, ${actors} actors, ${total} cues ` +
    `(refusal ${counts.refusal}, condition ${counts.condition}, engagement ${counts.engagement}; ${optional} optional)`);
}
for (const w of warnings) console.warn(`warning: ${w}`);
if (errors) { console.error(`${errors} problem(s)`); process.exit(1); }
console.log("ok");
