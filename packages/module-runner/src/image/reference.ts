// Docker image references as the engine reads them: distribution/reference's ParseNormalizedNamed
// (docker.io by default, library/ for official images, "latest" when no tag or digest is given).
// Two spellings of one image ("busybox", "docker.io/library/busybox:latest") must compare equal
// when we check the template's Image against what was built.

import { UserError } from '@lilypad-actions/errors';
import { IMAGE_REFERENCE } from '@lilypad-actions/module-spec';

// The grammar (IMAGE_REFERENCE) is module-spec's, which checks templates' Image with it.

const HEX64 = /^[a-f0-9]{64}$/;

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
export const DEFAULT_TAG = 'latest';
const NAME_TOTAL_LENGTH_MAX = 255;

/** A parsed, normalized reference: `domain/path[:tag][@digest]`. */
export interface ImageReference {
  /** Registry host, with its port if any ("docker.io", "localhost:5000"). */
  domain: string;
  /** Repository path inside the registry ("library/busybox"). */
  path: string;
  /** `domain/path`: what identifies the repository. */
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** The reference is not one the engine accepts; message in distribution/reference's words. */
export class ImageReferenceError extends UserError {
  override name = 'ImageReferenceError';
  constructor(readonly reference: string, reason: string) {
    super(`invalid image reference ${JSON.stringify(reference)}: ${reason}`);
  }
}

/** splitDockerDomain: the first component is a registry when it has "." or ":", or is localhost. */
function splitDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = i === -1 ? '' : name.slice(0, i);
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

/** Parses and normalizes `ref` as `docker pull` would; throws ImageReferenceError. */
export function parseImageReference(ref: string): ImageReference {
  if (HEX64.test(ref)) throw new ImageReferenceError(ref, 'cannot specify 64-byte hexadecimal strings (that is an image id, not a name)');
  const { domain, remainder } = splitDomain(ref);
  const tagSep = remainder.indexOf(':');
  const atSep = remainder.indexOf('@');
  const end = [tagSep, atSep].filter((n) => n !== -1);
  const remoteName = end.length ? remainder.slice(0, Math.min(...end)) : remainder;
  if (remoteName.toLowerCase() !== remoteName) throw new ImageReferenceError(ref, 'repository name must be lowercase');
  const full = `${domain}/${remainder}`;
  const m = IMAGE_REFERENCE.exec(full);
  if (!m) {
    if (ref === '') throw new ImageReferenceError(ref, 'repository name must have at least one component');
    if (/^[^@]*:sha256:/.test(ref)) throw new ImageReferenceError(ref, 'a digest follows "@", not ":" (write name@sha256:…)');
    throw new ImageReferenceError(ref, 'invalid reference format (expected [registry[:port]/]repository[:tag][@sha256:digest])');
  }
  const repository = m[1]!;
  if (repository.length > NAME_TOTAL_LENGTH_MAX) throw new ImageReferenceError(ref, `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  const digest = m[3];
  if (digest !== undefined) {
    const [algorithm, hex] = digest.split(':') as [string, string];
    if (algorithm === 'sha256' && !HEX64.test(hex)) throw new ImageReferenceError(ref, 'invalid checksum digest length or format (sha256 is 64 lower-case hex digits)');
    if (algorithm !== 'sha256' && algorithm !== 'sha384' && algorithm !== 'sha512') throw new ImageReferenceError(ref, `unsupported digest algorithm ${algorithm}`);
  }
  return { domain, path: repository.slice(domain.length + 1), repository, tag: m[2], digest };
}

/** The canonical string: `docker.io/library/busybox:latest` (TagNameOnly: latest when neither tag nor digest). */
export function formatReference(ref: ImageReference): string {
  const tag = ref.tag ?? (ref.digest === undefined ? DEFAULT_TAG : undefined);
  return `${ref.repository}${tag !== undefined ? `:${tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** FamiliarString: how the docker CLI shows it ("busybox:1.36", "ghcr.io/o/m@sha256:…"). */
export function familiarReference(ref: ImageReference): string {
  let name = ref.repository;
  if (ref.domain === DEFAULT_DOMAIN) {
    name = ref.path.startsWith(OFFICIAL_REPO_PREFIX) && ref.path.indexOf('/', OFFICIAL_REPO_PREFIX.length) === -1 ? ref.path.slice(OFFICIAL_REPO_PREFIX.length) : ref.path;
  }
  return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The familiar repository name without tag or digest ("busybox", "ghcr.io/o/m"). */
export function familiarRepository(ref: ImageReference): string {
  return familiarReference({ ...ref, tag: undefined, digest: undefined });
}

/** True when both name the same repository (tags and digests aside). */
export function sameRepository(a: string | ImageReference, b: string | ImageReference): boolean {
  const ra = typeof a === 'string' ? parseImageReference(a) : a;
  const rb = typeof b === 'string' ? parseImageReference(b) : b;
  return ra.repository === rb.repository;
}

/** `repository:tag` with the tag the engine would use ("latest" when none and no digest). */
export function withDefaultTag(ref: string): string {
  return formatReference(parseImageReference(ref));
}

export type ConsistencyFinding =
  | { kind: 'ok'; message: string }
  | { kind: 'not-pinned'; severity: 'warning'; message: string; pin: string }
  | { kind: 'other-repository' | 'digest-mismatch' | 'invalid'; severity: 'error'; message: string };

export interface ConsistencyInput {
  /** The template's Image, as written. */
  templateImage: string;
  /** What was built (and pushed): a repository, maybe with a tag. */
  built: string;
  /** The registry digest of the pushed image (sha256:…), when it was pushed or pulled. */
  digest: string | undefined;
}

/**
 * Does the template run what was built? Same repository, and the same digest when the template
 * pins one; when it does not, the finding says which reference to pin.
 */
export function checkImageConsistency({ templateImage, built, digest }: ConsistencyInput): ConsistencyFinding {
  let template: ImageReference;
  let image: ImageReference;
  try {
    template = parseImageReference(templateImage);
    image = parseImageReference(built);
  } catch (error) {
    return { kind: 'invalid', severity: 'error', message: (error as Error).message };
  }
  if (!sameRepository(template, image)) {
    return {
      kind: 'other-repository',
      severity: 'error',
      message: `The template's Image ${JSON.stringify(templateImage)} is repository ${familiarRepository(template)}, but the image was built as ${familiarRepository(image)}: resource providers would run a different image. Set the template's Image to ${familiarRepository(image)}${digest ? `@${digest}` : ''} or build with image: ${familiarRepository(template)}.`,
    };
  }
  if (template.digest !== undefined) {
    if (digest === undefined) return { kind: 'ok', message: `The template pins ${template.digest}; the image was not pushed, so its registry digest is unknown and was not compared.` };
    if (template.digest !== digest) {
      return {
        kind: 'digest-mismatch',
        severity: 'error',
        message: `The template's Image pins ${template.digest}, but the image pushed is ${digest}: resource providers would run the old image. Pin ${familiarRepository(image)}@${digest}.`,
      };
    }
    return { kind: 'ok', message: `The template's Image pins the pushed digest ${digest}.` };
  }
  if (digest === undefined) {
    return {
      kind: 'not-pinned',
      severity: 'warning',
      message: `The template's Image ${JSON.stringify(templateImage)} is not pinned by digest, and the image was not pushed, so there is no digest to pin yet: push it and pin ${familiarRepository(image)}@sha256:<digest>.`,
      pin: `${familiarRepository(image)}@sha256:<digest>`,
    };
  }
  const pin = `${familiarRepository(image)}@${digest}`;
  return {
    kind: 'not-pinned',
    severity: 'warning',
    message: `The template's Image ${JSON.stringify(templateImage)} is not pinned by digest: resource providers may run a different image under this tag. Pin ${pin}.`,
    pin,
  };
}
