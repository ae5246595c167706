import { parentPort, workerData } from 'node:worker_threads';
import { betweenness, closeness, eigenvector, pageRank, rankOrder, twoStepReach, type Adjacency, type Estimate, type SamplingOptions } from './centrality.js';

/** The measures a worker thread computes: the ones that take long on a large network. */
export type OffThreadMetric = 'PAGERANK' | 'BETWEENNESS' | 'CLOSENESS' | 'EIGENVECTOR' | 'REACH';

export interface MeasureTask {
  id: number;
  metric: OffThreadMetric;
  /** Backed by SharedArrayBuffers: the worker reads the engine's arrays, nothing is copied. */
  csr: Adjacency;
  options: SamplingOptions;
  start?: Float64Array;
}

const exact = (values: ArrayLike<number>, n: number): Estimate => ({ values: Float64Array.from(values), exact: true, samples: n, errorBound: null });

export function computeMeasure(task: Omit<MeasureTask, 'id'>): Estimate {
  const n = task.csr.offsets.length - 1;
  switch (task.metric) {
    case 'PAGERANK':
      return exact(pageRank(task.csr, task.start).values, n);
    case 'BETWEENNESS':
      return betweenness(task.csr, task.options);
    case 'CLOSENESS':
      return closeness(task.csr, task.options);
    case 'EIGENVECTOR':
      return exact(eigenvector(task.csr), n);
    case 'REACH':
      return exact(twoStepReach(task.csr), n);
  }
}

/** Set in the worker's data by MeasureWorkers, so importing this module elsewhere listens to nothing. */
export const WORKER_MARK = 'pentahelix.analytics.measures';

/** What the worker answers: the measure, and the node indices ranked by it (sorted here, not in the request thread). */
export interface MeasureResult {
  estimate: Estimate;
  order: Int32Array;
}

if ((workerData as { mark?: string } | null)?.mark === WORKER_MARK) parentPort?.on('message', (task: MeasureTask) => {
  try {
    const estimate = computeMeasure(task);
    const order = rankOrder(estimate.values);
    parentPort!.postMessage({ id: task.id, result: { estimate, order } }, [estimate.values.buffer as ArrayBuffer, order.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});
