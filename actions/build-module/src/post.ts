// build-module's post step: runs after the job's steps, also when the job was cancelled or the
// build failed, and removes every container and volume this job labelled as its own. The image
// built is the step's product and stays; the classic builder's own containers carry no labels and
// are removed by the build itself (forcerm, and after a timeout by id: image/build.ts).
import * as core from '@actions/core';
import { cleanUpJob } from '@lilypad-actions/action-shared/clean-up';

cleanUpJob().then(core.info, (message: string) => core.warning(message));
