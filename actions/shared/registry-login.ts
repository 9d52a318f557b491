// The `registry`, `username` and `password` inputs of build-module and run-module as the engine's
// credentials. Its own file, so that validate-module's bundle (which uses inputs.ts) stays free of
// the Docker client.
import { registryAddress, type RegistryAuth } from '@lilypad-actions/module-runner';
import { ConfigurationError } from './inputs';

export interface LoginInputs {
  registry: string;
  username: string;
  password: string;
}

/** undefined without credentials; `serveraddress` empty when no registry is named (the image's own is used). */
export function registryLogin(inputs: LoginInputs): RegistryAuth | undefined {
  if (!inputs.username && !inputs.password) return undefined;
  if (!inputs.username || !inputs.password) {
    throw new ConfigurationError('username and password go together: set both (password from a secret, e.g. secrets.GITHUB_TOKEN for ghcr.io), or neither');
  }
  return { username: inputs.username, password: inputs.password, serveraddress: inputs.registry.trim() ? registryAddress(inputs.registry.trim()) : '' };
}
