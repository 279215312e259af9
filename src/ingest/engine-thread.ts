import { Worker } from 'node:worker_threads';
import type { IngestInput } from './input.js';
import type { IngestResult } from './proposal.js';

/** The engine did not finish before the time it was given; its thread was stopped. */
export class EngineTimeout extends Error {
  constructor(readonly ms: number) {
    super(`reading the text took longer than ${ms} ms`);
    this.name = 'EngineTimeout';
  }
}

interface Pending {
  resolve: (r: IngestResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * The ingestion engine in its own thread. It is CPU-bound (about 45 KB of text a second on a busy
 * 2-core machine), so on the server's loop one long article would stall every other request; here
 * it runs beside it, one text at a time, and a text that outlasts its budget has its thread
 * stopped (a fresh one starts for the next). Run from TypeScript sources, the thread registers
 * tsx first, as the main thread did.
 */
export class EngineThread {
  private worker: { thread: Worker; pending: Map<number, Pending> } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  private start(): { thread: Worker; pending: Map<number, Pending> } {
    const entry = new URL(`./propose-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
    const worker = entry.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true })
      : new Worker(entry);
    worker.unref();
    const pending = new Map<number, Pending>();
    const self = { thread: worker, pending };
    worker.on('message', (m: { id: number; result?: IngestResult; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.error !== undefined) p.reject(new Error(`ingestion engine failed: ${m.error}`));
      else p.resolve(m.result!);
    });
    const fail = (e: Error) => {
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(e);
      }
      pending.clear();
      if (this.worker === self) this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`ingestion engine thread exited (${code})`)));
    return self;
  }

  /** Starts the thread ahead of the first text: loading the engine takes seconds on a busy machine. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Proposes for one text within `ms`, after the texts queued before it (their wait counts). */
  propose(input: IngestInput, ms: number): Promise<IngestResult> {
    const deadline = Date.now() + ms;
    const run = this.queue.then(() => this.runOne(input, deadline - Date.now(), ms));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private runOne(input: IngestInput, left: number, budget: number): Promise<IngestResult> {
    if (left <= 0) return Promise.reject(new EngineTimeout(budget));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<IngestResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.pending.delete(id);
        if (this.worker === worker) this.worker = null;
        void worker.thread.terminate();
        reject(new EngineTimeout(budget));
      }, left);
      worker.pending.set(id, { resolve, reject, timer });
      worker.thread.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.thread.terminate();
  }
}
