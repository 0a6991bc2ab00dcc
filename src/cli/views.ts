/**
 * What the analysing commands print: per record (json, jsonl, table, csv, tsv,
 * explain) or once at the end (actors). Filters (--type, --holder, --rule) are
 * applied here, on the main thread, to every view; without one, json and jsonl
 * are rendered in the worker threads instead (a string crosses threads far
 * cheaper than an object graph).
 */
import type { ChalkInstance } from 'chalk';
import type { Gazetteer } from '../actors/gazetteer.js';
import type { CueFilter, OutputRecord } from '../schema/output.js';
import { filterDocument, isEmptyFilter } from '../format/filter.js';
import { formatJson, formatJsonl } from '../format/json.js';
import type { AnalyzeCliOptions } from './main.js';
import type { ViewName } from './analyze.js';

export interface View {
  /** printed before the first record (a CSV header) */
  head?: string;
  render(r: OutputRecord): string;
  /** printed after the last record (the actors roll-up) */
  end?(): string;
  /** render json/jsonl in the workers */
  workerRender?: 'json' | 'jsonl';
  /** --rule ids that name no rule */
  unknownRules?: string[];
}

export interface ViewContext {
  chalk: ChalkInstance;
  width: number;
  isTTY: boolean;
  gazetteer?: Gazetteer;
}

async function unknownRuleIds(ids: string[] | undefined, ruleFiles: string[]): Promise<string[]> {
  if (!ids?.length) return [];
  const { loadRules } = await import('../rules/load.js');
  const known = new Set(loadRules({ extraFiles: ruleFiles }).map((r) => r.key));
  return ids.filter((id) => !known.has(id));
}

export async function makeView(name: ViewName, opts: AnalyzeCliOptions, ctx: ViewContext): Promise<View> {
  const filter: CueFilter = {
    ...(opts.type ? { type: opts.type } : {}),
    ...(opts.holder !== undefined ? { holder: opts.holder } : {}),
    ...(opts.rule ? { rule: opts.rule } : {}),
  };
  const { builtinGazetteer } = await import('../actors/gazetteer.js');
  const gazetteer = ctx.gazetteer ?? builtinGazetteer();
  const narrow = (r: OutputRecord): OutputRecord => ('error' in r ? r : filterDocument(r, filter, gazetteer));
  const unknownRules = await unknownRuleIds(opts.rule, opts.rules);
  const base = { unknownRules };
  const format = opts.format ?? (ctx.isTTY ? 'table' : 'json');

  if (name === 'explain') {
    const { formatExplain } = await import('../format/explain.js');
    return { ...base, render: (r) => formatExplain(narrow(r), ctx) };
  }
  if (name === 'actors') {
    const [{ Rollup }, fmt] = await Promise.all([import('../format/rollup.js'), import('../format/actors.js')]);
    const rollup = new Rollup();
    return {
      ...base,
      render: (r) => {
        const n = narrow(r);
        if (!('error' in n)) rollup.add(n);
        return '';
      },
      end: () => {
        const actors = rollup.result(!!opts.unknown);
        if (format === 'json' || format === 'jsonl') return fmt.formatActorsJson(actors);
        if (format === 'csv' || format === 'tsv') return fmt.formatActorsDelimited(actors, format);
        return fmt.formatActorsTable(actors, ctx);
      },
    };
  }
  const filtered = !isEmptyFilter(filter);
  if (format === 'json' || format === 'jsonl') {
    const fmt = format === 'json' ? formatJson : formatJsonl;
    return filtered ? { ...base, render: (r) => fmt(narrow(r)) } : { ...base, render: fmt, workerRender: format };
  }
  if (format === 'csv' || format === 'tsv') {
    const { delimitedRenderer } = await import('../format/csv.js');
    const byId = new Map(gazetteer.entries.map((e) => [e.id, e.name]));
    const d = delimitedRenderer(format, (id) => byId.get(id));
    return { ...base, head: d.head, render: (r) => d.render(narrow(r)) };
  }
  const { formatTable } = await import('../format/table.js');
  return { ...base, render: (r) => formatTable(narrow(r), ctx) };
}
