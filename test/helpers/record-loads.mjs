// Preloaded with `node --import` by test/cli.test.ts: appends every module URL
// the process resolves to the file named by STANCE_TEST_LOADS (one a line).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.STANCE_TEST_LOADS) appendFileSync(process.env.STANCE_TEST_LOADS, r.url + '\\n');
  return r;
}`),
);
