/** The table view, for a person at a terminal (first version). */
import type { ChalkInstance } from 'chalk';
import type { OutputRecord } from '../schema/output.js';

export interface TableOptions {
  chalk: ChalkInstance;
  width: number;
}

export function formatTable(record: OutputRecord, { chalk }: TableOptions): string {
  if ('error' in record) return `${chalk.red('error')} ${record.source}: ${record.error.message}\n`;
  const lines: string[] = [];
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  for (const c of record.cues)
    lines.push(`${c.sentence + 1}\t${names.get(c.holder ?? '') ?? '-'}\t${c.type}\t${c.text}`);
  return lines.join('\n') + '\n';
}
