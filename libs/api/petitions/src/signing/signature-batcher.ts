/**
 * Group commit for signatures: requests that arrive while earlier batches are being written wait
 * together and go to PostgreSQL as one statement and one commit (one WAL flush for many signers
 * instead of one each). With nothing in flight a request is written at once, alone, so a quiet
 * petition adds no delay; under load the batches grow by themselves. Every caller's promise
 * settles only after its batch has committed (or failed): nobody is told "signed" before the row
 * is durable. docs/architecture.md, "Petitions: signing at a viral moment".
 */
export class SignatureBatcher<T, R> {
  private queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    /** Writes one batch; returns each item's result in the same order. */
    private readonly write: (items: T[]) => Promise<R[]>,
    /** Batches written at the same time (each holds one database connection). */
    private readonly maxInFlight = 4,
    private readonly maxBatch = 500,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  /** Requests waiting for a batch slot (for tests and metrics). */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.write(batch.map((b) => b.item)).then(
        (results) => batch.forEach((b, i) => b.resolve(results[i] as R)),
        (error: unknown) => batch.forEach((b) => b.reject(error)),
      ).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }
}
