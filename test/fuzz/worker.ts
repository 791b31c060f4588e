// One lane of `npm run fuzz`, in a process of its own: checks the cases it is sent, one at a
// time, and answers with each outcome. Its heap is bounded by the runner's --max-old-space-size,
// so an input that exhausts it ends this process only.
import { check } from './check.js';
import type { FuzzCase } from './cases.js';

process.on('message', (c: FuzzCase) => {
  void check(c).then((outcome) => process.send!(outcome));
});
