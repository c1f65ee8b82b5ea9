// Where commands write and how they fail: one place, so every command speaks the same way.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Where a run of the CLI writes: the process's streams, or a test's (main(argv, streams)). */
export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

let streams: Streams = process;

/** Sends the CLI's output to these streams until the returned function is called. */
export function useStreams(next: Streams): () => void {
  const previous = streams;
  streams = next;
  return () => {
    streams = previous;
  };
}

export function out(text: string): void {
  streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(text: string): void {
  streams.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Raw text to standard error (commander's messages), through the same streams. */
export function errRaw(text: string): void {
  streams.stderr.write(text);
}

/** Raw text to standard output (commander's help). */
export function outRaw(text: string): void {
  streams.stdout.write(text);
}
