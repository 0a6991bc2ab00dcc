/**
 * Build step: compile the built-in rules into dist/rules/builtin-rules.cache.json (see load.ts),
 * and the actors stage's word lists into dist/actors/words.cache.json (see ../actors/words.ts).
 */
import { writeBuiltinCache } from './load.js';
import { writeWordsCache } from '../actors/words.js';

process.stdout.write(`rules cache: ${writeBuiltinCache()}\n`);
process.stdout.write(`word lists cache: ${writeWordsCache()}\n`);
