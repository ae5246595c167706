import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { runAs } from '../domain/actor.js';
import { atLeast } from '../domain/roles.js';
import type { Context } from './context.js';

/**
 * Reads need VIEWER unless the deployment grants it to anonymous callers (ANONYMOUS_ROLE);
 * writes are checked per field (EDITOR, ADMIN). Every execution runs as its caller, so the one
 * write path can record who made each change.
 */
export function useAccessPolicy(): Plugin<Context> {
  return {
    onExecute({ args: untyped, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const args = untyped as ExecutionArgs;
      const context = args.contextValue as Context;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === OperationTypeNode.QUERY && !atLeast(context.viewer, 'VIEWER')) {
        setResultAndStopExecution({
          errors: [createGraphQLError('this operation needs a credential', { extensions: { code: 'UNAUTHENTICATED' } })],
        });
        return;
      }
      const actor = {
        subject: context.viewer.subject ?? 'anonymous',
        role: context.viewer.role,
        operation: args.operationName ?? operation?.name?.value ?? null,
        scope: context.viewer.scope ?? null,
      };
      setExecuteFn((executionArgs) => runAs(actor, (): unknown => executeFn(executionArgs)));
    },
  };
}
