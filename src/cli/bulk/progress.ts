// Progress of a bulk run on a terminal: files done of all, the rate, the time left, failures so
// far — one line, redrawn at most five times a second. Nothing at all when stderr is no terminal.
import type { Io } from '../io.js';

export interface Progress {
  tick: (failed: boolean) => void;
  end: () => void;
}

export function progress(total: number, io: Io, workers: number): Progress {
  if (!io.stderrIsTTY || total === 0) return { tick: () => undefined, end: () => undefined };
  const started = Date.now();
  let done = 0;
  let failed = 0;
  let drawn = 0;
  const draw = (): void => {
    const seconds = (Date.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left = rate > 0 ? (total - done) / rate : 0;
    io.stderr(
      `\r\x1b[K${done}/${total} files  ${rate.toFixed(1)}/s  ${clock(left)} left  ${failed} failed  (${workers} worker${workers === 1 ? '' : 's'})`,
    );
    drawn = Date.now();
  };
  return {
    tick: (f) => {
      done++;
      if (f) failed++;
      if (Date.now() - drawn >= 200 || done === total) draw();
    },
    end: () => io.stderr('\r\x1b[K'),
  };
}

const clock = (seconds: number): string => {
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};
