import type { Driver } from 'neo4j-driver';

/** Cypher statements sent, counted by the thin wrapper below: the peer's and raw side's round trips. */
export interface CallCounter {
  calls: number;
}

const TRANSACTION_WORK = new Set(['executeRead', 'executeWrite', 'readTransaction', 'writeTransaction']);

function counting<T extends object>(target: T, counter: CallCounter, wrapResult: Record<string, (v: unknown) => unknown> = {}): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const name = String(prop);
      return (...args: unknown[]) => {
        if (name === 'run' || name === 'executeQuery') counter.calls++;
        if (TRANSACTION_WORK.has(name) && typeof args[0] === 'function') {
          const work = args[0] as (tx: object) => unknown;
          args[0] = (tx: object) => work(counting(tx, counter));
        }
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return wrapResult[name] ? wrapResult[name](result) : result;
      };
    },
  });
}

/**
 * The driver as given, counting every statement run through it (auto-commit, managed or explicit
 * transactions, executeQuery). Only what the caller sends is counted: the driver's own internal
 * calls go around the wrapper.
 */
export function countingDriver(driver: Driver, counter: CallCounter): Driver {
  const tx = (t: unknown) => counting(t as object, counter);
  const session = (s: unknown) => counting(s as object, counter, { beginTransaction: tx });
  return counting(driver, counter, { session });
}
