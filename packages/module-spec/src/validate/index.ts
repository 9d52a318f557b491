export { validateTemplate, splitGoPosition, SAMPLE_VALUE, type ValidateOptions } from './validate';
export { RULES, ALL_RULES, type RuleInfo } from './rules';
export { ADVERSARIAL_VALUES } from './input-lints';
export { discoverInputUses, summarizeUses, allActions, type InputUse } from './discover-inputs';
export { checkImageReference, IMAGE_REFERENCE } from './image-ref';
export { MAX_TIMEOUT_SECONDS } from './module-lints';
export { LineIndex } from './positions';
export type * from './types';
