import type { DestinationStream } from 'pino';

const LEVELS: Record<number, [name: string, color: number]> = {
  10: ['TRACE', 90],
  20: ['DEBUG', 36],
  30: ['INFO ', 32],
  40: ['WARN ', 33],
  50: ['ERROR', 31],
  60: ['FATAL', 35],
};

/** Fields shown in the line's head, or left out as noise in a terminal. */
const SHOWN = new Set(['level', 'time', 'msg', 'context', 'req', 'res', 'err', 'responseTime', 'pid', 'hostname']);

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * A destination for pino that writes each JSON line as one readable line for a terminal
 * (`12:04:05.123 INFO  [Context] message  GET /api/x 200 12ms`, then other fields as JSON and an
 * error's stack on its own lines). Synchronous, in the process: no worker thread, nothing to
 * flush at exit. For development only (LOG_FORMAT=pretty); production keeps JSON lines.
 */
export function prettyLogStream(output: Output = process.stdout, colors = output.isTTY === true): DestinationStream {
  return {
    write(line: string): void {
      output.write(formatLogLine(line, colors));
    },
  };
}

/** One pino JSON line as text; a line that is not JSON passes unchanged. */
export function formatLogLine(line: string, colors = false): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const paint = (color: number, text: string) => (colors ? `\u001b[${color}m${text}\u001b[39m` : text);
  const [levelName, levelColor] = LEVELS[Number(entry['level'])] ?? ['LOG  ', 37];
  const time = typeof entry['time'] === 'number' ? new Date(entry['time']).toISOString().slice(11, 23) : '';
  const context = typeof entry['context'] === 'string' ? `${paint(90, `[${entry['context']}]`)} ` : '';
  const request = requestSummary(entry);
  const extra = Object.fromEntries(Object.entries(entry).filter(([key]) => !SHOWN.has(key)));
  const err = entry['err'] as { message?: unknown; stack?: unknown } | undefined;
  const parts = [
    `${paint(90, time)} ${paint(levelColor, levelName)} ${context}${String(entry['msg'] ?? '')}`,
    request ? paint(90, request) : '',
    Object.keys(extra).length > 0 ? JSON.stringify(extra) : '',
  ].filter(Boolean);
  const stack = err && typeof err.stack === 'string' ? `\n    ${err.stack.split('\n').join('\n    ')}` : '';
  return `${parts.join('  ')}${stack}\n`;
}

function requestSummary(entry: Record<string, unknown>): string {
  const req = entry['req'] as { method?: string; url?: string } | undefined;
  if (!req?.method) return '';
  const res = entry['res'] as { statusCode?: number } | undefined;
  const took = typeof entry['responseTime'] === 'number' ? `${entry['responseTime']}ms` : '';
  return [req.method, req.url, res?.statusCode, took].filter((part) => part !== undefined && part !== '').join(' ');
}
