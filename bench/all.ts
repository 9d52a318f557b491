// `pnpm bench`: every benchmark, one after the other in one process, with the same options
// (--rounds, --passes, --warmup, --write): the render benchmark (run.ts), then validation
// (validate.ts). Each also runs alone: node bench/bundled.mjs bench/<name>.ts.
import './run';
import './validate';
