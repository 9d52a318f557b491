// Module demand, for the usage bonus: a file mapping module reference → job count, produced from
// the network's job records (outside this repository) and placed in the list repository.

import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { sha256 } from './canonical-json';
import type { RewardsConfig } from './config';
import { locatePath } from '@lilypad-actions/config-file';
import { parseYaml } from './config';
import { ConfigError } from './errors';
import { formatMonth, type Month } from './month';

export interface UsageData {
  /** The file, as the configuration names it (with {month} filled in). */
  file: string;
  /** SHA-256 of its bytes, recorded so a changed usage file shows in the month's result. */
  sha256: string;
  jobs: ReadonlyMap<string, number>;
}

/**
 * Reads the month's usage file, if the configuration names one and it exists. A missing file
 * means no bonus this month (demand figures may not be ready); a malformed one is an error.
 */
export function loadUsage(config: RewardsConfig, month: Month, baseDir: string): UsageData | null {
  if (!config.usage.file) return null;
  const file = config.usage.file.replaceAll('{month}', formatMonth(month));
  const path = isAbsolute(file) ? file : join(baseDir, file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const { value, doc, lines } = parseYaml(bytes.toString('utf8'), file);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError([{ location: { file, line: 1, column: 1 }, message: 'a usage file maps module references to job counts, e.g. "github.com/owner/repo:v1.0.0": 1200' }]);
  }
  const jobs = new Map<string, number>();
  const problems = [];
  for (const [ref, count] of Object.entries(value)) {
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      problems.push({ location: locatePath(doc, lines, file, [ref]), message: `${ref}: the job count must be a whole number of at least 0 (found ${JSON.stringify(count)})` });
    } else {
      jobs.set(ref, count);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { file, sha256: sha256(bytes), jobs };
}

/** Jobs recorded for a module: by its exact reference, else by the reference without its tag. */
export function jobsFor(usage: UsageData | null, moduleRef: string | null): number | null {
  if (!usage || !moduleRef) return null;
  const exact = usage.jobs.get(moduleRef);
  if (exact !== undefined) return exact;
  const colon = moduleRef.lastIndexOf(':');
  return colon > 0 ? (usage.jobs.get(moduleRef.slice(0, colon)) ?? null) : null;
}
