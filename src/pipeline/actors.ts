/**
 * Stage 5 — actors. The stage lives in ./actors/ as a sequence of passes (see
 * ./actors/index.ts); this module keeps the stage's public entry points where the
 * other stages import them.
 */
export * from './actors/index.js';
