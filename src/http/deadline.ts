import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DatabaseTimeoutError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * `work`, or `onTimeout()` once `deadlineAt` (epoch ms) has passed, whichever comes first. The work
 * is not cancelled; its late result or failure is dropped.
 */
export function withDeadline<T>(work: T | PromiseLike<T>, deadlineAt: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), Math.max(0, deadlineAt - Date.now()));
  });
  return Promise.race([Promise.resolve(work), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Every request gets a deadline, `timeoutMs` after it arrived: `deadlineOf(request)` gives it to the
 * context (as `deadlineAt`, so the data layer can pass what is left to each transaction), and the
 * plugin answers the operation with DATABASE_TIMEOUT when execution is still running then, so a
 * hung database never leaves a client waiting. DATABASE_TIMEOUT rather than a code of its own: a
 * transaction that reaches its (remaining) timeout says the same thing at about the same moment,
 * and a client handles both alike (narrow the question, or try again).
 */
export function requestDeadlines(timeoutMs: number, log: Logger) {
  const arrivedAt = new WeakMap<Request, number>();
  const deadlineOf = (request: Request) => (arrivedAt.get(request) ?? Date.now()) + timeoutMs;
  const plugin: Plugin<{ deadlineAt?: number }> = {
    onRequest({ request }) {
      arrivedAt.set(request, Date.now());
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const deadlineAt = args.contextValue.deadlineAt ?? Date.now() + timeoutMs;
      setExecuteFn((a) =>
        withDeadline(executeFn(a) as ExecutionResult | PromiseLike<ExecutionResult>, deadlineAt, () => {
          log.warn({ operationName: a.operationName ?? null, timeoutMs }, 'request deadline passed; answered DATABASE_TIMEOUT');
          return { data: null, errors: [new DatabaseTimeoutError()] };
        }),
      );
    },
  };
  return { plugin, deadlineOf };
}
