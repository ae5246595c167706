// Entry of the analytics worker thread: the service runs its TypeScript through tsx, so the
// worker registers tsx before loading the measures.
import { register } from 'tsx/esm/api';

register();
await import('./measure-worker.ts');
