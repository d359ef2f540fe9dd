import { HttpErrorResponse } from '@angular/common/http';
import { KeysetList, KeysetPage } from './keyset-list';

interface Item {
  id: string;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe(KeysetList.name, () => {
  it('loads the first page, then the next one with the cursor', async () => {
    const fetch = jest.fn(async (_query: { q?: string }, cursor: string | undefined): Promise<KeysetPage<Item>> =>
      cursor ? { items: [{ id: 'c' }], nextCursor: null } : { items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'b' },
    );
    const list = new KeysetList<Item, { q?: string }>(fetch);

    await list.load({ q: 'sari' });
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b']);
    expect(list.hasMore()).toBe(true);

    await list.loadMore();
    expect(fetch).toHaveBeenLastCalledWith({ q: 'sari' }, 'b');
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(list.hasMore()).toBe(false);

    await list.loadMore();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps only the answer to the newest query when an older one arrives late', async () => {
    const slow = deferred<KeysetPage<Item>>();
    const fast = deferred<KeysetPage<Item>>();
    const list = new KeysetList<Item, string>((query) => (query === 'old' ? slow.promise : fast.promise));

    const first = list.load('old');
    const second = list.load('new');
    fast.resolve({ items: [{ id: 'new' }], nextCursor: null });
    await second;
    slow.resolve({ items: [{ id: 'old' }], nextCursor: 'old' });
    await first;

    expect(list.items()).toEqual([{ id: 'new' }]);
    expect(list.hasMore()).toBe(false);
    expect(list.loading()).toBe(false);
  });

  it('turns a failure into a problem and retries the same query', async () => {
    let fail = true;
    const list = new KeysetList<Item, string>(async () => {
      if (fail) throw new HttpErrorResponse({ status: 403, error: { code: 'forbidden', message: 'Akses ditolak.' } });
      return { items: [{ id: 'a' }], nextCursor: null };
    });

    await list.load('x');
    expect(list.problem()).toMatchObject({ status: 403, code: 'forbidden', message: 'Akses ditolak.' });
    expect(list.items()).toEqual([]);

    fail = false;
    await list.retry();
    expect(list.problem()).toBeNull();
    expect(list.items()).toEqual([{ id: 'a' }]);
  });
});
