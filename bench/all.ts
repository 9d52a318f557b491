// `pnpm bench`: every benchmark, one after the other in one process, with the same options
// (--rounds, --passes, --warmup, --write): the render benchmark (run.ts), then validation
// (validate.ts), then the monthly rewards tally against the fake GitHub (rewards.ts; it runs
// the committed action bundle, so `pnpm build` first). Each also runs alone: node bench/bundled.mjs bench/<name>.ts.
import './run';
import './validate';
import './rewards';
