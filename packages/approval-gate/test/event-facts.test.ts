// Where a run's code comes from, as the event payloads GitHub writes say it (field names and shapes
// as in GitHub's webhook payloads: pull_request.head.repo.full_name/fork, workflow_run.head_repository).
import { describe, expect, test } from 'vitest';
import { eventFacts } from '../src/event-facts';

const REPO = 'lilypad-tech/sdxl-module';
const pr = (head: unknown, number = 7) => ({ pull_request: { number, head: { ref: 'feature', repo: head } }, repository: { full_name: REPO } });

describe('eventFacts', () => {
  test.each([
    ['a branch of this repository', 'pull_request', pr({ full_name: REPO, fork: false }), false, /pull request #7 comes from a branch of lilypad-tech\/sdxl-module/],
    ['the same repository, spelled in another case', 'pull_request', pr({ full_name: 'Lilypad-Tech/SDXL-Module', fork: false }), false, /a branch of/],
    ['another repository', 'pull_request', pr({ full_name: 'mallory/sdxl-module', fork: true }), true, /comes from mallory\/sdxl-module, not lilypad-tech\/sdxl-module/],
    ['a fork with the same name (fork flag)', 'pull_request', pr({ full_name: REPO, fork: true }), true, /is a fork/],
    ['a deleted fork', 'pull_request', pr(null), true, /head repository is gone/],
    ['pull_request_target from a fork', 'pull_request_target', pr({ full_name: 'mallory/x', fork: true }), true, /comes from mallory\/x/],
    ['a review on a fork\'s pull request', 'pull_request_review', pr({ full_name: 'mallory/x', fork: true }), true, /mallory\/x/],
    ['a pull_request event without its pull request', 'pull_request', { action: 'opened' }, true, /without its pull request/],
    ['a workflow_run of a fork\'s pull request', 'workflow_run', { workflow_run: { event: 'pull_request', head_repository: { full_name: 'mallory/x' } } }, true, /comes from mallory\/x/],
    ['a workflow_run of this repository', 'workflow_run', { workflow_run: { event: 'push', head_repository: { full_name: REPO } } }, false, /comes from lilypad-tech/],
    ['a comment on a pull request', 'issue_comment', { issue: { number: 3, pull_request: { url: 'x' } }, comment: { body: '/run' } }, true, /does not name/],
    ['a push', 'push', { ref: 'refs/heads/main', repository: { full_name: REPO } }, false, /a push event, not a pull request/],
    ['a schedule', 'schedule', { schedule: '17 3 * * *' }, false, /not a pull request/],
    ['a manual dispatch', 'workflow_dispatch', { inputs: {} }, false, /not a pull request/],
    ['an unreadable payload', 'push', null, true, /could not be read/],
  ])('%s', (_, name, payload, fromFork, reason) => {
    const facts = eventFacts(name, payload, REPO);
    expect(facts.fromFork).toBe(fromFork);
    expect(facts.reason).toMatch(reason);
    expect(facts.name).toBe(name);
  });

  test('names the pull request and its head', () => {
    expect(eventFacts('pull_request', pr({ full_name: 'mallory/x', fork: true }, 12), REPO).pullRequest).toEqual({ number: 12, headRepository: 'mallory/x' });
  });
});
