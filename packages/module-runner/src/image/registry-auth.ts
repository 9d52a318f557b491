// Registry credentials as the engine takes them: the X-Registry-Auth header, which dockerode
// builds from an "authconfig" object. The engine itself talks to the registry; we never do.

export interface RegistryAuth {
  username: string;
  password: string;
  /** The registry host ("ghcr.io", "localhost:5000"); empty: the registry of the image concerned. */
  serveraddress: string;
}

/** Docker Hub's credentials are filed under this address, not "docker.io". */
export function registryAddress(domain: string): string {
  return domain === 'docker.io' || domain === 'index.docker.io' ? 'https://index.docker.io/v1/' : domain;
}

/**
 * The authconfig to send for `auth`. An empty object when there are no credentials: the engine's
 * push handler falls back to reading credentials from the request body when the header is missing
 * and fails with "Bad parameters and missing X-Registry-Auth: EOF".
 */
export function authconfig(auth: RegistryAuth | undefined): Record<string, string> {
  return auth ? { username: auth.username, password: auth.password, serveraddress: auth.serveraddress } : {};
}
