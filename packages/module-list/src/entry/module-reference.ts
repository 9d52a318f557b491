// The entry's `module`, read exactly as `lilypad run <module>` reads it (module-spec's
// parseModuleRef is the CLI's own rules), and the mistakes the awesome-lilypad README's history
// shows people make, each with the reference they meant: a web URL (https://github.com/o/r/tree/v1),
// two colons, no ref at all.

import { ModuleRefError, parseModuleRef } from '@lilypad-actions/module-spec';

export interface ModuleReference {
  /** What `lilypad run` clones: https://host/owner/repo (with `.git` when written so). */
  repo: string;
  /** Tag, branch or commit, as written. */
  ref: string;
  host: string;
  owner: string;
  /** The repository's name, without a `.git` suffix. */
  name: string;
  /** The repository, case-folded and without `.git`: two entries with the same key and ref are the same module. */
  key: string;
}

export interface ReferenceProblem {
  rule: 'reference-url' | 'reference-colons' | 'reference-no-ref' | 'reference-repo';
  message: string;
  hint: string;
}

const WEB_REF = /^(?:tree|blob|commit|releases\/tag)\/([^/]+)/;

/** The reference as Lilypad reads it, or what is wrong with it and the reference that was probably meant. */
export function readModuleReference(module: string): { reference: ModuleReference } | { problem: ReferenceProblem } {
  const text = module.trim();
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (url || /\/(?:tree|blob|commit|releases\/tag)\//.test(text)) {
    return { problem: webUrlProblem(text) };
  }
  let parsed;
  try {
    parsed = parseModuleRef(text);
  } catch (e) {
    if (!(e instanceof ModuleRefError)) throw e;
    const colons = text.split(':').length - 1;
    if (colons === 0) {
      return {
        problem: {
          rule: 'reference-no-ref',
          message: `\`${text}\` has no ref: \`lilypad run\` rejects it (${e.message}).`,
          hint: `Add the tag (or commit) you tested after one colon, e.g. ${text}:v1.0.0.`,
        },
      };
    }
    const [head = '', ...rest] = text.split(':');
    return {
      problem: {
        rule: 'reference-colons',
        message: `\`${text}\` has ${colons} colons; \`lilypad run\` needs exactly one, between the repository and the ref (${e.message}).`,
        hint: `Write the repository, one colon and the ref, e.g. ${head}:${rest.at(-1) || 'v1.0.0'}.`,
      },
    };
  }
  if (parsed.ref === '') {
    return {
      problem: { rule: 'reference-no-ref', message: `\`${text}\` has an empty ref after the colon.`, hint: `Give the tag (or commit) you tested, e.g. ${text}v1.0.0.` },
    };
  }
  const m = /^https:\/\/([^/]+)\/([^/]+)\/([^/]+)(?:\/.*)?$/.exec(parsed.repo);
  if (!m) {
    return {
      problem: {
        rule: 'reference-repo',
        message: `\`${text}\` does not name a repository as host/owner/repo: Lilypad would clone ${parsed.repo}, which it cannot (invalid git URL).`,
        hint: 'Write github.com/<owner>/<repo>:<ref>, or a Lilypad-Tech shortcut such as cowsay:v0.0.4.',
      },
    };
  }
  const [, host = '', owner = '', repoName = ''] = m;
  const name = repoName.replace(/\.git$/i, '');
  return { reference: { repo: parsed.repo, ref: parsed.ref, host, owner, name, key: `${host}/${owner}/${name}`.toLowerCase() } };
}

function webUrlProblem(text: string): ReferenceProblem {
  const bare = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  const [host = '', owner = '', repo = '', ...rest] = bare.split('/');
  const repoName = repo.split(':')[0] ?? repo;
  const afterColon = repo.includes(':') ? repo.slice(repo.indexOf(':') + 1) : '';
  const ref = WEB_REF.exec(rest.join('/'))?.[1] ?? afterColon;
  const meant = host && owner && repoName ? `${host}/${owner}/${repoName}:${ref || '<tag>'}` : 'github.com/<owner>/<repo>:<tag>';
  return {
    rule: 'reference-url',
    message: `\`${text}\` is a web address, not a module reference: \`lilypad run\` takes host/owner/repo:ref with exactly one colon, and rejects this (invalid module name format).`,
    hint: `Write ${meant}${ref ? '' : ' with the tag you tested'}.`,
  };
}
