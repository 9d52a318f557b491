// build-module's own inputs, checked and typed before anything talks to Docker (the common ones
// are in ../../shared/inputs.ts). Pure: tested without a runner.
import { ConfigurationError } from '../../shared/inputs';

/** `build-args`: one KEY=VALUE a line (blank lines and `#` comments skipped), as `--build-arg`. */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new ConfigurationError(`build-args line ${i + 1}: expected KEY=VALUE, got ${JSON.stringify(line)}`);
    const key = line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new ConfigurationError(`build-args line ${i + 1}: ${JSON.stringify(key)} is not a valid build argument name (letters, digits, _)`);
    // The value keeps its inner spaces: `--build-arg` passes everything after the first "=".
    args[key] = raw.slice(raw.indexOf('=') + 1).replace(/\s+$/, '');
  });
  return args;
}
