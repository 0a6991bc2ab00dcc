/**
 * Output of `stance actors`: a table on a terminal, JSON (one array), CSV/TSV
 * (one row per actor).
 *
 *   actor            type     docs  ment  eng ref cond  targets · history
 *   Norland          country     2     4    1   1    ·  Vesk (2) · refused in March 2026, engaged in May 2026
 */
import type { ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import stringWidth from 'string-width';
import type { ActorRollup } from '../schema/output.js';
import { truncate } from './table.js';
import { total } from './rollup.js';

const GAP = '  ';
const pad = (s: string, w: number, right = false) => {
  const t = truncate(s, w);
  const fill = ' '.repeat(Math.max(0, w - stringWidth(t)));
  return right ? fill + t : t + fill;
};
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim(); // eslint-disable-line no-control-regex

export function targetsText(a: ActorRollup, max = 3): string {
  const ts = a.targets.slice(0, max).map((t) => `${t.name} (${total(t.cues)})`);
  if (a.targets.length > max) ts.push(`+${a.targets.length - max}`);
  return ts.join(', ');
}

export function formatActorsTable(actors: ActorRollup[], { chalk, width }: { chalk: ChalkInstance; width: number }): string {
  if (!actors.length) return chalk.dim('no actors') + '\n';
  const w = Math.max(40, Math.floor(width) || 80);
  const nameW = Math.max(5, Math.min(Math.max(...actors.map((a) => stringWidth(clean(a.name)))), Math.floor(w * 0.3)));
  const typeW = 12;
  const fixed = nameW + GAP.length + typeW + GAP.length + 4 + 1 + 4 + GAP.length + 12;
  const restW = w - fixed - GAP.length;
  const head = `${pad('actor', nameW)}${GAP}${pad('type', typeW)}${GAP}${pad('docs', 4, true)} ${pad('ment', 4, true)}${GAP}${chalk.green('eng')} ${chalk.red('ref')} ${chalk.yellow('cond')}`;
  const lines = [chalk.dim(restW >= 10 ? `${head}${GAP}targets · history` : head)];
  for (const a of actors) {
    const nums = [a.cues.engagement, a.cues.refusal, a.cues.condition].map((n, i) => pad(n ? String(n) : '·', [3, 3, 4][i]!, true)).join(' ');
    let line = `${pad(clean(a.name), nameW)}${GAP}${pad(a.type + (a.known ? '' : '?'), typeW)}${GAP}${pad(String(a.documents), 4, true)} ${pad(String(a.mentions), 4, true)}${GAP}${nums}`;
    const rest = [targetsText(a), a.history ?? ''].filter(Boolean).join(' · ');
    if (restW >= 10 && rest) line += GAP + truncate(clean(rest), restW);
    lines.push(line);
  }
  const unknown = actors.filter((a) => !a.known).length;
  lines.push('', chalk.dim(truncate(`${actors.length} actors${unknown ? ` (${unknown} not in the gazetteer, marked ?)` : ''}`, w)));
  return lines.join('\n') + '\n';
}

export function formatActorsJson(actors: ActorRollup[]): string {
  return JSON.stringify(actors, null, 2) + '\n';
}

export const ACTOR_COLUMNS = [
  'id', 'name', 'type', 'affiliation', 'known', 'documents', 'mentions', 'engagement', 'refusal', 'condition', 'targets',
  'engagement_first', 'engagement_last', 'refusal_first', 'refusal_last', 'condition_first', 'condition_last', 'history',
] as const;

export function formatActorsDelimited(actors: ActorRollup[], format: 'csv' | 'tsv'): string {
  const rows = actors.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    affiliation: a.affiliationName ?? a.affiliation ?? '',
    known: String(a.known),
    documents: String(a.documents),
    mentions: String(a.mentions),
    engagement: String(a.cues.engagement),
    refusal: String(a.cues.refusal),
    condition: String(a.cues.condition),
    targets: a.targets.map((t) => `${t.name} (${total(t.cues)})`).join('; '),
    engagement_first: a.dates.engagement?.first ?? '',
    engagement_last: a.dates.engagement?.last ?? '',
    refusal_first: a.dates.refusal?.first ?? '',
    refusal_last: a.dates.refusal?.last ?? '',
    condition_first: a.dates.condition?.first ?? '',
    condition_last: a.dates.condition?.last ?? '',
    history: a.history ?? '',
  }));
  if (format === 'tsv') {
    const field = (v: string) => v.replace(/[\t\r\n]+/g, ' ');
    return [ACTOR_COLUMNS.join('\t'), ...rows.map((r) => ACTOR_COLUMNS.map((k) => field(r[k])).join('\t'))].join('\n') + '\n';
  }
  return stringify(rows, { header: true, columns: [...ACTOR_COLUMNS], record_delimiter: 'windows' });
}
