// `pnpm bench`: every benchmark, one after the other in one process, with the same options
// (--rounds, --passes, --warmup, --write): the render benchmark (run.ts), then validation
// (validate.ts), then the monthly rewards tally against the fake GitHub (rewards.ts; it runs
// the committed action bundle, so `pnpm build` first), then the module list's submission checks
// and README migration (submissions.ts), then build-module/run-module against the
// real Docker engine (docker.ts; bash test/docker/start-engine.sh first, and it fails without an
// engine), then the rewards dashboard's build and leaderboard (dashboard.ts; the CLI bundle and
// chromium). Each also runs alone: node bench/bundled.mjs bench/<name>.ts.
import './run';
import './validate';
import './rewards';
import './submissions';
import './docker';
import './dashboard';
