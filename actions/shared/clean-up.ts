// The actions' post step: removes every container and volume the job's steps labelled as theirs
// (engine/labels.ts), after a cancelled job or a crash too. A clean-up that cannot finish must not
// fail the job it follows, so it resolves with what it did and rejects with a warning's text.
import { connectEngine, EngineUnavailableError, jobOwnerId, removeOwnedObjects } from '@lilypad-actions/module-runner';

export async function cleanUpJob(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const owner = jobOwnerId(env);
  if (!owner) return 'not in a GitHub Actions job (no GITHUB_RUN_ID): nothing to clean up';
  let removed;
  try {
    removed = await removeOwnedObjects((await connectEngine()).docker, owner);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw e instanceof EngineUnavailableError ? `clean-up skipped: ${message}` : `clean-up failed: ${message}`;
  }
  if (removed.failures.length > 0) throw `clean-up incomplete: could not remove ${removed.failures.join('; ')}`;
  const count = removed.containers.length + removed.volumes.length;
  return count
    ? `removed ${removed.containers.length} container(s) and ${removed.volumes.length} volume(s) of job ${owner}`
    : `nothing of job ${owner} left to remove`;
}
