import { analyze } from '../../src/pipeline/index.js';

/** the name of the holder of the first cue whose text matches `re`, or undefined when no cue matches */
export const holderOf = (text: string, re: RegExp): string | undefined => {
  const doc = analyze(text);
  const c = doc.cues.find((x) => re.test(x.text ?? ''));
  return c ? doc.actors.find((a) => a.id === c.holder)?.name : undefined;
};
