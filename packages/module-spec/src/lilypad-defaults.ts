// Names and numbers Lilypad fixes, that the CLI, the actions and the packages all use: defined
// here once, so a default cannot drift between them (action.yml repeats them as YAML text; a test
// holds those equal to these).

/** The template's file name at a module repository's root (Lilypad's LILYPAD_MODULE_CONFIG_PATH without its `/`). */
export const TEMPLATE_FILE = 'lilypad_module.json.tmpl';

/**
 * Lilypad's solver: executionTimeoutSeconds 0 means this (pkg/options/timeout.go,
 * TIMEOUT_EXECUTION_SECONDS). Also run-module's and `lilypad-module run`'s default cap on a case,
 * so a case that passes here in time is not refused by the solver.
 */
export const SOLVER_DEFAULT_EXECUTION_SECONDS = 900;
