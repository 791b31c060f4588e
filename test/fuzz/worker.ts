// One lane of `npm run fuzz`: checks the cases it is sent, one at a time, and answers with each outcome.
import { parentPort } from 'node:worker_threads';
import { check } from './check.js';
import type { FuzzCase } from './cases.js';

parentPort!.on('message', (c: FuzzCase) => {
  void check(c).then((outcome) => parentPort!.postMessage(outcome));
});
