import { PassThrough } from 'node:stream';

/** A log destination for a test app (`logDestination`) that parses each JSON line into `lines`. */
export function collectLogLines<T = Record<string, unknown>>(lines: T[]): PassThrough {
  const destination = new PassThrough();
  destination.on('data', (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((line) => lines.push(JSON.parse(line) as T)),
  );
  return destination;
}
