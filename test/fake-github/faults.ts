// Faults and gates a test can put in the fake's path: GitHub's rate limits and outages as
// github.com sends them, and a barrier that makes concurrent requests really meet.

export type RequestKind = 'graphql' | 'rest' | 'git';

/** What a request looked like to the fake, for matching and for the request log. */
export interface RequestInfo {
  kind: RequestKind;
  method: string;
  /** Path below the API root for REST (`/repos/o/r/...`), the URL path otherwise. */
  path: string;
  /** GraphQL operation name, when the document names one. */
  operationName?: string;
  /** `query` or `mutation`, for GraphQL. */
  operationType?: 'query' | 'mutation';
}

export interface RequestMatcher {
  kind?: RequestKind;
  /** GraphQL operation name. */
  operation?: string;
  operationType?: 'query' | 'mutation';
  /** Tested against `RequestInfo.path`. */
  path?: RegExp;
}

export type FaultType =
  /** 403 with `retry-after` and GitHub's secondary-rate-limit message. */
  | 'secondary-rate-limit'
  /** 403 with `x-ratelimit-remaining: 0` and a reset time `retryAfter` seconds away. */
  | 'primary-rate-limit'
  /** 200 with `errors: [{ type: "RATE_LIMITED" }]`, as the GraphQL API reports an exhausted budget. */
  | 'graphql-rate-limited'
  /** 502, as GitHub answers when a backend times out. */
  | 'server-error'
  /** The connection is closed before the request is handled. */
  | 'drop'
  /** The request is handled (a mutation applied), then the connection closed before the answer. */
  | 'drop-after-apply';

export interface FaultSpec extends RequestMatcher {
  fault: FaultType;
  /** Let this many matching requests through first. Default 0. */
  skip?: number;
  /** How many matching requests fail. Default 1; `Infinity` for every one. */
  times?: number;
  /** Seconds, for the rate limits. Default 1. */
  retryAfter?: number;
}

export interface FaultHandle {
  /** How many requests this fault has hit so far. */
  readonly hits: number;
  remove(): void;
}

export interface GateSpec extends RequestMatcher {
  /** Hold matching requests until this many have arrived, then release them all. */
  count: number;
}

export interface GateHandle {
  /** Resolves when the gate opens. */
  readonly opened: Promise<void>;
}

export function matches(m: RequestMatcher, info: RequestInfo): boolean {
  return (
    (m.kind === undefined || m.kind === info.kind) &&
    (m.operation === undefined || m.operation === info.operationName) &&
    (m.operationType === undefined || m.operationType === info.operationType) &&
    (m.path === undefined || m.path.test(info.path))
  );
}

interface ActiveFault {
  spec: FaultSpec;
  seen: number;
  hits: number;
  removed: boolean;
}

interface ActiveGate {
  spec: GateSpec;
  waiting: Array<() => void>;
  open: () => void;
}

/** The faults and gates currently armed on one server. */
export class FaultBoard {
  private readonly faults: ActiveFault[] = [];
  private readonly gates: ActiveGate[] = [];

  add(spec: FaultSpec): FaultHandle {
    const active: ActiveFault = { spec, seen: 0, hits: 0, removed: false };
    this.faults.push(active);
    return {
      get hits() {
        return active.hits;
      },
      remove: () => {
        active.removed = true;
      },
    };
  }

  gate(spec: GateSpec): GateHandle {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    this.gates.push({ spec, waiting: [], open });
    return { opened };
  }

  /** Waits at any gate the request matches. */
  async pass(info: RequestInfo): Promise<void> {
    const gate = this.gates.find((g) => matches(g.spec, info));
    if (!gate) return;
    const released = new Promise<void>((resolve) => gate.waiting.push(resolve));
    if (gate.waiting.length >= gate.spec.count) {
      this.gates.splice(this.gates.indexOf(gate), 1);
      for (const release of gate.waiting) release();
      gate.open();
    }
    await released;
  }

  /**
   * The fault this request runs into, if any. Every armed fault that matches counts the request
   * towards its `skip`, so faults on the same requests compose in the order they were armed.
   */
  take(info: RequestInfo): { type: FaultType; retryAfter: number } | null {
    const armed = this.faults.filter((f) => !f.removed && matches(f.spec, info));
    for (const f of armed) f.seen += 1;
    const hit = armed.find((f) => f.seen > (f.spec.skip ?? 0) && f.hits < (f.spec.times ?? 1));
    if (!hit) return null;
    hit.hits += 1;
    return { type: hit.spec.fault, retryAfter: hit.spec.retryAfter ?? 1 };
  }
}

/** GitHub's answer for a rate-limit or server-error fault. */
export function faultResponse(
  type: Exclude<FaultType, 'drop' | 'drop-after-apply'>,
  retryAfter: number,
): { status: number; headers: Record<string, string>; body: unknown } {
  const reset = String(Math.floor(Date.now() / 1000) + retryAfter);
  switch (type) {
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers: { 'retry-after': String(retryAfter) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
      };
    case 'primary-rate-limit':
      return {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' },
      };
    case 'graphql-rate-limited':
      return {
        status: 200,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        body: { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] },
      };
    case 'server-error':
      return { status: 502, headers: {}, body: { message: 'Server Error' } };
  }
}
