// @lilypad-actions/approval-gate: the check a GPU job makes before anything untrusted runs — its
// environment requires reviewers (GitHub REST, the job's own token), or it refuses. The GitHub
// client is handed in (actions/gpu-gate gives it @actions/github's Octokit).
export { checkGpuGate, type GateDecision, type GateOptions, type GateServices } from './gate';
export { readEnvironmentProtection, type EnvironmentProtection, type GitHubRest, type ReadOptions } from './environment-protection';
export { eventFacts, type EventFacts } from './event-facts';
export { GpuGateRefusal, type RefusalCode } from './errors';
