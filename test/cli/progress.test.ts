// The progress line of a bulk run: drawn on a terminal, redrawn in place, cleared at the end; not
// drawn at all when stderr is no terminal.
import { progress } from '../../src/cli/bulk/progress.js';

const io = (tty: boolean) => {
  const written: string[] = [];
  return { written, io: { stdout: () => undefined, stderr: (t: string) => void written.push(t), stderrIsTTY: tty } };
};

test('on a terminal: files done of all, rate, time left, failures; cleared at the end', () => {
  const { written, io: terminal } = io(true);
  const bar = progress(3, terminal, 2);
  bar.tick(false);
  bar.tick(true);
  bar.tick(false); // the last one is always drawn
  bar.end();
  expect(written[0]).toMatch(/^\r\x1b\[K1\/3 files {2}[\d.]+\/s {2}\d+m\d\ds left {2}0 failed {2}\(2 workers\)$/);
  expect(written.at(-2)).toMatch(/^\r\x1b\[K3\/3 files .* 1 failed/);
  expect(written.at(-1)).toBe('\r\x1b[K');
});

test('off a terminal: nothing', () => {
  const { written, io: pipe } = io(false);
  const bar = progress(3, pipe, 1);
  bar.tick(false);
  bar.end();
  expect(written).toEqual([]);
});
