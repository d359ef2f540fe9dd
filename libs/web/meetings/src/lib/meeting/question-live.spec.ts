import { eventVersion, followQuestions } from './question-live';

class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, (event: { data: unknown }) => void>();
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
  }
}

describe('following the question board', () => {
  const global = globalThis as { EventSource?: unknown };
  const original = global.EventSource;

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    global.EventSource = original;
    FakeEventSource.last = null;
  });

  it('reads the version of an event', () => {
    expect(eventVersion('{"version":7}')).toBe(7);
    expect(eventVersion('{"version":"7"}')).toBeNull();
    expect(eventVersion('not json')).toBeNull();
    expect(eventVersion(undefined)).toBeNull();
  });

  it('follows the stream, then polls after an error, and stops', () => {
    global.EventSource = FakeEventSource;
    const versions: number[] = [];
    let polls = 0;
    const stop = followQuestions('MTG-2026-000001', { onVersion: (v) => versions.push(v), onPoll: () => polls++ }, 1000);
    const source = FakeEventSource.last as FakeEventSource;
    expect(source.url).toBe('/api/meetings/MTG-2026-000001/questions/stream');
    source.listeners.get('questions')?.({ data: '{"version":3}' });
    expect(versions).toEqual([3]);
    jest.advanceTimersByTime(5000);
    expect(polls).toBe(0);

    source.onerror?.();
    expect(source.closed).toBe(true);
    expect(polls).toBe(1);
    jest.advanceTimersByTime(3000);
    expect(polls).toBe(4);
    stop();
    jest.advanceTimersByTime(3000);
    expect(polls).toBe(4);
  });

  it('polls without EventSource', () => {
    delete global.EventSource;
    let polls = 0;
    const stop = followQuestions('MTG-2026-000001', { onVersion: () => undefined, onPoll: () => polls++ }, 1000);
    jest.advanceTimersByTime(2500);
    expect(polls).toBe(2);
    stop();
  });
});
