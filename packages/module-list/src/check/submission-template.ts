// The module-submission PR template, as the checks know it when the list repository has none of its
// own. The same text is workflows/templates/module-submission.md (test/pr-template.test.ts keeps
// them equal), which is what list maintainers copy.

export const MODULE_SUBMISSION_TEMPLATE_PATH = 'workflows/templates/module-submission.md';

/**
 * Where the checks look for the list's own copy (read at the base revision, so a PR cannot loosen
 * it). Not .github/pull_request_template.md: awesome-lilypad's is a generic one for code changes.
 */
export const PR_TEMPLATE_PATH = '.github/PULL_REQUEST_TEMPLATE/module-submission.md';

export const MODULE_SUBMISSION_TEMPLATE = `<!--
Module submission. Copy this file to .github/PULL_REQUEST_TEMPLATE/module-submission.md in the
list repository; creators open their PR with ?template=module-submission.md. The submission checks read this
description: keep the headings, and tick each box once it is true. They run again when you edit it.
A submission adds (or changes) files under modules/ only: the README's module tables are generated
from modules/ after the merge.
-->

## Module

<!-- The entry this PR adds, e.g. modules/jamiebones/Spark-TTS-0.5B.yaml, and a line on what the module does. -->

## How to run it

<!-- What a maintainer needs beyond the entry's example inputs: models downloaded at start-up, run time, GPU memory. -->

## Checklist

- [ ] The entry's \`module\` is the reference \`lilypad run\` takes (github.com/owner/repo:tag, exactly one colon) and \`commit\` is the commit that tag points to.
- [ ] \`lilypad-module validate\` passes on lilypad_module.json.tmpl at that commit with the entry's example inputs.
- [ ] The template's Image is pinned by digest (image@sha256:…).
- [ ] I ran the module with \`lilypad run\` (or \`lilypad-module run\`) and it produced what the entry's tests expect.
- [ ] I am the creator the entry names, or a member of the team it names.
- [ ] This submission follows the Code of Conduct.
`;
