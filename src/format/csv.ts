/**
 * -f csv and -f tsv: one row per cue, for spreadsheets, pandas and R.
 *
 * CSV is RFC 4180 (written by csv-stringify: fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled, CRLF line ends), UTF-8
 * without a byte-order mark, one header row for the whole run. TSV has the same
 * columns, LF line ends and no quoting: tabs and line breaks inside a field
 * become spaces (a TSV field cannot hold them).
 *
 * Columns: see CSV_COLUMNS. `sentence` is 1-based (as in the table); `start`
 * and `end` are the JSON offsets; `line` and `column` are 1-based.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cue, OutputRecord, StanceDocument } from '../schema/output.js';

export const CSV_COLUMNS = [
  'source',
  'id',
  'date',
  'sentence',
  'type',
  'holder',
  'holder_affiliation',
  'target',
  'trigger',
  'condition',
  'rule',
  'start',
  'end',
  'line',
  'column',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The rows of one document (none for an error record: errors go to stderr). */
export function cueRows(record: OutputRecord, affiliationName?: (id: string) => string | undefined): Record<CsvColumn, string | number>[] {
  if ('error' in record) return [];
  const doc: StanceDocument = record;
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const affiliation = (c: Cue): string => {
    const aff = c.holder ? byId.get(c.holder)?.affiliation : null;
    if (!aff) return '';
    return byId.get(aff)?.name ?? affiliationName?.(aff) ?? aff;
  };
  return doc.cues.map((c) => ({
    source: doc.source,
    id: doc.id ?? '',
    date: doc.date ?? '',
    sentence: c.sentence + 1,
    type: c.type,
    holder: c.holderName ?? '',
    holder_affiliation: affiliation(c),
    target: c.targetName ?? '',
    trigger: c.text,
    condition: c.condition?.text ?? '',
    rule: c.rule,
    start: c.start,
    end: c.end,
    line: c.line,
    column: c.column,
  }));
}

export type Delimited = 'csv' | 'tsv';

const tsvField = (v: string | number) => String(v).replace(/[\t\r\n]+/g, ' ');

/** The text for some rows; `header` adds the header row first. */
export function formatRows(rows: Record<CsvColumn, string | number>[], format: Delimited, header: boolean): string {
  if (format === 'tsv') {
    const lines = rows.map((r) => CSV_COLUMNS.map((k) => tsvField(r[k])).join('\t'));
    if (header) lines.unshift(CSV_COLUMNS.join('\t'));
    return lines.length ? lines.join('\n') + '\n' : '';
  }
  if (!rows.length && !header) return '';
  return stringify(rows, { header, columns: [...CSV_COLUMNS], record_delimiter: 'windows', cast: { number: (n) => String(n) } });
}

/** A renderer for a run: the header before the first document's rows. */
export function delimitedRenderer(format: Delimited, affiliationName?: (id: string) => string | undefined): { head: string; render: (r: OutputRecord) => string } {
  return {
    head: formatRows([], format, true),
    render: (r) => formatRows(cueRows(r, affiliationName), format, false),
  };
}
