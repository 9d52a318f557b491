// run-module's post step: runs after the job's steps, also when the job was cancelled mid-run,
// and removes every container and volume this job labelled as its own.
import * as core from '@actions/core';
import { cleanUpJob } from '@lilypad-actions/action-shared/clean-up';

cleanUpJob().then(core.info, (message: string) => core.warning(message));
