// Docker image references, checked against the grammar of distribution/reference (what
// `docker pull` accepts): [domain[:port]/]path[:tag][@algorithm:hex].

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** The whole grammar: groups 1 name, 2 tag, 3 digest (also used to parse references, module-runner). */
export const IMAGE_REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);

/** undefined when `ref` is a valid image reference, else what is wrong with it. */
export function checkImageReference(ref: string): string | undefined {
  if (ref.trim() !== ref) return 'it has leading or trailing white space';
  if (ref.length > 255 + 128 + 80) return 'it is too long';
  const m = IMAGE_REFERENCE.exec(ref);
  if (m) {
    const digest = m[3];
    if (digest?.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest)) return 'a sha256 digest is 64 lower-case hex digits';
    if (m[1]!.length > 255) return 'the repository name is longer than 255 characters';
    return undefined;
  }
  if (/[A-Z]/.test(ref.split(/[:@]/)[0]!.split('/').slice(-1)[0]!)) return 'repository names must be lower case';
  if (/^[^@]*:sha256:/.test(ref)) return 'a digest follows "@", not ":" (write name@sha256:…)';
  if (ref.includes('://')) return 'it is a URL; give the image name without a scheme';
  return 'expected [registry/]repository[:tag][@sha256:digest]';
}
