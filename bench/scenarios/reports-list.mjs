// The public report list (keyset on created_at, id): the first page, pages reached by following
// nextCursor, and the same with a category filter. Meant for a database seeded with
// `node bench/seed-reports.mjs` (run with --database-url); on an empty one the lists are empty.
const DEEP = [3, 10, 50];

export default {
  description: 'GET /api/reports: first page, pages 3/10/50 via nextCursor, and filtered by category (first page, page 10)',
  baseline: 'reports',
  async setup({ fetch }) {
    const categories = await json(fetch, '/api/categories?module=report');
    const category = categories.find((c) => c.code === 'jalan-jembatan') ?? categories[0];
    const paths = [
      ...(await pages(fetch, '/api/reports?limit=20', DEEP)),
      ...(await pages(fetch, `/api/reports?limit=20&categoryId=${category.id}`, [10])),
    ];
    return paths.map((path) => ({ method: 'GET', path }));
  },
};

/** The first page's path and those of the pages numbered `deep`, found by following nextCursor. */
async function pages(fetch, first, deep) {
  const paths = [first];
  let path = first;
  for (let page = 1; page < Math.max(...deep); page++) {
    const { items, nextCursor } = await json(fetch, path);
    if (!nextCursor || items.length === 0) break;
    path = `${first}&after=${encodeURIComponent(nextCursor)}`;
    if (deep.includes(page + 1)) paths.push(path);
  }
  return paths;
}

async function json(fetch, path) {
  const res = await fetch(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}
