// @lilypad-actions/config-file: configuration files (the rewards config, usage files, test plans)
// read with their positions kept, so every problem is reported at file:line:col with its key.
export { FileProblemsError, formatLocation, type Problem, type SourceLocation } from './problems';
export { keyName, locatePath, locateSchemaError, parseYaml, pointerSegments } from './yaml-source';
export { globToRegExp } from './glob';
