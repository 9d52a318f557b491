// Stands in for `undici` in this action's bundle (tsconfig.json `paths`). @actions/http-client
// imports undici's ProxyAgent for requests through a proxy, and @actions/core loads http-client
// only for getIDToken (OIDC), which this action never calls. Bundled, undici is 60% of the file
// and more than doubles the action's start-up (bench/validate.ts): ~70 ms to read, compile and run
// its module graph, against ~60 ms for a bare `node -e 0`.
export class ProxyAgent {
  constructor() {
    throw new Error('this action makes no HTTP requests: undici is left out of its bundle');
  }
}
