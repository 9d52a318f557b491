// Module references as `lilypad run <name>` reads them: Lilypad v2.23.0
// pkg/module/shortcuts/shortcuts.go GetModule, and the template name LoadModule gives the template
// (pkg/module/utils.go), which Go's template errors quote.

import { TEMPLATE_FILE } from './lilypad-defaults';

/** Where Lilypad looks for the template inside the module repository. */
export const LILYPAD_MODULE_CONFIG_PATH = `/${TEMPLATE_FILE}`;

/**
 * The largest template the CLI and the actions read by default. Lilypad itself has no cap (it
 * reads the whole file), but real module templates are 1–10 KiB; a file of megabytes is the
 * wrong file (a model, a tarball).
 */
export const TEMPLATE_MAX_BYTES = 8 * 1024 * 1024;

/** Expansion of a reference with no `/` in it (`cowsay:v0.0.4`). */
export const SHORTCUT_REPO_PREFIX = 'https://github.com/Lilypad-Tech/lilypad-module-';

export interface ModuleRef {
  /** Git URL to clone. */
  repo: string;
  /** Tag, branch or commit, exactly as typed (Lilypad's ModuleConfig.Hash). */
  ref: string;
  /** Path of the template inside the repository. */
  path: string;
}

/** A module reference Lilypad rejects; `message` is Lilypad's error text. */
export class ModuleRefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModuleRefError';
  }
}

/**
 * `<repo-or-shortcut>:<ref>` → {repo, ref, path}, exactly as Lilypad's GetModule: the name must
 * split on `:` into exactly two parts (so `https://github.com/o/r:v1` and `o/r:v1:x` are rejected);
 * if the NAME (ref included) contains `/` the repo is `https://<part0>`, otherwise it is the
 * Lilypad-Tech `lilypad-module-<part0>` shortcut. Nothing else is validated (empty parts pass).
 */
export function parseModuleRef(name: string): ModuleRef {
  if (name === '') throw new ModuleRefError('module name is empty');
  const parts = name.split(':');
  if (parts.length !== 2) throw new ModuleRefError(`invalid module name format: ${name}`);
  const [head, ref] = parts as [string, string];
  // Go tests strings.Contains(name, "/"), not part0: `cowsay:feature/x` becomes https://cowsay.
  const repo = name.includes('/') ? `https://${head}` : `${SHORTCUT_REPO_PREFIX}${head}`;
  return { repo, ref, path: LILYPAD_MODULE_CONFIG_PATH };
}

/** The name LoadModule gives the template: `<repo>-<path>-<ref>`; it appears in template errors. */
export function templateName(module: ModuleRef): string {
  return `${module.repo}-${module.path}-${module.ref}`;
}
