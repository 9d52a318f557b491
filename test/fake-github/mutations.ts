// The GraphQL mutations the fake implements, with github.com's semantics: createCommitOnBranch
// needs an existing branch and compares `expectedHeadOid` with the branch's head atomically;
// createRef refuses a ref that exists.

import type { GitStore } from './git-store';
import { FakeModel, GitHubGraphQLError } from './model';

export interface MutationContext {
  model: FakeModel;
  store: GitStore;
  /** Who the token belongs to: the author of API commits. */
  actor: { name: string; email: string };
  now: () => Date;
}

interface CreateCommitOnBranchInput {
  clientMutationId?: string | null;
  branch: { repositoryNameWithOwner?: string | null; branchName?: string | null; id?: string | null };
  expectedHeadOid: string;
  message: { headline: string; body?: string | null };
  fileChanges?: {
    additions?: Array<{ path: string; contents: string }> | null;
    deletions?: Array<{ path: string }> | null;
  } | null;
}

interface CreateRefInput {
  clientMutationId?: string | null;
  repositoryId: string;
  name: string;
  oid: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function mutationRoot(ctx: MutationContext) {
  return {
    createCommitOnBranch: ({ input }: { input: CreateCommitOnBranchInput }) => createCommitOnBranch(ctx, input),
    createRef: ({ input }: { input: CreateRefInput }) => createRef(ctx, input),
  };
}

async function createCommitOnBranch(ctx: MutationContext, input: CreateCommitOnBranchInput) {
  const { branch } = input;
  if (branch.id) throw new GitHubGraphQLError('UNPROCESSABLE', 'fake GitHub: give branch.repositoryNameWithOwner and branch.branchName, not branch.id');
  const [owner = '', name = ''] = (branch.repositoryNameWithOwner ?? '').split('/');
  if (!ctx.model.isRepository(owner, name)) {
    throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a Repository with the name '${branch.repositoryNameWithOwner}'.`);
  }
  const branchName = branch.branchName ?? '';
  const ref = `refs/heads/${branchName}`;
  const head = await ctx.store.resolveRef(ref);
  if (!head) {
    throw new GitHubGraphQLError('NOT_FOUND', `A ref named "${ref}" does not exist in the repository ${branch.repositoryNameWithOwner}.`);
  }
  if (head !== input.expectedHeadOid) throw stale(input.expectedHeadOid);

  const additions = (input.fileChanges?.additions ?? []).map((a) => {
    if (!BASE64.test(a.contents) || a.contents.length % 4 !== 0) {
      throw new GitHubGraphQLError('UNPROCESSABLE', `The contents of ${a.path} are not valid Base64.`);
    }
    return { path: a.path, contents: Buffer.from(a.contents, 'base64') };
  });
  const deletions = (input.fileChanges?.deletions ?? []).map((d) => d.path);
  for (const path of deletions) {
    if (!(await ctx.store.read(`${head}:${path}`))) {
      throw new GitHubGraphQLError('UNPROCESSABLE', `A path was requested for deletion which does not exist as of commit oid \`${head}\``);
    }
  }
  const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}\n` : `${input.message.headline}\n`;
  // The comparison above and the swap inside are not one step: a push may land in between, and
  // then the swap fails exactly as GitHub's does.
  const oid = await ctx.store.commitOnRef({
    ref,
    expected: head,
    additions,
    deletions,
    message,
    author: ctx.actor,
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    time: Math.floor(ctx.now().getTime() / 1000),
  });
  if (!oid) throw stale(input.expectedHeadOid);
  const commit = await ctx.model.object(oid);
  return { clientMutationId: input.clientMutationId ?? null, commit, ref: () => ctx.model.ref(ref) };
}

async function createRef(ctx: MutationContext, input: CreateRefInput) {
  if (input.repositoryId !== ctx.model.repositoryId) {
    throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.repositoryId}'`);
  }
  if (!/^refs\/[^/]+\/.+/.test(input.name)) {
    throw new GitHubGraphQLError('UNPROCESSABLE', `${input.name} is not a fully qualified ref name (refs/heads/NAME).`);
  }
  const object = await ctx.store.read(input.oid);
  if (object?.type !== 'commit') throw new GitHubGraphQLError('UNPROCESSABLE', `Object ${input.oid} is not a commit in this repository.`);
  if (!(await ctx.store.compareAndSwapRef(input.name, input.oid, null))) {
    throw new GitHubGraphQLError('UNPROCESSABLE', `A ref named "${input.name}" already exists in the repository.`);
  }
  return { clientMutationId: input.clientMutationId ?? null, ref: () => ctx.model.ref(input.name) };
}

function stale(expected: string): GitHubGraphQLError {
  // GitHub's wording, two spaces included; the type is what clients should test.
  return new GitHubGraphQLError('STALE_DATA', `Expected branch to point to "${expected}" but it did not.  Pull and try again.`);
}
