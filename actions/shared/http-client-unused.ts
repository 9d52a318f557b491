// Stands in for @actions/http-client (and with it undici and tunnel) in the bundles of actions that
// make no HTTP requests of their own (tsconfig.json `paths`). @actions/core loads it only for
// getIDToken (OIDC) and loads @actions/exec only for getDetails (exec-unused.ts); neither is ever
// called. Left in, the two cost the Docker actions ~10 ms of start-up: tls, assert, child_process
// and their own code (BENCHMARKS.md, "Docker: build and run").
export class HttpClient {
  constructor() {
    throw new Error('this action makes no HTTP requests: @actions/http-client is left out of its bundle');
  }
}

export class BearerCredentialHandler {}
