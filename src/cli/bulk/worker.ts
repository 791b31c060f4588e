// A worker process of the pool: converts the inputs it is sent, one at a time, writing their JSON files.
import { convert, type ConvertOptions, type Destination } from './convert.js';

process.on('message', (job: { id: number; path: string; options: ConvertOptions; to: Destination }) => {
  void convert(job.path, job.options, job.to).then((outcome) => process.send!({ id: job.id, outcome }));
});
// Loaded: from now on, the time limit counts.
process.send!({ ready: true });
