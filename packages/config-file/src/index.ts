// @lilypad-actions/config-file: files the project reads from its users (templates, inputs files,
// the rewards config, usage files, test plans, validation settings): read safely (regular files
// only, capped), and YAML read with its positions kept, so every problem is reported at
// file:line:col with its key.
export { FileProblemsError, formatLocation, type Problem, type SourceLocation } from './problems';
export { keyName, locatePath, locateSchemaError, parseYaml, pointerSegments } from './yaml-source';
export { globToRegExp } from './glob';
export { FileReadError, readRegularFile, textProblem, invalidUtf8Offset, type FileReadProblem } from './read-file';
