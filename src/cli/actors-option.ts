/** `--actors FILE` (repeatable): the built-in gazetteer merged with each user file in turn, validated before any input is read. */
import type { ActorOptions } from '../pipeline/actors.js';
import { builtinGazetteer, loadActorFile, mergeGazetteer } from '../schema/actors.js';

export function loadActorOptions(files: string | readonly string[] | undefined): ActorOptions | undefined {
  const list = files === undefined ? [] : typeof files === 'string' ? [files] : files;
  if (!list.length) return undefined;
  let gazetteer = builtinGazetteer();
  for (const f of list) gazetteer = mergeGazetteer(gazetteer, loadActorFile(f));
  return { gazetteer };
}
