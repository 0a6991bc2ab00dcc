import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn `node bin/stance.js` (built JS in dist/; `npm test` builds first);
    // loading compromise takes about a second per process on a small machine
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // each CLI run is a node process that loads compromise: two at a time suit a 2-core machine
    maxConcurrency: 3,
    // test files share their worker's modules: compromise, the compiled rules and the gazetteer load once per
    // worker instead of once per file (about 4 s each on a 2-core machine; the suite took 450 s, now about 160 s).
    // No test relies on a fresh module state: each passes alone and with the others
    isolate: false,
  },
});
