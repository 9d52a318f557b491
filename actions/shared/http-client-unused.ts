// Stands in for @actions/http-client (and with it undici and tunnel) in the bundles of actions that
// make no HTTP requests of their own (tsconfig.json `paths`). @actions/core imports it at load
// time but uses it only in getIDToken (OIDC), and @actions/exec only in getDetails
// (exec-unused.ts); these actions call neither. Left in, the two cost the Docker actions ~10 ms
// of start-up: their own code and the built-ins they load (assert, and child_process where the
// action does not load it anyway) (BENCHMARKS.md, "Docker: build and run").
export class HttpClient {
  constructor() {
    throw new Error('this action makes no HTTP requests: @actions/http-client is left out of its bundle');
  }
}

export class BearerCredentialHandler {}
