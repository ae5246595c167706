import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, Kind, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import mnemonist from 'mnemonist';
import type { Logger } from '../logger.js';

/**
 * Compiled operations kept, least recently used out first. A compiled operation is found by its
 * document first (yoga's parser cache hands the same document for the same text) and by its
 * text after that document is gone; the Explorer's whole manifest fits many times over.
 */
export const COMPILED_OPERATIONS = 500;

/**
 * Whether an operation runs compiled: a query (writes and subscriptions stay on graphql-js's
 * executor, where a write's order and a stream's lifetime are its own) of a document with one
 * operation (the compiled cache knows documents, not operation names), whose variables
 * graphql-js accepts (a refusal is then graphql-js's own, naming the field at fault and what it
 * expects; graphql-jit's messages say less).
 */
export function runsCompiled({ schema, document, operationName, variableValues }: ExecutionArgs): boolean {
  if (document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length !== 1) return false;
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  const definitions = operation.variableDefinitions ?? [];
  return definitions.length === 0 || !getVariableValues(schema, definitions, variableValues ?? {}).errors;
}

/**
 * Queries executed by graphql-jit: each operation compiled once to JavaScript that resolves its
 * fields (resolvers, the read planner's and the bounds' wrappers included, see the same resolve
 * info), where graphql-js interprets the document anew for every request. The service and the
 * benchmark's bare executor both execute through it; it must come before the plugins that wrap
 * execution (access policy, response cache), which then wrap it.
 */
export function useCompiledQueries(logger?: Logger): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: runsCompiled,
      cache: new mnemonist.LRUCache(COMPILED_OPERATIONS),
      // Validation passed, so a refusal to compile is graphql-jit's gap: the operation's answer says so.
      onError: (result) => logger?.error({ errors: result.errors }, 'graphql-jit could not compile an operation'),
    },
  ) as Plugin;
}
