import { formatLogLine, prettyLogStream } from './pretty-log';

const time = Date.UTC(2026, 4, 1, 12, 4, 5, 123);

describe('pretty log lines', () => {
  it('writes a request line readably: time, level, context, message, request', () => {
    const line = JSON.stringify({
      level: 30,
      time,
      pid: 1,
      hostname: 'vm',
      req: { id: 'r-1', method: 'GET', url: '/api/reports?q=jalan' },
      res: { statusCode: 200 },
      responseTime: 12,
      msg: 'request completed',
    });
    expect(formatLogLine(line)).toBe('12:04:05.123 INFO  request completed  GET /api/reports?q=jalan 200 12ms\n');
  });

  it('keeps other fields as JSON and puts an error’s stack on its own lines', () => {
    const line = JSON.stringify({
      level: 50,
      time,
      context: 'Errors',
      requestId: 'r-2',
      err: { message: 'boom', stack: 'Error: boom\n    at x' },
      msg: 'Unhandled error',
    });
    expect(formatLogLine(line)).toBe('12:04:05.123 ERROR [Errors] Unhandled error  {"requestId":"r-2"}\n    Error: boom\n        at x\n');
  });

  it('colours only when asked, and passes a line that is not JSON unchanged', () => {
    expect(formatLogLine(JSON.stringify({ level: 40, time, msg: 'hati-hati' }), true)).toContain('\u001b[33mWARN \u001b[39m');
    expect(formatLogLine('bukan json')).toBe('bukan json\n');
  });

  it('writes synchronously to its output', () => {
    const written: string[] = [];
    prettyLogStream({ write: (text: string) => written.push(text) }).write(`${JSON.stringify({ level: 30, time, msg: 'siap' })}\n`);
    expect(written).toEqual(['12:04:05.123 INFO  siap\n']);
  });
});
