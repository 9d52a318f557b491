// @lilypad-actions/gotemplate: Go 1.23's text/template, in TypeScript.
export { Template, type FuncMap } from './template.js';
export { TemplateError } from './errors.js';
export { ParseError } from './parse.js';
export { ExecError, LimitError, DEFAULT_LIMITS, MAX_EXEC_DEPTH, type ExecLimits, type Segment } from './exec.js';
export { sprintf, sprint, sprintln } from './fmt.js';
export { quote } from './quote.js';
export { htmlEscape, jsEscape, urlQueryEscape } from './escape.js';
export * from './value.js';
export { goFunc } from './go-func.js';
export { compareGoStrings, decodeGoString, encodeGoString, goLen, goTrimSpace } from './utf8.js';
export { parseGoFloat, type ParseFloatResult } from './strconv.js';
export type { Node, ListNode, TextNode, ActionNode } from './node.js';
export * as ast from './node.js';
export { Tree } from './parse.js';
