/** Running the built CLI for the reading-the-results tests (explain, filters, CSV, actors, library). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runBin, type Run } from './batch-helpers.js';

export type { Run } from './batch-helpers.js';

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'COLORTERM', 'NODE_OPTIONS', 'STANCE_DEBUG']) delete env[k];
  return { ...env, TERM: 'xterm', ...extra };
}

export function stance(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  return runBin(args, childEnv(opts.env), opts.input ?? '', opts.cwd ?? ROOT);
}

/** A temp folder with the given files. */
export function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stance-reading-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Two invented countries, as an --actors file. */
export const ACTORS_YML = `actors:
  - name: Norland
    type: country
    id: NRL
    demonyms: [Norlandic]
  - name: Vesk
    type: country
    id: VSK
    aliases: [Veskan Republic]
    demonyms: [Veskan]
`;

/** Articles of our own, with invented names (Norland and Vesk come from ACTORS_YML). */
export const ARTICLES = [
  {
    id: 'a1',
    date: '2026-03-10',
    url: 'https://example.org/a1',
    title: 'Norland rejects talks',
    text: 'Norland refused to negotiate with Vesk on Monday.\n\nThe Veskan foreign minister said Vesk was ready to talk if Norland withdrew its troops.',
  },
  {
    id: 'a2',
    date: '2026-05-02',
    url: 'https://example.org/a2',
    title: 'Norland agrees to talks',
    text: 'Norland agreed to hold talks with Vesk next week, officials said.',
  },
];
export const ARTICLES_JSONL = ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n';

/** A folder with the articles (news.jsonl) and the actors file (actors.yml). */
export function corpus(): string {
  return tempFiles({ 'news.jsonl': ARTICLES_JSONL, 'actors.yml': ACTORS_YML });
}

/** Records of `-f jsonl` output. */
export function jsonl<T = Record<string, unknown>>(s: string): T[] {
  return s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
