// Inputs converted in worker processes, `jobs` at a time, each outcome handed on as it comes. A
// worker that runs past the time limit is killed and one that runs out of its heap dies: either
// way that input fails with a code (TIMEOUT, TOO_COMPLEX) and a fresh worker takes the next.
// Processes, not threads: a thread that exhausts its heap in one large allocation aborts the
// whole process, its siblings and the run with it. With jobs 0 the inputs are converted one by
// one in this process, without those bounds.
import { fork, type ChildProcess } from 'node:child_process';
import { convert, type ConvertOptions, type Destination, type Outcome } from './convert.js';

/** The worker's script: beside this file once built; run from source (the tests), the built one. */
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../../dist/cli/bulk/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

export interface PoolOptions {
  jobs: number;
  /** Time one input may take, in milliseconds. */
  timeoutMs: number;
  /** Heap one worker may use, in MiB. */
  memoryMb: number;
  convert: ConvertOptions;
}

export interface Task {
  id: number;
  path: string;
  to: Destination;
}

export async function convertAll(
  tasks: readonly Task[],
  pool: PoolOptions,
  done: (task: Task, outcome: Outcome) => Promise<void>,
): Promise<void> {
  if (pool.jobs === 0) {
    for (const task of tasks) await done(task, await convert(task.path, pool.convert, task.to));
    return;
  }
  let next = 0;
  // Outcomes are handed on without waiting for them to be written, so that workers never wait on
  // the disk; no more than a few are held at a time.
  const handing = new Set<Promise<void>>();
  const handOn = async (task: Task, outcome: Outcome): Promise<void> => {
    const work = done(task, outcome).finally(() => handing.delete(work));
    handing.add(work);
    while (handing.size > pool.jobs * 2) await Promise.race(handing);
  };
  const lane = async (): Promise<void> => {
    let worker: ChildProcess | null = null;
    try {
      while (next < tasks.length) {
        const task = tasks[next++]!;
        worker ??= await started(pool);
        const { outcome, dead } = await runOn(worker, task, pool);
        if (dead) {
          worker.kill('SIGKILL');
          worker = null;
        }
        await handOn(task, outcome);
      }
    } finally {
      worker?.kill();
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.jobs, tasks.length) }, lane));
  await Promise.all(handing);
}

/** A new worker, once it has loaded (its start is not counted against the first input's time). */
function started(pool: PoolOptions): Promise<ChildProcess> {
  const worker = fork(WORKER, [], {
    execArgv: [`--max-old-space-size=${pool.memoryMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // Always drained: read while a task runs (runOn), dropped between tasks, so that a worker writing
  // to stderr never blocks on a full pipe.
  worker.stderr!.resume();
  return new Promise((resolve, reject) => {
    worker.once('message', () => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      resolve(worker);
    });
    const onExit = (code: number | null): void => reject(new Error(`The worker did not start (exit code ${code}).`));
    worker.once('error', reject);
    worker.once('exit', onExit);
  });
}

/** One task on one worker: its outcome, and whether the worker is gone (killed or dead). */
function runOn(worker: ChildProcess, task: Task, pool: PoolOptions): Promise<{ outcome: Outcome; dead: boolean }> {
  return new Promise((resolve) => {
    // V8 says on stderr that it ran out of heap, and then aborts.
    let outOfMemory = false;
    let said = '';
    const onStderr = (chunk: Buffer): void => {
      said = (said + chunk.toString()).slice(-4096);
      outOfMemory ||= /heap limit|heap out of memory/.test(said);
    };
    const finish = (outcome: Outcome, dead: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.stderr?.off('data', onStderr);
      resolve({ outcome, dead });
    };
    const onMessage = (message: { id: number; outcome: Outcome }): void => {
      if (message.id === task.id) finish(message.outcome, false);
    };
    const onError = (error: Error): void =>
      finish({ ok: false, sha256: 'unknown', code: 'INTERNAL', message: error.message }, true);
    const onExit = (code: number | null, signal: string | null): void =>
      finish(
        outOfMemory
          ? {
              ok: false,
              sha256: 'unknown',
              code: 'TOO_COMPLEX',
              message: `Reading it needed more than ${pool.memoryMb} MiB of memory.`,
            }
          : {
              ok: false,
              sha256: 'unknown',
              code: 'INTERNAL',
              message: `The worker stopped (${signal ?? `exit code ${code}`}).`,
            },
        true,
      );
    const timer = setTimeout(
      () =>
        finish(
          {
            ok: false,
            sha256: 'unknown',
            code: 'TIMEOUT',
            message: `Reading it took longer than ${pool.timeoutMs / 1000} s; it was stopped.`,
          },
          true,
        ),
      pool.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.stderr?.on('data', onStderr);
    worker.send({ id: task.id, path: task.path, options: pool.convert, to: task.to });
  });
}
