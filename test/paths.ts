// Where things are, for tests: the repository root, found from this file's URL.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const seeds = join(repo, 'seeds');
export const testDir = join(repo, 'test');
