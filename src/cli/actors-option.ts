/** `--actors FILE`: the built-in gazetteer merged with a user's file (validated before any input is read). */
import type { ActorOptions } from '../pipeline/actors.js';

export function loadActorOptions(file: string | undefined): ActorOptions | undefined {
  if (!file) return undefined;
  return { gazetteer: loadUserGazetteer(file) };
}

let loadUserGazetteer: (file: string) => NonNullable<ActorOptions['gazetteer']> = () => {
  throw new Error('--actors is not wired yet');
};
export function setGazetteerLoader(f: typeof loadUserGazetteer): void {
  loadUserGazetteer = f;
}
