// What commands write to, so tests can run them in-process as well as through the real bin.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Is stderr a terminal (progress is drawn there only then)? */
  stderrIsTTY?: boolean;
}

// A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as in any Unix tool.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
};

/** A name as it may be printed: control characters escaped, so that a file name cannot drive the terminal. */
export const printable = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Wrong words on the command line: printed with the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
