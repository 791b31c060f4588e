// A worker thread of the pool: converts the inputs it is sent, one at a time, writing their JSON files.
import { parentPort } from 'node:worker_threads';
import { convert, type ConvertOptions, type Destination } from './convert.js';

parentPort!.on('message', (job: { id: number; path: string; options: ConvertOptions; to: Destination }) => {
  void convert(job.path, job.options, job.to).then((outcome) => parentPort!.postMessage({ id: job.id, outcome }));
});
// Loaded: from now on, the time limit counts.
parentPort!.postMessage({ ready: true });
