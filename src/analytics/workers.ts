import { Worker } from 'node:worker_threads';
import { WORKER_MARK, type MeasureResult, type MeasureTask } from './measure-worker.js';

type Pending = { resolve: (value: MeasureResult) => void; reject: (error: Error) => void };

/**
 * One worker thread that computes the long measures, so requests keep being served while a
 * betweenness runs. The network's arrays live in SharedArrayBuffers and are shared with the
 * worker, not copied; tasks queue in the worker (one at a time: the machine's other core
 * serves requests). The worker runs the TypeScript sources through tsx, as the service does.
 */
export class MeasureWorkers {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, Pending>();

  run(task: Omit<MeasureTask, 'id'>): Promise<MeasureResult> {
    const worker = this.started();
    const id = this.next++;
    return new Promise<MeasureResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...task, id });
      // Only while a task is out does the worker keep the process alive.
      worker.ref();
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./measure-worker.mjs', import.meta.url), { workerData: { mark: WORKER_MARK } });
    worker.unref();
    worker.on('message', (message: { id: number; result?: MeasureResult; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.result!);
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analytics worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

}

let shared: MeasureWorkers | null = null;

/** The process's one measure worker (started on first use; idle, it does not keep the process alive). */
export function measureWorkers(): MeasureWorkers {
  shared ??= new MeasureWorkers();
  return shared;
}
