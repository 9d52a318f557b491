// What the workflow run's event says about where the code comes from: the one fact the gate needs
// from it is whether it may be a pull request from a fork (someone without write access), for
// which running without an approval is never allowed. Read from the event payload GitHub writes
// to GITHUB_EVENT_PATH; in a reusable workflow that is the calling workflow's event.

export interface EventFacts {
  /** GITHUB_EVENT_NAME. */
  name: string;
  /** GITHUB_REPOSITORY, `owner/name`: the repository the run belongs to. */
  repository: string;
  /** The pull request the run is for, when the event carries one. */
  pullRequest: { number: number | null; headRepository: string | null } | null;
  /**
   * The code may come from someone without write access: a pull request whose head repository is
   * another repository or a fork, or is gone (a deleted fork), a workflow_run of such a pull
   * request, an event on a pull request whose head is not in the payload, or an event payload
   * that could not be read at all.
   */
  fromFork: boolean;
  /** Why `fromFork` is what it is, for the log. */
  reason: string;
}

type Json = Record<string, unknown>;
const object = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const sameRepo = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/** The events whose payload's `pull_request` is the pull request whose code may run. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** Facts from an event's name and payload (`null`: the payload could not be read; treated as a fork). */
export function eventFacts(name: string, payload: unknown, repository: string): EventFacts {
  const event = object(payload);
  if (!event) return { name, repository, pullRequest: null, fromFork: true, reason: 'the event payload could not be read, so a fork cannot be ruled out' };

  const pull = object(event.pull_request);
  if (PULL_REQUEST_EVENTS.has(name) || pull) {
    if (!pull) return { name, repository, pullRequest: null, fromFork: true, reason: `a ${name} event without its pull request in the payload` };
    const head = object(object(pull.head)?.repo);
    const headRepository = text(head?.full_name);
    const number = typeof pull.number === 'number' ? pull.number : null;
    const pullRequest = { number, headRepository };
    const which = `pull request #${number ?? '?'}`;
    if (!head || headRepository === null) return { name, repository, pullRequest, fromFork: true, reason: `${which}'s head repository is gone (a deleted fork)` };
    if (!sameRepo(headRepository, repository)) return { name, repository, pullRequest, fromFork: true, reason: `${which} comes from ${headRepository}, not ${repository}` };
    if (head.fork === true) return { name, repository, pullRequest, fromFork: true, reason: `${which}'s head repository ${headRepository} is a fork` };
    return { name, repository, pullRequest, fromFork: false, reason: `${which} comes from a branch of ${repository}` };
  }

  if (name === 'workflow_run') {
    const run = object(event.workflow_run);
    const headRepository = text(object(run?.head_repository)?.full_name);
    if (!sameRepo(headRepository, repository)) {
      return { name, repository, pullRequest: null, fromFork: true, reason: `the triggering run's code comes from ${headRepository ?? 'an unknown repository'}` };
    }
    return { name, repository, pullRequest: null, fromFork: false, reason: `the triggering run's code comes from ${repository}` };
  }

  // A comment on a pull request names it but not its head: it may be a fork's.
  if (object(object(event.issue)?.pull_request)) {
    return { name, repository, pullRequest: null, fromFork: true, reason: `a ${name} event on a pull request whose head the payload does not name` };
  }
  return { name, repository, pullRequest: null, fromFork: false, reason: `a ${name} event, not a pull request` };
}
