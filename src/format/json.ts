/**
 * JSON and JSON Lines output.
 *
 * `json`: one pretty-printed object per document (several documents form a
 * stream of objects that `jq` reads as is). `jsonl`: one compact line per
 * document. Each record is a StanceDocument or an ErrorRecord (see
 * ../schema/output.ts); field order is fixed by the pipeline, so the output is
 * deterministic.
 */
import type { OutputRecord } from '../schema/output.js';

export function formatJson(record: OutputRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

export function formatJsonl(record: OutputRecord): string {
  return JSON.stringify(record) + '\n';
}
