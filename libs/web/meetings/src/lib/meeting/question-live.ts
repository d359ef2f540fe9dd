/** How often the board asks for changes when the event stream is not available. */
export const QUESTION_POLL_MS = 10_000;

/** The version in a `questions` event (`{"version": 12}`), or null when the data is not one. */
export function eventVersion(data: unknown): number | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object' && 'version' in parsed) {
      const version = (parsed as { version: unknown }).version;
      return typeof version === 'number' && Number.isFinite(version) ? version : null;
    }
  } catch {
    // Not JSON: not ours.
  }
  return null;
}

/** Callbacks of a live question list. */
export interface QuestionFollower {
  /** A newer version is announced (stream). */
  onVersion(version: number): void;
  /** Time to ask for changes (polling). */
  onPoll(): void;
}

/**
 * Follows a meeting's question list in the browser: the event stream
 * (`…/questions/stream`), and after an error (or without EventSource) a poll every 10 seconds.
 * Returns the function that stops it all.
 */
export function followQuestions(code: string, follower: QuestionFollower, pollMs = QUESTION_POLL_MS): () => void {
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const poll = () => {
    timer ??= setInterval(() => follower.onPoll(), pollMs);
  };
  if (typeof EventSource === 'undefined') {
    poll();
  } else {
    source = new EventSource(`/api/meetings/${encodeURIComponent(code)}/questions/stream`);
    source.addEventListener('questions', (event) => {
      const version = eventVersion((event as MessageEvent<unknown>).data);
      if (version !== null) follower.onVersion(version);
    });
    source.onerror = () => {
      source?.close();
      source = null;
      // Whatever changed while the stream was down is fetched at once, then on each poll.
      follower.onPoll();
      poll();
    };
  }
  return () => {
    source?.close();
    source = null;
    if (timer) clearInterval(timer);
    timer = null;
  };
}
