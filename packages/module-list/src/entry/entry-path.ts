// Where entries live: one file per module, modules/<owner>/<name>.yaml, the owner being the
// module repository's (so a list of hundreds stays browsable and two owners' same-named modules
// never collide). The tally also reads the older minimal entries (.json, .yml, any depth).

import type { ListFinding } from '../findings';
import type { ModuleReference } from './module-reference';

export const MODULES_DIR = 'modules';

/** File extensions of module entries; other files under modules/ are not entries. */
export const ENTRY_EXTENSIONS = ['.json', '.yaml', '.yml'];

/** A file the tally reads as an entry (any of the extensions, old format included). */
export function isEntryPath(path: string): boolean {
  return ENTRY_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
}

/** Whether `path` is inside the modules/ directory. */
export function isUnderModules(path: string): boolean {
  return path.startsWith(`${MODULES_DIR}/`);
}

/** The file a module's entry goes in: modules/<owner>/<repo>.yaml, `-<ref>` added when the name is taken. */
export function entryPathFor(reference: ModuleReference, taken: ReadonlySet<string> = new Set()): string {
  const base = `${MODULES_DIR}/${slug(reference.owner)}/${slug(reference.name)}`;
  const plain = `${base}.yaml`;
  if (!taken.has(plain.toLowerCase())) return plain;
  return `${base}-${slug(reference.ref)}.yaml`;
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'module';
}

const NEW_ENTRY = /^modules\/([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)\.yaml$/;

/** Problems with where a new or changed entry is; the owner folder must be the repository's owner. */
export function entryPathFindings(path: string, reference: ModuleReference | null): ListFinding[] {
  const at = { file: path, severity: 'error' as const, audience: 'creator' as const, rule: 'entry-path' };
  const m = NEW_ENTRY.exec(path);
  if (!m) {
    const stem = (path.split('/').at(-1) ?? path).replace(/\.[^.]+$/, '');
    const owner = reference ? slug(reference.owner) : '<github-owner>';
    return [{ ...at, message: `An entry is a file modules/<owner>/<name>.yaml; ${path} is not.`, hint: `Move it to ${MODULES_DIR}/${owner}/${slug(stem)}.yaml.` }];
  }
  if (reference && m[1]?.toLowerCase() !== reference.owner.toLowerCase()) {
    return [{ ...at, message: `The entry is in ${MODULES_DIR}/${m[1]}/, but its module's repository belongs to ${reference.owner}.`, hint: `Move it to ${MODULES_DIR}/${slug(reference.owner)}/${m[2]}.yaml.` }];
  }
  return [];
}
