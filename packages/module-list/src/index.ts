// @lilypad-actions/module-list: the awesome-lilypad list of modules — its entry format
// (modules/<owner>/<name>.yaml), the migration from the README's tables, the tables generated
// back into the README, and the checks every submission passes. It knows git, not GitHub's API.

export type { Audience, ListFinding, Severity } from './findings';
export { bySeverity, failing, findingLocation } from './findings';
export { MAX_ENTRY_BYTES, readEntryDocument } from './entry/entry-document';
export type { EntryDocument } from './entry/entry-document';
export { CATEGORIES, ENTRY_KEYS, ENTRY_SCHEMA_URL, SECTIONS, entryPosition, parseListEntry } from './entry/list-entry';
export type { Category, ListEntry, ParsedListEntry, Section } from './entry/list-entry';
export { readModuleReference } from './entry/module-reference';
export type { ModuleReference, ReferenceProblem } from './entry/module-reference';
export { ENTRY_EXTENSIONS, MODULES_DIR, entryPathFindings, entryPathFor, isEntryPath, isUnderModules } from './entry/entry-path';
export { parseEntry } from './entry/credit';
export type { EntryResult, ModuleEntry } from './entry/credit';
export { jsonSyntaxError } from './entry/json-syntax';
export { renderEntry } from './entry/write-entry';
export { migrateReadme, guessCategory } from './migrate/migrate';
export type { MigratedEntry, Migration, RefResolver, ResolvedRef } from './migrate/migrate';
export { readReadmeModules, linkedRepository } from './migrate/readme-modules';
export type { ModuleRow, ModuleTable, ReadmeModules, TableShape } from './migrate/readme-modules';
export { formatArguments, parseArguments } from './readme/arguments';
export { TABLE_HEADERS, renderTable, sectionOf, webLink } from './readme/readme-tables';
export { ReadmeMarkersError, generatedRegions, markTables, readmeDiff, syncReadme } from './readme/readme-sync';
export type { GeneratedRegion } from './readme/readme-sync';
export { unifiedDiff } from './readme/line-diff';
export { checkSubmission, DEFAULT_MAX_ENTRIES, MAX_TEMPLATE_BYTES, TEAMS_FILE } from './check/submission-check';
export type { PullInfo, SubmissionCheckOptions } from './check/submission-check';
export { CheckInputError } from './check/list-repo';
export { ModuleRepos } from './check/module-repos';
export { GitError } from './check/git';
export { templateVerdict } from './check/template-verdict';
export type { TemplateVerdict } from './check/template-verdict';
export { prBodyFindings, templateParts, PR_BODY_FILE } from './check/pr-body';
export { MODULE_SUBMISSION_TEMPLATE, MODULE_SUBMISSION_TEMPLATE_PATH, PR_TEMPLATE_PATH } from './check/submission-template';
export { SUBMISSION_REPORT_VERSION, countFindings } from './check/report';
export type { EntryReport, MatrixItem, SubmissionReport } from './check/report';
export { checkAnnotations, checkSummaryMarkdown, countsLine, formatCheckGithub, formatCheckJson, formatCheckText, reportMarkdown, verdictLine } from './report/check-formats';
export { COMMENT_MARKER, UntrustedReportError, readUntrustedReport, readUntrustedRunReport, renderComment } from './report/pr-comment';
export type { CommentInput, RunOutcome } from './report/pr-comment';
