/**
 * Worker thread entry (tinypool): one document in, one record out.
 * Compiled to dist/cli/worker.js; --rules/--actors are loaded once per worker.
 */
import { contextFor, renderResult, runTask, type DocTask, type TaskConfig, type TaskResult } from './task.js';

export default async function work({ task, cfg }: { task: DocTask; cfg: TaskConfig }): Promise<TaskResult> {
  return renderResult(await runTask(task, await contextFor(cfg)), cfg.render);
}
