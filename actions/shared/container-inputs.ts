// Inputs about the containers a module's code runs in, shared by build-module (its RUN steps) and
// run-module (the module): sizes written as Bacalhau reads Resources.Memory, and the network
// probe's settings. Its own file, so that validate-module's bundle (which uses inputs.ts) stays
// free of the Docker client.
import { humanizeParseBytes } from '@lilypad-actions/module-spec';
import { ConfigurationError } from './inputs';

/** A size with a unit as a provider reads Memory ("20GB", "10GiB"); empty: undefined (the default). */
export function parseSize(name: string, value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const parsed = humanizeParseBytes(value.trim());
  if (!parsed.ok || parsed.bytes === 0n) throw new ConfigurationError(`${name}: expected a size such as 20GB or 10GiB, got ${JSON.stringify(value)}`);
  return Number(parsed.bytes);
}

/** host:port addresses, one a line or comma-separated; empty: undefined (the default). */
export function parseAddresses(name: string, value: string): string[] | undefined {
  const items = value
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter(Boolean);
  if (items.length === 0) return undefined;
  for (const item of items) {
    if (!/^[^\s:]+:\d{1,5}$/.test(item)) throw new ConfigurationError(`${name}: expected host:port addresses, got ${JSON.stringify(item)}`);
  }
  return items;
}

/** A positive number of CPUs ("2", "0.5"); empty: undefined (no limit). */
export function parseCpus(name: string, value: string): number | undefined {
  if (value.trim() === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(Number(value) > 0)) throw new ConfigurationError(`${name}: expected a number of CPUs such as 2 or 0.5, got ${JSON.stringify(value)}`);
  return Number(value);
}
