// Reports on validated templates, for people (text, job summary) and tools (JSON, GitHub annotations).
export { formatText, formatInputsText, type TextOptions } from './text';
export { formatJson, formatInputsJson, formatInputsJsonError, toJsonDocument, REPORT_FORMAT_VERSION, type JsonReportDocument, type JsonFileReport, type JsonFinding } from './json';
export {
  formatGithub,
  githubAnnotations,
  workflowCommand,
  GITHUB_ANNOTATION_LIMITS,
  type Annotation,
  type AnnotationKind,
  type AnnotationLimits,
  type AnnotationCounts,
  type GithubOptions,
} from './github';
export { formatSummary, DEFAULT_SUMMARY_BYTES, type SummaryOptions } from './summary';
export { tally, countsText, verdictLine, appliedOverrides, overridesText, displayPath, type Tally, type PathOptions } from './tally';
export { BoundedText } from './bounded-text';
