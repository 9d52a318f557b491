import type { GenerateOptions } from './generate';

/**
 * The generated differential suite: fixed seed, fixed sizes. DIFF_SEED / DIFF_SCALE override them
 * for exploring (e.g. DIFF_SEED=7 DIFF_SCALE=4); a mismatch found that way reproduces with the same pair.
 */
const scale = Number(process.env.DIFF_SCALE ?? 1);
export const GENERATE_OPTIONS: GenerateOptions = {
  seed: Number(process.env.DIFF_SEED ?? 20240324),
  engine: Math.round(3200 * scale),
  stringmap: Math.round(500 * scale),
  malformed: Math.round(900 * scale),
  lilypad: Math.round(700 * scale),
};
