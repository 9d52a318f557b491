// Everything we create in the engine carries these labels, so that a clean-up (the actions' post
// step, or the next run on the same runner) can find and remove it even after a crash.
import type Docker from 'dockerode';

export const MANAGED_LABEL = 'io.lilypad-actions.managed';
/** Which job created the object: GitHub's run id, attempt and job, or a local random id. */
export const OWNER_LABEL = 'io.lilypad-actions.owner';

export function ownerLabels(owner: string): Record<string, string> {
  return { [MANAGED_LABEL]: 'true', [OWNER_LABEL]: owner };
}

/**
 * The owner id of this job: stable across the main and post steps of one job, different between
 * jobs that share a runner (so one job never removes another's containers).
 */
export function jobOwnerId(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_JOB } = env;
  if (!GITHUB_RUN_ID) return undefined;
  return [GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT ?? '1', GITHUB_JOB ?? 'job'].join('-');
}

export interface CleanupResult {
  containers: string[];
  volumes: string[];
  /** Objects that could not be removed, with the engine's reason. */
  failures: string[];
}

/** Removes (forcibly) every container, then every volume, labelled with this owner. */
export async function removeOwnedObjects(docker: Docker, owner: string): Promise<CleanupResult> {
  const filter = `${OWNER_LABEL}=${owner}`;
  const result: CleanupResult = { containers: [], volumes: [], failures: [] };
  const containers = await docker.listContainers({ all: true, filters: { label: [filter] } });
  for (const c of containers) {
    try {
      await docker.getContainer(c.Id).remove({ force: true, v: true });
      result.containers.push(c.Id.slice(0, 12));
    } catch (error) {
      if (statusCode(error) !== 404) result.failures.push(`container ${c.Id.slice(0, 12)}: ${(error as Error).message}`);
    }
  }
  const { Volumes } = await docker.listVolumes({ filters: { label: [filter] } });
  for (const v of Volumes ?? []) {
    try {
      await docker.getVolume(v.Name).remove();
      result.volumes.push(v.Name);
    } catch (error) {
      if (statusCode(error) !== 404) result.failures.push(`volume ${v.Name}: ${(error as Error).message}`);
    }
  }
  return result;
}

export function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}
