import { describe, expect, it } from 'vitest';
import { withoutStackTrace } from '../../src/store/executor.js';

/** The driver's per-statement stack capture is skipped, without leaking the setting to anything else. */
describe('withoutStackTrace', () => {
  it('starts the work with no stack frames captured, and returns what it returns', () => {
    const stack = withoutStackTrace(() => new Error('inside').stack);
    expect(stack).toBe('Error: inside');
  });

  it('restores the stack trace limit afterwards', () => {
    const before = Error.stackTraceLimit;
    withoutStackTrace(() => 1);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });

  it('restores it when the work throws, and the error still propagates', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutStackTrace(() => {
        throw new TypeError('bad parameters');
      }),
    ).toThrow('bad parameters');
    expect(Error.stackTraceLimit).toBe(before);
  });
});
