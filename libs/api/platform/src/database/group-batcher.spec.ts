import { GroupBatcher } from './group-batcher';

/** A batch runner whose batches finish when the test says so. */
function controlled() {
  const batches: { items: number[]; finish: (fail?: Error) => void }[] = [];
  const run = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push({ items, finish: (fail) => (fail ? reject(fail) : resolve(items.map((i) => `done ${i}`))) });
    });
  return { batches, run };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe(GroupBatcher.name, () => {
  it('runs an item at once when nothing is in flight, and gathers those that arrive meanwhile into the next batch', async () => {
    const { batches, run } = controlled();
    const batcher = new GroupBatcher(run);
    const first = batcher.add(1);
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    const later = [2, 3, 4].map((i) => batcher.add(i));
    await turn();
    expect(batches).toHaveLength(1);
    expect(batcher.waiting).toBe(3);
    batches[0]!.finish();
    expect(await first).toBe('done 1');
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
    batches[1]!.finish();
    expect(await Promise.all(later)).toEqual(['done 2', 'done 3', 'done 4']);
  });

  it('fails only the items of a failed batch', async () => {
    const { batches, run } = controlled();
    const batcher = new GroupBatcher(run);
    const first = batcher.add(1);
    const second = batcher.add(2);
    await turn();
    batches[0]!.finish(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await turn();
    batches[1]!.finish();
    expect(await second).toBe('done 2');
  });

  it('runs up to maxInFlight batches at once and splits at maxBatch', async () => {
    const { batches, run } = controlled();
    const batcher = new GroupBatcher(run, 2, 2);
    const all = [1, 2, 3, 4, 5, 6, 7].map((i) => batcher.add(i));
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
    batches[0]!.finish();
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[1], [2], [3, 4]]);
    batches[1]!.finish();
    batches[2]!.finish();
    await turn();
    expect(batches.slice(3).map((b) => b.items)).toEqual([[5, 6], [7]]);
    batches[3]!.finish();
    batches[4]!.finish();
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `done ${i}`));
  });

  it('turns a runner that throws at once into rejected items, and goes on', async () => {
    let calls = 0;
    const batcher = new GroupBatcher<number, number>((items) => {
      if (calls++ === 0) throw new Error('bad input');
      return Promise.resolve(items.map((i) => i * 10));
    });
    await expect(batcher.add(1)).rejects.toThrow('bad input');
    expect(await batcher.add(2)).toBe(20);
  });
});
