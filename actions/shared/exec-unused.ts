// Stands in for @actions/exec in the bundles of actions that run no commands through it
// (tsconfig.json `paths`; see http-client-unused.ts for why).
export function getExecOutput(): never {
  throw new Error('this action runs no commands through @actions/exec: it is left out of its bundle');
}
