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

// Web sites that host images' pages but serve no registry API: `docker pull hub.docker.com/u/i`
// asks hub.docker.com for /v2/, which is not a registry, and fails. (registry.hub.docker.com,
// index.docker.io and docker.io are Docker Hub's registry names and work.)
const WEB_HOSTS = new Set(['hub.docker.com', 'docker.com', 'www.docker.com', 'github.com', 'www.github.com', 'gitlab.com', 'www.gitlab.com', 'bitbucket.org', 'huggingface.co', 'hf.co', 'raw.githubusercontent.com']);

/**
 * The registry host a valid reference names, if it names one: as distribution/reference decides,
 * the first path component is a host when it has a `.` or a `:` or is `localhost`.
 */
export function imageRegistryHost(ref: string): string | undefined {
  const slash = ref.indexOf('/');
  if (slash < 0) return undefined;
  const first = ref.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}

/** Why a resource provider cannot pull from the host this (valid) reference names, or undefined. */
export function imageHostProblem(ref: string): string | undefined {
  const host = imageRegistryHost(ref);
  if (host === undefined) return undefined;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (WEB_HOSTS.has(name)) {
    const rest = ref.slice(host.length + 1);
    const hub = name === 'hub.docker.com' || name.endsWith('docker.com');
    // hub.docker.com/r/user/image is the page's URL; the image is user/image.
    const suggestion = hub ? rest.replace(/^(?:r|_)\//, '') : undefined;
    return `${name} is a web site, not a Docker registry${suggestion ? `; on Docker Hub the image is "${suggestion}"` : ''}`;
  }
  if (name === 'localhost' || name === 'host.docker.internal' || name === '0.0.0.0' || /^127\./.test(name) || name === '[::1]') {
    return `${name} is the machine that runs the job: a resource provider has no registry there`;
  }
  if (/^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(name)) {
    return `${name} is a private network address that resource providers cannot reach`;
  }
  return undefined;
}
