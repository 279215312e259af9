import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Every 2xx response's latency in ms (autocannon's own histogram keeps whole milliseconds). */
  latencies: number[];
}

/**
 * POSTs one body over `connections` keep-alive connections for `seconds`, with autocannon. Any
 * connection error, timeout, non-2xx status or body other than `expectBody` fails the run: a
 * fast wrong answer must not count.
 */
export function load(opts: { url: string; body: string; connections: number; seconds: number; expectBody?: string }): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${opts.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: opts.body,
        connections: opts.connections,
        duration: opts.seconds,
        ...(opts.expectBody !== undefined ? { expectBody: opts.expectBody } : {}),
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        const bad = { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, mismatches: result.mismatches };
        if (Object.values(bad).some((n) => n > 0)) return reject(new Error(`load run against ${opts.url} failed: ${JSON.stringify(bad)}`));
        resolve({ requests: latencies.length, seconds: result.duration, latencies });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}
