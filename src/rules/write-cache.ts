/** Build step: compile the built-in rules into dist/rules/builtin-rules.cache.json (see load.ts). */
import { writeBuiltinCache } from './load.js';

process.stdout.write(`rules cache: ${writeBuiltinCache()}\n`);
