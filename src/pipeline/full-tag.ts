/**
 * STANCE_FULL_TAG=1 (any value but '' and '0'): every sentence through
 * compromise's full tagger, as `--full-tag` does (see cue-skeleton.ts for the
 * default, selective tagging). A module of its own so the CLI can read it
 * without loading the pipeline.
 */
export function fullTagFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.STANCE_FULL_TAG;
  return !!v && v !== '0';
}
