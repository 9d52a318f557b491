// @lilypad-actions/module-spec: what the Lilypad CLI (v2.23.0) does with a module before it runs
// it — reading `-i` inputs, resolving a module reference, rendering the template.
export { parseInputFlags, parseInputFlagValue, InputFlagError, INPUT_FLAG_NAME } from './inputs';
export { SOLVER_DEFAULT_EXECUTION_SECONDS, TEMPLATE_FILE } from './lilypad-defaults';
export { parseModuleRef, templateName, ModuleRefError, LILYPAD_MODULE_CONFIG_PATH, SHORTCUT_REPO_PREFIX, TEMPLATE_MAX_BYTES } from './module-ref';
export type { ModuleRef } from './module-ref';
export { formatSize, readTemplateFile, TemplateFileError } from './template-file';
export type { ReadTemplateOptions, TemplateFileHints } from './template-file';
export { renderLilypad, renderedBytes, encodeInputs, subst, lilypadRenderError } from './render';
export type { RenderRequest, RenderResult } from './render';
export { goJSONString, goJSONUnmarshalString } from './go-json';
export { readFirstCsvRecord, CsvParseError } from './go-csv';
export * from './validate/index';
export { BACALHAU_DEFAULT_CPU, BACALHAU_DEFAULT_MEMORY, DOCKER_MIN_MEMORY_BYTES, humanizeParseBytes, k8sCpuMillicores, nanoCpus, providerResources, readResource } from './provider/bacalhau-resources';
export type { ParseBytesResult, ProviderResources, ResourceStrings, ResourcesResult } from './provider/bacalhau-resources';
export { decodeModule, marshalModule, parseJson, MODULE_TYPE } from './decode';
export type { DecodeResult, DecodeSuccess, DecodeFailure, JsonParseResult, Module, GoInt, GoType, GoField, StructType, JsonValue } from './decode';
export type { JsonNode, JsonObjectNode, JsonArrayNode, JsonStringNode, JsonNumberNode, JsonBoolNode, JsonNullNode, JsonMember } from './decode';
export * from './report/index';
