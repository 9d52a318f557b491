// @lilypad-actions/workflow-commands: the one place that makes text safe for a GitHub Actions
// step's stdout and stderr. Commands we mean (command-format.ts), untrusted text that must not be
// one (safe-text.ts), and verbatim module output with command processing off (stop-commands.ts).
export { escapeData, escapeProperty, formatCommand } from './command-format';
export { safeJson, safeLine, safeLines } from './safe-text';
export { beginStopCommands, newStopToken, stopCommands, type StopCommandsBlock } from './stop-commands';
export { markdownCell, markdownCode, type MarkdownPlace } from './markdown-text';
