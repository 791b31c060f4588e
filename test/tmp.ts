// Temporary folders for tests that write files: made under the system's temporary folder, and
// removed when the test file's tests are done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tmpDir(name = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), `gongkai-${name}-`));
  made.push(dir);
  return dir;
}
