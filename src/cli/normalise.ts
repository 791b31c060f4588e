#!/usr/bin/env node
// `normalise …` is `gongkai normalise …` as a bin of its own.
import { normaliseCommand } from './normaliseCommand.js';
import { runCommand } from './run.js';
import { processIo } from './io.js';

process.exitCode = await runCommand(normaliseCommand, process.argv.slice(2), processIo);
