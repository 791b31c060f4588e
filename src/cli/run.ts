// `gongkai COMMAND …`: thin wiring from the command line to the library.
import { normaliseCommand, normaliseUsage } from './normaliseCommand.js';
import { validateCommand } from './validateCommand.js';
import { checkCommand } from './checkCommand.js';
import { diffCommand } from './diffCommand.js';
import { compareCommand } from './compareCommand.js';
import { processIo, UsageError, type Io } from './io.js';
import { InputError } from './documents.js';
import { GongkaiError } from '../errors.js';
import { VERSION } from '../version.js';

const usage = `Usage: gongkai COMMAND [ARGS…]

Commands:
  normalise [INPUT…]   convert catalogues into validated JSON (see gongkai normalise --help)
  diff A B             align two catalogues' items and say what changed (--format json|md|tsv|html)
  compare INPUT…       which agency covers which disclosure topic (--html, --csv, --json)
  check REPORT…        annual reports' consistency checks (R1–R6) as a table
  validate FILE.json…  check documents against the schemas
  --version            print the version

${normaliseUsage}`;

const commands: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  normalise: normaliseCommand,
  validate: validateCommand,
  check: checkCommand,
  diff: diffCommand,
  compare: compareCommand,
};

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`gongkai ${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`gongkai: unknown command ${JSON.stringify(name)}\n\n${usage}`);
    return 2;
  }
  return runCommand(command, rest, io);
}

/**
 * Runs a command: a usage mistake is a message and exit 2; an input the command needs that
 * cannot be read is its code and message and exit 1; anything else is a bug, said plainly (exit 2).
 */
export async function runCommand(
  command: (argv: readonly string[], io: Io) => Promise<number>,
  argv: readonly string[],
  io: Io,
): Promise<number> {
  try {
    return await command(argv, io);
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS'))
      io.stderr(`gongkai: ${e.message}\nTry --help.\n`);
    else if (error instanceof InputError || error instanceof GongkaiError) {
      io.stderr(`gongkai: ${error instanceof GongkaiError ? `${error.code}: ` : ''}${e.message}\n`);
      return 1;
    } else io.stderr(`gongkai: internal error: ${e.message}\n${process.env.GONGKAI_DEBUG ? `${e.stack}\n` : ''}`);
    return 2;
  }
}
