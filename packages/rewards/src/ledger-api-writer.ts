// The default ledger writer: GitHub's GraphQL API. createCommitOnBranch makes commits GitHub
// signs ("verified") and takes expectedHeadOid as a compare-and-swap; the branch must exist
// first, so a missing branch is started from the empty tree (REST createCommit + createRef).

import { GitHubApiError } from './errors';
import { GraphQLResponseError, type GitHubApi } from './github-client';
import type { Repository } from './harvest';
import { INDEX_PATH, type CommitAttempt, type LedgerSnapshot, type LedgerStore, type WritePlan } from './ledger';

/** The object id git, and GitHub, give the empty tree. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const BLOB = '... on Blob { oid text isTruncated }';

export const LEDGER_STATE_QUERY = `query LedgerState($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) {
    id
    ref(qualifiedName: $ref) {
      target {
        oid
        ... on Commit {
          parents(first: 1) { nodes { oid } }
          index: file(path: "${INDEX_PATH}") { object { ${BLOB} } }
          rewards: file(path: "rewards") { object { ... on Tree { entries { path object { ${BLOB} } } } } }
        }
      }
    }
  }
}`;

const CREATE_REF = `mutation LedgerCreateBranch($input: CreateRefInput!) {
  createRef(input: $input) { ref { name } }
}`;

const COMMIT = `mutation LedgerCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

interface BlobAnswer {
  oid: string;
  text: string | null;
  isTruncated: boolean;
}

interface StateAnswer {
  repository: {
    id: string;
    ref: {
      target: {
        oid: string;
        parents?: { nodes: Array<{ oid: string }> };
        index?: { object: BlobAnswer | null } | null;
        rewards?: { object: { entries?: Array<{ path: string; object: BlobAnswer | null }> } | null } | null;
      };
    } | null;
  };
}

export interface ApiLedgerOptions {
  repository: Repository;
  branch: string;
  /** Web root for commit links, e.g. https://github.com. */
  serverUrl: string;
}

export function apiLedgerStore(api: GitHubApi, options: ApiLedgerOptions): LedgerStore {
  const { owner, name } = options.repository;
  let repositoryId: string | null = null;

  /** Blob text, from GraphQL, or from REST when GraphQL cut it short. */
  async function blobText(blob: BlobAnswer): Promise<string> {
    if (!blob.isTruncated && blob.text !== null) return blob.text;
    const rest = await api.rest<{ content: string }>('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo: name, file_sha: blob.oid });
    return Buffer.from(rest.content, 'base64').toString('utf8');
  }

  return {
    async read(): Promise<LedgerSnapshot> {
      const answer = await api.graphql<StateAnswer>(LEDGER_STATE_QUERY, { owner, name, ref: `refs/heads/${options.branch}` });
      repositoryId = answer.repository.id;
      const target = answer.repository.ref?.target;
      if (!target) return { head: null, headParent: null, files: new Map() };
      const files = new Map<string, string>();
      if (target.index?.object) files.set(INDEX_PATH, await blobText(target.index.object));
      for (const entry of target.rewards?.object?.entries ?? []) {
        if (entry.object) files.set(entry.path, await blobText(entry.object));
      }
      return { head: target.oid, headParent: target.parents?.nodes[0]?.oid ?? null, files };
    },

    async commit(base: LedgerSnapshot, plan: WritePlan): Promise<CommitAttempt> {
      let head = base.head;
      if (head === null) {
        const started = await startBranch();
        if (started === null) return { ok: false, reason: 'stale' };
        head = started;
      }
      try {
        const answer = await api.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(COMMIT, {
          input: {
            branch: { repositoryNameWithOwner: `${owner}/${name}`, branchName: options.branch },
            expectedHeadOid: head,
            message: plan.message,
            fileChanges: { additions: plan.files.map((f) => ({ path: f.path, contents: Buffer.from(f.contents).toString('base64') })) },
          },
        });
        return { ok: true, commit: answer.createCommitOnBranch.commit.oid };
      } catch (e) {
        if (e instanceof GraphQLResponseError && e.hasType('STALE_DATA')) return { ok: false, reason: 'stale' };
        if (e instanceof GitHubApiError && e.uncertain) return { ok: false, reason: 'uncertain', onto: head };
        throw e;
      }
    },

    commitUrl(commit: string): string {
      return `${options.serverUrl.replace(/\/+$/, '')}/${owner}/${name}/commit/${commit}`;
    },
  };

  /** Creates the branch at a root commit of the empty tree; null when someone else created it first. */
  async function startBranch(): Promise<string | null> {
    const root = await api.rest<{ sha: string }>('POST /repos/{owner}/{repo}/git/commits', {
      owner,
      repo: name,
      message: `Start the rewards ledger\n\nMonthly module-creator rewards of ${owner}/${name}, one file per month, written by the monthly-rewards action.`,
      tree: EMPTY_TREE,
      parents: [],
    });
    try {
      await api.graphql(CREATE_REF, { input: { repositoryId, name: `refs/heads/${options.branch}`, oid: root.sha } });
      return root.sha;
    } catch (e) {
      // Another writer created it between our read and now: start over from a fresh read.
      if (e instanceof GraphQLResponseError && /already exists/i.test(e.message)) return null;
      throw e;
    }
  }
}
