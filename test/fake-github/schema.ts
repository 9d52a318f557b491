// GitHub's published GraphQL schema, and the checks github.com makes before it runs a query, so a
// misspelt field or a wrongly typed variable fails a test the way it would fail in production.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  getNamedType,
  GraphQLError,
  Kind,
  parse,
  validate,
  visit,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';

let cached: GraphQLSchema | undefined;

/**
 * The schema of github.com as `@octokit/graphql-schema` 15.26.1 publishes it. Built from the
 * introspection JSON: that version's SDL repeats two field definitions, which `buildSchema` rejects.
 */
export function githubSchema(): GraphQLSchema {
  cached ??= buildClientSchema(JSON.parse(readFileSync(publishedSchemaPath(), 'utf8')) as IntrospectionQuery);
  return cached;
}

/**
 * The package's schema.json, found on disk rather than through its index.js, which reads the file
 * relative to its own import.meta.url at import time and so breaks inside bundles (the benchmarks
 * run bundled).
 */
function publishedSchemaPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('fake GitHub: @octokit/graphql-schema is not installed (pnpm install)');
  }
}

/** GitHub's per-query ceilings (docs: "Rate limits and node limits for the GraphQL API"). */
export const NODE_LIMIT = 500_000;
export const MAX_PAGE_SIZE = 100;

export interface CheckedDocument {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

const documents = new Map<string, CheckedDocument | readonly GraphQLError[]>();

/**
 * Parses and validates a query as GitHub would, with GitHub's own pagination rules on top of the
 * GraphQL spec's: every connection needs `first` or `last` (at most 100), and the product of page
 * sizes along each path may not exceed 500,000 nodes. Results are cached by query text.
 */
export function checkDocument(query: string, operationName?: string | null): CheckedDocument | readonly GraphQLError[] {
  const key = `${operationName ?? ''}\n${query}`;
  const hit = documents.get(key);
  if (hit) return hit;
  const result = checkUncached(query, operationName);
  documents.set(key, result);
  return result;
}

function checkUncached(query: string, operationName?: string | null): CheckedDocument | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (e) {
    return [e as GraphQLError];
  }
  const errors = validate(githubSchema(), document);
  if (errors.length > 0) return errors;
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || (!operationName && operations.length > 1)) {
    return [new GraphQLError(operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.')];
  }
  const paginationErrors = checkPagination(document);
  if (paginationErrors.length > 0) return paginationErrors;
  return { document, operation };
}

/**
 * GitHub's static pagination checks. Page sizes given as variables are checked when the request
 * arrives (see `checkPageSizes`); here a variable counts as the maximum, as GitHub counts it.
 */
function checkPagination(document: DocumentNode): GraphQLError[] {
  const schema = githubSchema();
  const errors: GraphQLError[] = [];
  const multipliers: number[] = [1];
  let total = 0;
  // Plain lists (Tree.entries) are not paginated, and GitHub does not count them either.
  const typeStack: Array<GraphQLNamedType | null | undefined> = [];
  visit(document, {
    OperationDefinition: {
      enter(node) {
        typeStack.push(node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType());
      },
      leave() {
        typeStack.pop();
      },
    },
    InlineFragment: {
      enter(node) {
        const named = node.typeCondition ? schema.getType(node.typeCondition.name.value) : typeStack.at(-1);
        typeStack.push(named);
      },
      leave() {
        typeStack.pop();
      },
    },
    Field: {
      enter(node) {
        const parent = typeStack.at(-1);
        const field = parent && 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
        const named = field ? getNamedType(field.type) : undefined;
        let multiplier = multipliers.at(-1) ?? 1;
        if (named && named.name.endsWith('Connection')) {
          const arg = (name: string) => node.arguments?.find((a) => a.name.value === name)?.value;
          const size = arg('first') ?? arg('last');
          if (!size) {
            errors.push(
              new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${node.name.value}\` connection.`),
            );
          } else {
            const n = size.kind === Kind.INT ? Number(size.value) : MAX_PAGE_SIZE;
            if (n > MAX_PAGE_SIZE) errors.push(excessive(node.name.value, n));
            multiplier *= n;
            total += multiplier;
          }
        }
        multipliers.push(multiplier);
        typeStack.push(named);
      },
      leave() {
        multipliers.pop();
        typeStack.pop();
      },
    },
  });
  if (total > NODE_LIMIT) {
    errors.push(new GraphQLError(`This query requests up to ${total.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${NODE_LIMIT.toLocaleString('en-US')}.`));
  }
  return errors;
}

export function excessive(connection: string, n: number): GraphQLError {
  return new GraphQLError(
    `Requesting ${n} records on the \`${connection}\` connection exceeds the \`first\` limit of ${MAX_PAGE_SIZE} records.`,
  );
}
