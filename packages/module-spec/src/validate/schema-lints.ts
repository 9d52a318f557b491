// Placeholder replaced by the schema check (ajv) in the next commit.
import type { JsonNode } from './json-view';
import type { RuleInfo } from './rules';

export interface SchemaFinding {
  rule: RuleInfo;
  message: string;
  offset: number;
  pointer: string;
}

export function schemaFindings(_tree: JsonNode): SchemaFinding[] {
  return [];
}
