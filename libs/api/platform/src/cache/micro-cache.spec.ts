import { MicroCache } from './micro-cache';

describe(MicroCache.name, () => {
  let now = 0;
  const clock = () => now;

  it('answers the same key from memory within the time, and computes again after it', async () => {
    const cache = new MicroCache<number>(1000, 10, clock);
    let calls = 0;
    const compute = async () => ++calls;
    now = 0;
    expect(await cache.get('a', compute)).toBe(1);
    now = 999;
    expect(await cache.get('a', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('a', compute)).toBe(2);
    expect(await cache.get('b', compute)).toBe(3);
  });

  it('lets a crowd asking at once share one computation', async () => {
    const cache = new MicroCache<string>(1000, 10, clock);
    let calls = 0;
    let release!: (value: string) => void;
    const compute = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const answers = Promise.all([cache.get('page', compute), cache.get('page', compute), cache.get('page', compute)]);
    release('first page');
    expect(await answers).toEqual(['first page', 'first page', 'first page']);
    expect(calls).toBe(1);
  });

  it('does not keep a failure, keeps at most its size, and with no time computes every call', async () => {
    const cache = new MicroCache<number>(1000, 2, clock);
    await expect(cache.get('x', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('x', async () => 7)).toBe(7);
    await cache.get('y', async () => 8);
    await cache.get('z', async () => 9);
    expect(await cache.get('x', async () => 70)).toBe(70); // the oldest was dropped
    const off = new MicroCache<number>(0, 10, clock);
    let calls = 0;
    await off.get('a', async () => ++calls);
    await off.get('a', async () => ++calls);
    expect(calls).toBe(2);
  });
});
