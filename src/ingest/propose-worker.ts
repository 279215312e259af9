import { parentPort } from 'node:worker_threads';
import type { IngestInput } from './input.js';
import { proposeClaims } from './propose.js';

// The engine's thread: reads one text at a time, so a long text never blocks the server's loop.
parentPort?.on('message', (message: { id: number; input: IngestInput }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: proposeClaims(message.input) });
  } catch (e) {
    parentPort!.postMessage({ id: message.id, error: e instanceof Error ? e.message : String(e) });
  }
});
