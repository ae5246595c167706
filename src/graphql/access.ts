import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { runAs } from '../domain/actor.js';
import { atLeast } from '../domain/roles.js';
import type { Context } from './context.js';

/**
 * Reads (queries and subscriptions) need VIEWER unless the deployment grants it to anonymous callers (ANONYMOUS_ROLE);
 * writes are checked per field (EDITOR, ADMIN). Every execution runs as its caller, so the one
 * write path can record who made each change.
 */
export function useAccessPolicy(): Plugin<Context> {
  /** The refusal for a read without the VIEWER role, or null; and the actor the operation runs as. */
  const admit = (untyped: unknown) => {
    const args = untyped as ExecutionArgs;
    const context = args.contextValue as Context;
    const operation = getOperationAST(args.document, args.operationName);
    const reads = operation?.operation === OperationTypeNode.QUERY || operation?.operation === OperationTypeNode.SUBSCRIPTION;
    const refusal = reads && !atLeast(context.viewer, 'VIEWER') ? { errors: [createGraphQLError('this operation needs a credential', { extensions: { code: 'UNAUTHENTICATED' } })] } : null;
    const actor = {
      subject: context.viewer.subject ?? 'anonymous',
      role: context.viewer.role,
      operation: args.operationName ?? operation?.name?.value ?? null,
      scope: context.viewer.scope ?? null,
    };
    return { refusal, actor };
  };
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const { refusal, actor } = admit(args);
      if (refusal) return setResultAndStopExecution(refusal);
      setExecuteFn((executionArgs) => runAs(actor, (): unknown => executeFn(executionArgs)));
    },
    // Subscriptions read as queries do: the same role rule.
    onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const { refusal, actor } = admit(args);
      if (refusal) return setResultAndStopExecution(refusal);
      setSubscribeFn((subscribeArgs) => runAs(actor, (): unknown => subscribeFn(subscribeArgs)));
    },
  };
}
