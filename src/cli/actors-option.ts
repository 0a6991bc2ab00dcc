/** `--actors FILE`: the built-in gazetteer merged with a user's file, validated before any input is read. */
import type { ActorOptions } from '../pipeline/actors.js';
import { builtinGazetteer, loadActorFile, mergeGazetteer } from '../schema/actors.js';

export function loadActorOptions(file: string | undefined): ActorOptions | undefined {
  if (!file) return undefined;
  return { gazetteer: mergeGazetteer(builtinGazetteer(), loadActorFile(file)) };
}
